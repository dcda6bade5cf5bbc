// Quick tools drawn on their distribution: quantiles, critical values, tail probabilities.
import { useMemo } from 'react';
import type { NormalCriticalValueInput, NormalQuantileInput, NormalTailProbabilityInput, TCriticalValueInput, TQuantileInput } from '../../domain/stats';
import { SamplingChart } from './charts/SamplingChart';
import { samplingDistribution } from './distribution-data';

const asTest = (alternative: string) => (alternative === 'one-sided' ? 'greater' : alternative) as 'two-sided' | 'greater' | 'less';

export function NormalQuantileView({ input }: { input: NormalQuantileInput }) {
  const data = useMemo(() => samplingDistribution({ kind: 'normal', statistic: null, alpha: input.p, alternative: 'less' }), [input]);
  return <SamplingChart data={data} symbol="z" title="Shaded: the lower-tail probability p" />;
}

export function TQuantileView({ input }: { input: TQuantileInput }) {
  const data = useMemo(() => samplingDistribution({ kind: 't', df: input.df, statistic: null, alpha: input.p, alternative: 'less' }), [input]);
  return <SamplingChart data={data} symbol="t" title="Shaded: the lower-tail probability p" />;
}

export function NormalCriticalView({ input }: { input: NormalCriticalValueInput }) {
  const data = useMemo(() => samplingDistribution({ kind: 'normal', statistic: null, alpha: input.alpha, alternative: asTest(input.alternative) }), [input]);
  return <SamplingChart data={data} symbol="z" title="Standard normal with the rejection region" />;
}

export function TCriticalView({ input }: { input: TCriticalValueInput }) {
  const data = useMemo(() => samplingDistribution({ kind: 't', df: input.df, statistic: null, alpha: input.alpha, alternative: asTest(input.alternative) }), [input]);
  return <SamplingChart data={data} symbol="t" title={`t with ${input.df} degrees of freedom and the rejection region`} />;
}

export function TailView({ input, output }: { input: NormalTailProbabilityInput; output: { twoSidedP: number } }) {
  const data = useMemo(() => {
    const p = output.twoSidedP;
    // Shade |Z| > |z| when that area is drawable; otherwise just mark z.
    const alpha = p > 1e-12 && p < 1 ? p : 0.05;
    return samplingDistribution({ kind: 'normal', statistic: input.z, alpha, alternative: 'two-sided' });
  }, [input, output]);
  return <SamplingChart data={data} symbol="z" title="Shaded: both tails beyond |z| (the two-sided p-value)" />;
}
