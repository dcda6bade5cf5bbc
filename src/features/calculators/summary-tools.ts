// Summaries of the quick tools: quantiles, critical values, tail probabilities, one-proportion intervals.
import type {
  NormalCriticalValueInput, NormalQuantileInput, NormalTailProbabilityInput, NormalTailProbabilityOutput, ProportionCiInput,
  ProportionCiWaldOutput, ProportionCiWilsonOutput, TCriticalValueInput, TQuantileInput,
} from '../../domain/stats';
import { confidenceLabel, exact, formatFixed, formatNumber, formatP, formatPercent } from './format';
import type { Summary } from './summary-types';

export function normalQuantileSummary(input: NormalQuantileInput, out: { quantile: number }): Summary {
  return { rows: [{ label: 'z', value: formatFixed(out.quantile, 4), exact: exact(out.quantile) }], tone: 'neutral', verdict: `P(Z ≤ ${formatFixed(out.quantile, 4)}) = ${formatNumber(input.p)} for a standard normal Z.` };
}

export function tQuantileSummary(input: TQuantileInput, out: { quantile: number }): Summary {
  return { rows: [{ label: 't', value: formatFixed(out.quantile, 4), exact: exact(out.quantile) }], tone: 'neutral', verdict: `P(T ≤ ${formatFixed(out.quantile, 4)}) = ${formatNumber(input.p)} for Student's t with ${formatNumber(input.df)} degrees of freedom.` };
}

const rejectWords = (alternative: string, value: string) =>
  alternative === 'two-sided' ? `|statistic| > ${value.replace('−', '')}` : alternative === 'less' ? `statistic < ${value}` : `statistic > ${value}`;

export function normalCriticalSummary(input: NormalCriticalValueInput, out: { zCritical: number }): Summary {
  const value = formatFixed(out.zCritical, 4);
  return { rows: [{ label: 'Critical z', value, exact: exact(out.zCritical) }], tone: 'neutral', verdict: `A z-test at α = ${formatNumber(input.alpha)} rejects when ${rejectWords(input.alternative, value)}.` };
}

export function tCriticalSummary(input: TCriticalValueInput, out: { tCritical: number }): Summary {
  const value = formatFixed(out.tCritical, 4);
  return { rows: [{ label: 'Critical t', value, exact: exact(out.tCritical) }], tone: 'neutral', verdict: `A t-test with ${formatNumber(input.df)} df at α = ${formatNumber(input.alpha)} rejects when ${rejectWords(input.alternative, value)}.` };
}

export function tailSummary(input: NormalTailProbabilityInput, out: NormalTailProbabilityOutput): Summary {
  return {
    rows: [
      { label: 'P(Z ≤ z)', value: formatP(out.cdf), exact: exact(out.cdf) },
      { label: 'P(Z > z)', value: formatP(out.sf), exact: exact(out.sf) },
      { label: 'Two-sided p', value: formatP(out.twoSidedP), exact: exact(out.twoSidedP) },
    ],
    tone: 'neutral',
    verdict: `A z of ${formatNumber(input.z)} has a two-sided p-value of ${formatP(out.twoSidedP)}.`,
  };
}

function intervalSummary(name: string, input: ProportionCiInput, out: ProportionCiWilsonOutput): Summary {
  const level = confidenceLabel(input.alpha);
  return {
    rows: [
      { label: 'Estimate', value: formatPercent(out.estimate), exact: exact(out.estimate) },
      { label: `${level} CI (${name})`, value: `${formatPercent(out.lower)} to ${formatPercent(out.upper)}`, exact: `${out.lower} to ${out.upper}` },
    ],
    tone: 'neutral',
    verdict: `${formatPercent(out.estimate)} (${level} ${name} interval ${formatPercent(out.lower)} to ${formatPercent(out.upper)}).`,
  };
}

export const wilsonSummary = (input: ProportionCiInput, out: ProportionCiWilsonOutput) => intervalSummary('Wilson', input, out);

export function waldSummary(input: ProportionCiInput, out: ProportionCiWaldOutput): Summary {
  const summary = intervalSummary('Wald', input, out);
  const clipped = out.lowerUnclipped < 0 || out.upperUnclipped > 1;
  return clipped ? { ...summary, tone: 'warning', verdict: `${summary.verdict} The Wald interval spilled outside [0, 1] and was clipped: use Wilson here.` } : summary;
}
