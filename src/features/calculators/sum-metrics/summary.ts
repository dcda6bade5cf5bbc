// CUPED and ratio-metric results in words.
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { confidenceLabel, exact, formatFixed, formatNumber, formatP, formatPercent, formatSigned } from '../format';
import type { Summary } from '../summary-types';

const interval = (lo: number | null, hi: number | null, show: (x: number) => string) => (lo === null || hi === null ? '—' : `${show(lo)} to ${show(hi)}`);
const decision = (significant: boolean, p: number | null, alpha: number) =>
  p === null ? 'there is no variation to test' : significant ? `significant (p = ${formatP(p)} < ${formatNumber(alpha)})` : `not significant (p = ${formatP(p)}, α = ${formatNumber(alpha)})`;

export function cupedSummary(input: CalculatorInput<'cuped'>, out: CalculatorOutput<'cuped'>): Summary {
  const level = confidenceLabel(input.alpha);
  const rows = [
    { label: 'Difference, CUPED (B − A)', value: formatSigned(out.diff), exact: exact(out.diff) },
    { label: `${level} CI, CUPED`, value: interval(out.ciLower, out.ciUpper, formatSigned) },
    { label: 'p-value, CUPED', value: formatP(out.pValue), exact: exact(out.pValue) },
    { label: 'Standard error: CUPED / plain', value: `${formatNumber(out.se)} / ${formatNumber(out.seUnadjusted)}` },
    { label: 'Variance reduction', value: formatPercent(out.varianceReduction, 1), exact: exact(out.varianceReduction) },
    { label: 'Correlation of Y with X', value: formatFixed(out.correlation, 3), exact: exact(out.correlation) },
    { label: 'θ (slope on X)', value: formatNumber(out.theta), exact: exact(out.theta) },
    { label: 'Difference, plain', value: formatSigned(out.diffUnadjusted), exact: exact(out.diffUnadjusted) },
  ];
  const tone = out.pValue === null || !out.significant ? 'neutral' : out.diff > 0 ? 'positive' : 'negative';
  if (out.correlation === null) {
    return { rows, tone, verdict: `The covariate X does not vary (or the metric does not), so CUPED cannot help: θ = 0 and the result is the plain comparison, ${decision(out.significant, out.pValue, input.alpha)}.` };
  }
  const factor = out.sampleSizeFactor;
  const reduction = out.varianceReduction;
  const equivalent = factor !== null && factor > 0 ? ` That is worth as much as running the test with ${formatFixed(1 / factor, 2)} times as many users.` : '';
  return {
    rows,
    tone,
    verdict: `CUPED cuts the variance of the difference by ${formatPercent(reduction, 1)} (X and Y correlate at ${formatFixed(out.correlation, 2)}).${equivalent} The adjusted difference, ${formatSigned(out.diff)} (${level} CI ${interval(out.ciLower, out.ciUpper, formatSigned)}), is ${decision(out.significant, out.pValue, input.alpha)}.`,
  };
}

export function ratioMetricSummary(input: CalculatorInput<'ratio-metric'>, out: CalculatorOutput<'ratio-metric'>): Summary {
  const level = confidenceLabel(input.alpha);
  const pct = (x: number) => formatPercent(x, 2, true);
  const rows = [
    { label: 'Ratio A', value: formatNumber(out.controlRatio), exact: exact(out.controlRatio) },
    { label: 'Ratio B', value: formatNumber(out.treatmentRatio), exact: exact(out.treatmentRatio) },
    { label: 'Difference (B − A)', value: formatSigned(out.diff), exact: exact(out.diff) },
    { label: `${level} CI of the difference`, value: interval(out.ciLower, out.ciUpper, formatSigned) },
    { label: 'Relative lift', value: out.relativeLift === null ? '—' : pct(out.relativeLift), exact: exact(out.relativeLift) },
    { label: `${level} CI of the lift`, value: interval(out.relativeCiLower, out.relativeCiUpper, pct) },
    { label: 'p-value', value: formatP(out.pValue), exact: exact(out.pValue) },
    { label: 'Delta-method SE', value: formatNumber(out.se), exact: exact(out.se) },
  ];
  const tone = out.pValue === null || !out.significant ? 'neutral' : out.diff > 0 ? 'positive' : 'negative';
  const lift = out.relativeLift === null ? '' : ` (${pct(out.relativeLift)})`;
  return {
    rows,
    tone,
    verdict: `B’s ratio is ${formatNumber(out.treatmentRatio)} against A’s ${formatNumber(out.controlRatio)}: a difference of ${formatSigned(out.diff)}${lift}, ${decision(out.significant, out.pValue, input.alpha)}. The standard error treats the user, not the event, as the unit, as randomisation did.`,
  };
}
