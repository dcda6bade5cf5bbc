// Summaries of the planning calculators: sample size, power and minimum detectable effect.
import type {
  MdeMeansInput, MdeMeansOutput, MdeProportionsInput, MdeProportionsOutput, PowerMeansInput, PowerMeansOutput,
  PowerProportionsInput, PowerProportionsOutput, SampleSizeMeansInput, SampleSizeMeansOutput, SampleSizeProportionsInput,
  SampleSizeProportionsOutput,
} from '../../domain/stats';
import { exact, formatCount, formatNumber, formatPercent, formatPoints } from './format';
import type { Summary } from './summary-types';
import { alternativeWords, meanMethodLabels, proportionMethodLabels } from './summary-types';

const lowPower = ' That is below the usual 80%: an inconclusive result would be likely even if the effect is real.';
const design = (alpha: number, alternative: string) => `α = ${formatNumber(alpha)}, ${alternativeWords[alternative]}`;

export function sampleSizeProportionsSummary(input: SampleSizeProportionsInput, out: SampleSizeProportionsOutput): Summary {
  const n = out.byMethod.pooled.nPerArm;
  const rows = [
    { label: 'Per arm', value: formatCount(n), exact: exact(out.byMethod.pooled.nExact) },
    { label: 'Total (2 arms)', value: formatCount(2 * n) },
    { label: 'Baseline → treatment', value: `${formatPercent(input.baselineRate)} → ${formatPercent(out.treatmentRate)}` },
    { label: 'Absolute MDE', value: formatPoints(out.absoluteMde), exact: exact(out.absoluteMde) },
    { label: 'Relative MDE', value: formatPercent(out.relativeMde, 2, true), exact: exact(out.relativeMde) },
    ...Object.entries(out.byMethod).map(([method, row]) => ({ label: proportionMethodLabels[method] ?? method, value: formatCount(row.nPerArm), exact: exact(row.nExact), method: true })),
  ];
  return { rows, tone: 'neutral', verdict: `You need ${formatCount(n)} visitors per arm (${formatCount(2 * n)} in total) to detect a change from ${formatPercent(input.baselineRate)} to ${formatPercent(out.treatmentRate)} with ${formatPercent(input.power, 0)} power (${design(input.alpha, input.alternative)}).` };
}

export function powerProportionsSummary(input: PowerProportionsInput, out: PowerProportionsOutput): Summary {
  const power = out.byMethod.pooled.power;
  const rows = Object.entries(out.byMethod).map(([method, row]) => ({ label: proportionMethodLabels[method] ?? method, value: formatPercent(row.power, 1), exact: exact(row.power) }));
  const low = power < 0.8;
  return { rows, tone: low ? 'warning' : 'positive', verdict: `With ${formatCount(input.nPerArm)} visitors per arm, a change from ${formatPercent(input.baselineRate)} to ${formatPercent(input.treatmentRate)} is detected ${formatPercent(power, 1)} of the time (${design(input.alpha, input.alternative)}).${low ? lowPower : ''}` };
}

export function mdeProportionsSummary(input: MdeProportionsInput, out: MdeProportionsOutput): Summary {
  const pooled = out.byMethod.pooled;
  const rows = Object.entries(out.byMethod).map(([method, row]) => ({
    label: proportionMethodLabels[method] ?? method,
    value: row.treatmentRate === null ? 'not reachable' : `${formatPercent(row.treatmentRate)} (${formatPercent(row.relativeMde, 1, true)})`,
    exact: exact(row.treatmentRate),
  }));
  if (pooled.treatmentRate === null) return { rows, tone: 'warning', verdict: 'Even a 100% treatment rate is not detected with this power: add visitors.' };
  return { rows, tone: 'neutral', verdict: `With ${formatCount(input.nPerArm)} visitors per arm you can detect a rise from ${formatPercent(input.baselineRate)} to ${formatPercent(pooled.treatmentRate)} (${formatPoints(pooled.absoluteMde)}, ${formatPercent(pooled.relativeMde, 1, true)} relative) with ${formatPercent(input.power, 0)} power. Smaller true effects will usually go undetected.` };
}

export function sampleSizeMeansSummary(input: SampleSizeMeansInput, out: SampleSizeMeansOutput): Summary {
  const n = out.byMethod.tTest.nPerArm;
  const rows = [
    { label: 'Per arm', value: formatCount(n), exact: exact(out.byMethod.tTest.nExact) },
    { label: 'Total (2 arms)', value: formatCount(2 * n) },
    { label: "Effect size (Cohen's d)", value: formatNumber(out.effectSizeD), exact: exact(out.effectSizeD) },
    ...Object.entries(out.byMethod).map(([method, row]) => ({ label: meanMethodLabels[method] ?? method, value: formatCount(row.nPerArm), exact: exact(row.nExact), method: true })),
  ];
  return { rows, tone: 'neutral', verdict: `You need ${formatCount(n)} per arm (${formatCount(2 * n)} in total) to detect a difference of ${formatNumber(Math.abs(out.effectSizeD), 3)} standard deviations with ${formatPercent(input.power, 0)} power (${design(input.alpha, input.alternative)}).` };
}

export function powerMeansSummary(input: PowerMeansInput, out: PowerMeansOutput): Summary {
  const power = out.byMethod.tTest.power;
  const rows = [
    { label: "Effect size (Cohen's d)", value: formatNumber(out.effectSizeD), exact: exact(out.effectSizeD) },
    ...Object.entries(out.byMethod).map(([method, row]) => ({ label: meanMethodLabels[method] ?? method, value: formatPercent(row.power, 1), exact: exact(row.power) })),
  ];
  return { rows, tone: power < 0.8 ? 'warning' : 'positive', verdict: `With ${formatCount(input.nPerArm)} per arm, a difference of ${formatNumber(input.mde)} is detected ${formatPercent(power, 1)} of the time (${design(input.alpha, input.alternative)}).${power < 0.8 ? lowPower : ''}` };
}

export function mdeMeansSummary(input: MdeMeansInput, out: MdeMeansOutput): Summary {
  const mde = out.byMethod.tTest.mde;
  const rows = Object.entries(out.byMethod).map(([method, row]) => ({ label: meanMethodLabels[method] ?? method, value: formatNumber(row.mde), exact: exact(row.mde) }));
  return { rows, tone: 'neutral', verdict: `With ${formatCount(input.nPerArm)} per arm you can detect a difference in means of ${formatNumber(mde)} (${formatNumber(mde / input.sd, 3)} standard deviations) with ${formatPercent(input.power, 0)} power.` };
}
