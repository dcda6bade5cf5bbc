// Summaries of the hypothesis tests: proportions, means, chi-square, SRM, Bayesian, lift interval.
import type {
  BayesianAbInput, BayesianAbOutput, ChiSquareIndependenceInput, ChiSquareIndependenceOutput, OneSampleTInput,
  OneSampleTTestOutput, RelativeLiftCiInput, RelativeLiftCiOutput, SrmCheckInput, SrmCheckOutput, TwoProportionZTestInput,
  TwoProportionZTestOutput, TwoSampleTInput, WelchTTestOutput,
} from '../../domain/stats';
import { confidenceLabel, exact, formatCount, formatFixed, formatNumber, formatP, formatPercent, formatPoints, formatSigned } from './format';
import type { Summary } from './summary-types';
import { alternativeWords } from './summary-types';

const pRow = (p: number | null) => ({ label: 'p-value', value: formatP(p), exact: exact(p) });
const alphaText = (alpha: number) => `α = ${formatNumber(alpha)}`;

export function twoProportionSummary(input: TwoProportionZTestInput, out: TwoProportionZTestOutput): Summary {
  const level = confidenceLabel(input.alpha);
  const rows = [
    { label: 'Control rate (A)', value: formatPercent(out.controlRate), exact: exact(out.controlRate) },
    { label: 'Treatment rate (B)', value: formatPercent(out.treatmentRate), exact: exact(out.treatmentRate) },
    { label: 'Difference (B − A)', value: formatPoints(out.diff), exact: exact(out.diff) },
    { label: 'Relative lift', value: formatPercent(out.relativeLift, 2, true), exact: exact(out.relativeLift) },
    { label: 'z', value: formatFixed(out.z, 3), exact: exact(out.z) },
    pRow(out.pValue),
  ];
  if (out.ciLower !== null && out.ciUpper !== null) {
    rows.push({ label: `${level} CI of the difference`, value: `${formatPoints(out.ciLower)} to ${formatPoints(out.ciUpper)}`, exact: `${out.ciLower} to ${out.ciUpper}` });
  }
  if (out.z === null) {
    return { rows, tone: 'neutral', verdict: 'Both arms convert at 0% (or both at 100%): there is no variation to test.' };
  }
  const test = `${alternativeWords[input.alternative]} z-test, ${alphaText(input.alpha)}`;
  if (out.significant) {
    const better = out.diff > 0 ? 'B converts better than A' : 'B converts worse than A';
    return { rows, tone: out.diff > 0 ? 'positive' : 'negative', verdict: `${better} (${formatPoints(out.diff)}, ${formatPercent(out.relativeLift, 1, true)} relative): the difference is statistically significant (p = ${formatP(out.pValue)}, ${test}).` };
  }
  const ci = out.ciLower !== null ? ` The ${level} interval for the difference, ${formatPoints(out.ciLower)} to ${formatPoints(out.ciUpper)}, includes 0.` : '';
  return { rows, tone: 'neutral', verdict: `No significant difference (p = ${formatP(out.pValue)}, ${test}).${ci} The data are compatible with no effect; this is not proof that there is none.` };
}

export function meanTestSummary(input: TwoSampleTInput, out: WelchTTestOutput & { pooledSd?: number }): Summary {
  const level = confidenceLabel(input.alpha);
  const rows = [
    { label: 'Difference (B − A)', value: formatSigned(out.diff), exact: exact(out.diff) },
    { label: 'Relative difference', value: input.control.mean === 0 ? '—' : formatPercent(out.diff / input.control.mean, 2, true) },
    { label: 'Standard error', value: formatNumber(out.se), exact: exact(out.se) },
    { label: 't', value: formatFixed(out.t, 3), exact: exact(out.t) },
    { label: 'Degrees of freedom', value: formatNumber(out.df, 5), exact: exact(out.df) },
    pRow(out.pValue),
  ];
  if (out.pooledSd !== undefined) rows.splice(3, 0, { label: 'Pooled std. deviation', value: formatNumber(out.pooledSd), exact: exact(out.pooledSd) });
  if (out.ciLower !== null && out.ciUpper !== null) {
    rows.push({ label: `${level} CI of the difference`, value: `${formatSigned(out.ciLower)} to ${formatSigned(out.ciUpper)}`, exact: `${out.ciLower} to ${out.ciUpper}` });
  }
  const test = `${alternativeWords[input.alternative]}, ${alphaText(input.alpha)}`;
  if (out.significant) {
    return { rows, tone: out.diff > 0 ? 'positive' : 'negative', verdict: `B's mean is ${out.diff > 0 ? 'higher' : 'lower'} than A's by ${formatNumber(Math.abs(out.diff))}, and the difference is statistically significant (p = ${formatP(out.pValue)}, ${test}).` };
  }
  return { rows, tone: 'neutral', verdict: `No significant difference in means (p = ${formatP(out.pValue)}, ${test}). The data are compatible with no effect.` };
}

export function oneSampleSummary(input: OneSampleTInput, out: OneSampleTTestOutput): Summary {
  const rows = [
    { label: 'Sample mean', value: formatNumber(out.estimate), exact: exact(out.estimate) },
    { label: 't', value: formatFixed(out.t, 3), exact: exact(out.t) },
    { label: 'Degrees of freedom', value: formatNumber(out.df), exact: exact(out.df) },
    pRow(out.pValue),
  ];
  if (out.ciLower !== null) rows.push({ label: `${confidenceLabel(input.alpha)} CI of the mean`, value: `${formatNumber(out.ciLower)} to ${formatNumber(out.ciUpper)}`, exact: `${out.ciLower} to ${out.ciUpper}` });
  return out.significant
    ? { rows, tone: 'positive', verdict: `The mean differs from ${formatNumber(input.mu0)} (p = ${formatP(out.pValue)}, ${alphaText(input.alpha)}).` }
    : { rows, tone: 'neutral', verdict: `No significant difference from ${formatNumber(input.mu0)} (p = ${formatP(out.pValue)}, ${alphaText(input.alpha)}).` };
}

export function chiSquareSummary(input: ChiSquareIndependenceInput, out: ChiSquareIndependenceOutput): Summary {
  const rows = [
    { label: 'χ²', value: formatFixed(out.statistic, 3), exact: exact(out.statistic) },
    { label: 'Degrees of freedom', value: String(out.df) },
    pRow(out.pValue),
    { label: 'Arms', value: String(input.table.length) },
  ];
  const significant = out.pValue < 0.05;
  return significant
    ? { rows, tone: 'positive', verdict: `The conversion rates are not all equal across the ${input.table.length} arms (χ² = ${formatFixed(out.statistic, 2)}, df = ${out.df}, p = ${formatP(out.pValue)} < 0.05). The test does not say which arm differs: compare pairs next, correcting for multiple comparisons.` }
    : { rows, tone: 'neutral', verdict: `No significant difference between the ${input.table.length} arms (χ² = ${formatFixed(out.statistic, 2)}, df = ${out.df}, p = ${formatP(out.pValue)} at α = 0.05).` };
}

export function srmSummary(input: SrmCheckInput, out: SrmCheckOutput): Summary {
  const total = input.observed.reduce((s, x) => s + x, 0);
  const rows = [
    { label: 'Visitors', value: formatCount(total) },
    { label: 'Observed split', value: input.observed.map((o) => formatPercent(o / total, 2)).join(' / ') },
    { label: 'χ²', value: formatFixed(out.statistic, 3), exact: exact(out.statistic) },
    pRow(out.pValue),
    { label: 'Threshold', value: formatNumber(input.threshold) },
  ];
  const p = `p = ${formatP(out.pValue)}`;
  const threshold = `threshold ${formatNumber(input.threshold)}`;
  if (out.srmDetected) {
    return { rows, tone: 'negative', verdict: `Sample ratio mismatch: ${p} is below the ${threshold}. Users were not split as planned, so assignment, redirects or logging are broken somewhere. Do not trust this test's results until you find the cause.` };
  }
  // Within ten times the threshold a split this uneven is rare by chance: not an alarm, not an all-clear.
  if (out.pValue < Math.min(1, 10 * input.threshold)) {
    return { rows, tone: 'warning', verdict: `Worth a look: ${p} is above the ${threshold}, so no mismatch is flagged, but a split this uneven happens by chance only about 1 time in ${formatCount(1 / out.pValue)}. Check that assignment and logging treat both arms alike (bots, redirects, a late start in one arm) and watch this split as data comes in.` };
  }
  return { rows, tone: 'positive', verdict: `No sample ratio mismatch (${p}, ${threshold}). The observed split is consistent with the plan, so randomisation gives no reason to distrust the results.` };
}

export function bayesianSummary(_input: BayesianAbInput, out: BayesianAbOutput): Summary {
  const meanA = out.posteriorA.alpha / (out.posteriorA.alpha + out.posteriorA.beta);
  const meanB = out.posteriorB.alpha / (out.posteriorB.alpha + out.posteriorB.beta);
  const p = out.probBBeatsA;
  const rows = [
    { label: 'P(B beats A)', value: formatPercent(p, 2), exact: exact(p) },
    { label: 'Posterior mean A', value: formatPercent(meanA, 2), exact: exact(meanA) },
    { label: 'Posterior mean B', value: formatPercent(meanB, 2), exact: exact(meanB) },
    { label: 'Expected loss choosing A', value: formatPoints(out.expectedLossChoosingA, 3, false), exact: exact(out.expectedLossChoosingA) },
    { label: 'Expected loss choosing B', value: formatPoints(out.expectedLossChoosingB, 3, false), exact: exact(out.expectedLossChoosingB) },
  ];
  const pick = p >= 0.5 ? 'B' : 'A';
  const loss = p >= 0.5 ? out.expectedLossChoosingB : out.expectedLossChoosingA;
  const strength = p >= 0.95 || p <= 0.05 ? 'Strong' : p >= 0.8 || p <= 0.2 ? 'Moderate' : 'Weak';
  return { rows, tone: p >= 0.95 ? 'positive' : p <= 0.05 ? 'negative' : 'neutral', verdict: `${strength} evidence: B beats A with probability ${formatPercent(p, 1)}. Choosing ${pick} costs on average ${formatPoints(loss, 3, false)} of conversion if it is the wrong call.` };
}

export function liftSummary(input: RelativeLiftCiInput, out: RelativeLiftCiOutput): Summary {
  const level = confidenceLabel(input.alpha);
  const rows = [
    { label: 'Relative lift', value: formatPercent(out.relativeLift, 2, true), exact: exact(out.relativeLift) },
    { label: `${level} CI (delta method)`, value: `${formatPercent(out.ciLower, 2, true)} to ${formatPercent(out.ciUpper, 2, true)}`, exact: `${exact(out.ciLower)} to ${exact(out.ciUpper)}` },
    { label: `${level} CI (log scale)`, value: `${formatPercent(out.logMethod.ciLower, 2, true)} to ${formatPercent(out.logMethod.ciUpper, 2, true)}` },
  ];
  if (out.relativeLift === null) return { rows, tone: 'neutral', verdict: 'The control arm converts at 0%: a relative lift is not defined.' };
  const excludesZero = out.ciLower !== null && out.ciUpper !== null && (out.ciLower > 0 || out.ciUpper < 0);
  return { rows, tone: excludesZero ? (out.relativeLift > 0 ? 'positive' : 'negative') : 'neutral', verdict: `B converts ${formatPercent(Math.abs(out.relativeLift), 1)} ${out.relativeLift >= 0 ? 'more' : 'less'} than A; the ${level} interval ${excludesZero ? 'excludes' : 'includes'} 0.` };
}
