// Charts under test results: intervals, the sampling distribution, rates per arm, SRM, posteriors.
import { useMemo } from 'react';
import type {
  BayesianAbInput, BayesianAbOutput, ChiSquareIndependenceInput, OneSampleTInput, OneSampleTTestOutput, ProportionCiWilsonOutput,
  RelativeLiftCiOutput, SrmCheckInput, SrmCheckOutput, TwoProportionZTestInput, TwoProportionZTestOutput, TwoSampleTInput, WelchTTestOutput,
} from '../../domain/stats';
import { calculate } from '../../domain/stats';
import { posteriorDensities } from './bayes-data';
import { BarsChart } from './charts/BarsChart';
import { IntervalChart } from './charts/IntervalChart';
import { PosteriorChart } from './charts/PosteriorChart';
import { SamplingChart } from './charts/SamplingChart';
import { intervalChart, samplingDistribution } from './distribution-data';
import { confidenceLabel, formatCount, formatPercent } from './format';
import { armName, srmBars } from './srm-data';

const OneSidedNote = () => <p className="calc-chart-note">Confidence intervals are two-sided: choose a two-sided test to see them.</p>;

export function ProportionTestView({ input, output }: { input: TwoProportionZTestInput; output: TwoProportionZTestOutput }) {
  const level = confidenceLabel(input.alpha);
  const charts = useMemo(() => {
    const lift = calculate('relative-lift-ci', { control: input.control, treatment: input.treatment, alpha: input.alpha });
    const diff = output.ciLower !== null && output.ciUpper !== null
      ? intervalChart([{ label: 'B − A (pp)', estimate: output.diff * 100, lower: output.ciLower * 100, upper: output.ciUpper * 100 }])
      : null;
    const rel = lift.relativeLift !== null && lift.ciLower !== null && lift.ciUpper !== null && input.alternative === 'two-sided'
      ? intervalChart([{ label: 'Lift (%)', estimate: lift.relativeLift * 100, lower: lift.ciLower * 100, upper: lift.ciUpper * 100 }])
      : null;
    const sampling = samplingDistribution({ kind: 'normal', statistic: output.z, alpha: input.alpha, alternative: input.alternative });
    return { diff, rel, sampling };
  }, [input, output]);
  return (
    <div className="calc-charts">
      {charts.diff ? <IntervalChart data={charts.diff} unit=" pp" title={`${level} CI of the difference (percentage points)`} /> : <OneSidedNote />}
      {charts.rel ? <IntervalChart data={charts.rel} unit="%" title={`${level} CI of the relative lift (delta method)`} /> : null}
      <SamplingChart data={charts.sampling} symbol="z" title="z under H0 (no difference)" />
    </div>
  );
}

export function MeanTestView({ input, output }: { input: TwoSampleTInput; output: WelchTTestOutput }) {
  const charts = useMemo(() => ({
    diff: output.ciLower !== null && output.ciUpper !== null
      ? intervalChart([{ label: 'B − A', estimate: output.diff, lower: output.ciLower, upper: output.ciUpper }])
      : null,
    sampling: samplingDistribution({ kind: 't', df: output.df, statistic: output.t, alpha: input.alpha, alternative: input.alternative }),
  }), [input, output]);
  return (
    <div className="calc-charts">
      {charts.diff ? <IntervalChart data={charts.diff} unit="" title={`${confidenceLabel(input.alpha)} CI of the difference in means`} /> : <OneSidedNote />}
      <SamplingChart data={charts.sampling} symbol="t" title={`t under H0 (${output.df.toFixed(1)} degrees of freedom)`} />
    </div>
  );
}

export function OneSampleView({ input, output }: { input: OneSampleTInput; output: OneSampleTTestOutput }) {
  const data = useMemo(() => samplingDistribution({ kind: 't', df: output.df, statistic: output.t, alpha: input.alpha, alternative: input.alternative }), [input, output]);
  return <SamplingChart data={data} symbol="t" title={`t under H0 (${output.df} degrees of freedom)`} />;
}

export function ChiSquareView({ input }: { input: ChiSquareIndependenceInput }) {
  const data = useMemo(() => input.table.map((row, i) => {
    const total = row.reduce((s, x) => s + x, 0);
    return { arm: armName(i), rate: total ? row[0]! / total : 0 };
  }), [input]);
  return <BarsChart testId="rates-chart" data={data} series={[{ key: 'rate', name: 'Share in the first column', tone: 'accent' }]} title="Share in the first column (conversion rate) per arm" format={(v) => formatPercent(v, 1)} />;
}

export function SrmView({ input, output }: { input: SrmCheckInput; output: SrmCheckOutput }) {
  const data = useMemo(() => srmBars(input.observed, output.expectedCounts), [input, output]);
  return (
    <BarsChart
      testId="srm-chart"
      data={data as unknown as Record<string, number | string>[]}
      series={[{ key: 'expected', name: 'Planned', tone: 'muted' }, { key: 'observed', name: 'Observed', tone: output.srmDetected ? 'danger' : 'accent' }]}
      title="Visitors per arm: observed against the planned split"
      format={(v) => formatCount(v)}
    />
  );
}

export function BayesianView({ output }: { input: BayesianAbInput; output: BayesianAbOutput }) {
  const points = useMemo(() => posteriorDensities(output.posteriorA, output.posteriorB), [output]);
  return <PosteriorChart points={points} />;
}

export function OneProportionIntervalView({ output, input }: { input: { alpha: number }; output: ProportionCiWilsonOutput }) {
  const data = useMemo(() => intervalChart([{ label: 'Rate (%)', estimate: output.estimate * 100, lower: output.lower * 100, upper: output.upper * 100 }]), [output]);
  return <IntervalChart data={data} unit="%" title={`${confidenceLabel(input.alpha)} interval of the rate`} />;
}

export function LiftIntervalView({ output, input }: { input: { alpha: number }; output: RelativeLiftCiOutput }) {
  const data = useMemo(() => {
    const rows = [];
    if (output.relativeLift !== null && output.ciLower !== null && output.ciUpper !== null) rows.push({ label: 'Delta method', estimate: output.relativeLift * 100, lower: output.ciLower * 100, upper: output.ciUpper * 100 });
    if (output.relativeLift !== null && output.logMethod.ciLower !== null && output.logMethod.ciUpper !== null) rows.push({ label: 'Log scale', estimate: output.relativeLift * 100, lower: output.logMethod.ciLower * 100, upper: output.logMethod.ciUpper * 100 });
    return rows.length ? intervalChart(rows) : null;
  }, [output]);
  return data ? <IntervalChart data={data} unit="%" title={`${confidenceLabel(input.alpha)} CI of the relative lift`} /> : null;
}
