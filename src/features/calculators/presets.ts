// Presets for common cases, keyed by calculator id; every calculator also offers its registry example.
import type { CalculatorId } from '../../domain/stats';

export interface Preset {
  label: string;
  input: unknown;
  /** Extra screen values (daily traffic, split) where the screen has them. */
  extras?: Record<string, string>;
}

const arms = (a: [number, number], b: [number, number]) => ({
  control: { visitors: a[0], conversions: a[1] },
  treatment: { visitors: b[0], conversions: b[1] },
});

export const presets: Partial<Record<CalculatorId, Preset[]>> = {
  'two-proportion-z-test': [
    { label: '5% baseline, 10k per arm', input: { ...arms([10000, 500], [10000, 560]), alpha: 0.05, alternative: 'two-sided' } },
    { label: '10% vs 10.8%', input: { ...arms([10000, 1000], [10000, 1080]), alpha: 0.05, alternative: 'two-sided' } },
    { label: 'Large test, small lift', input: { ...arms([1000000, 100000], [1000000, 101500]), alpha: 0.05, alternative: 'two-sided' } },
  ],
  'chi-square-independence': [
    { label: 'A/B/C conversions', input: { table: [[500, 9500], [560, 9440], [530, 9470]], yatesCorrection: false } },
    { label: '2 × 2 with Yates', input: { table: [[120, 880], [150, 850]], yatesCorrection: true } },
  ],
  'srm-check': [
    { label: '50/50 split', input: { observed: [50120, 49480], expectedRatios: [0.5, 0.5], threshold: 0.001 } },
    { label: '90/10 holdout', input: { observed: [9000, 1100], expectedRatios: [0.9, 0.1], threshold: 0.001 } },
    { label: 'Clear mismatch', input: { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5], threshold: 0.001 } },
  ],
  'sample-size-proportions': [
    { label: '5% baseline, +10% lift', input: { baselineRate: 0.05, mde: 0.1, mdeType: 'relative', alpha: 0.05, power: 0.8, alternative: 'two-sided' }, extras: { dailyTraffic: '5000', treatmentShare: '50' } },
    { label: '20% baseline, +1 pp', input: { baselineRate: 0.2, mde: 0.01, mdeType: 'absolute', alpha: 0.05, power: 0.8, alternative: 'two-sided' } },
    { label: 'Strict: α 0.01, 90% power', input: { baselineRate: 0.05, mde: 0.1, mdeType: 'relative', alpha: 0.01, power: 0.9, alternative: 'two-sided' } },
  ],
  'sample-size-means': [
    { label: 'Revenue per user', input: { sd: 30, mde: 1, mdeType: 'absolute', alpha: 0.05, power: 0.8, alternative: 'two-sided' }, extras: { dailyTraffic: '8000', treatmentShare: '50' } },
    { label: 'Small effect (d = 0.2)', input: { sd: 1, mde: 0.2, mdeType: 'standardized', alpha: 0.05, power: 0.8, alternative: 'two-sided' } },
  ],
  'welch-t-test': [
    { label: 'Revenue per user', input: { control: { mean: 12.4, sd: 30, n: 5000 }, treatment: { mean: 13.6, sd: 33, n: 5000 }, alpha: 0.05, alternative: 'two-sided' } },
  ],
  'student-t-test': [
    { label: 'Time on page (s)', input: { control: { mean: 48, sd: 20, n: 300 }, treatment: { mean: 51, sd: 21, n: 310 }, alpha: 0.05, alternative: 'two-sided' } },
  ],
  'bayesian-ab': [
    { label: '5% baseline test', input: { ...arms([10000, 500], [10000, 560]), prior: { alpha: 1, beta: 1 } } },
    { label: 'Early data', input: { ...arms([400, 20], [400, 27]), prior: { alpha: 1, beta: 1 } } },
  ],
  'power-proportions': [
    { label: '5% → 5.5%, 20k per arm', input: { baselineRate: 0.05, treatmentRate: 0.055, nPerArm: 20000, alpha: 0.05, alternative: 'two-sided' } },
  ],
  'mde-proportions': [
    { label: '5% baseline, 20k per arm', input: { baselineRate: 0.05, nPerArm: 20000, alpha: 0.05, power: 0.8, alternative: 'two-sided' } },
  ],
  'normal-critical-value': [
    { label: 'α 0.05 one-sided', input: { alpha: 0.05, alternative: 'greater' } },
    { label: 'α 0.01 two-sided', input: { alpha: 0.01, alternative: 'two-sided' } },
  ],
  'proportion-ci-wilson': [{ label: '0 of 50', input: { successes: 0, trials: 50, alpha: 0.05 } }],
  'proportion-ci-wald': [{ label: '1 of 30 (clipped)', input: { successes: 1, trials: 30, alpha: 0.05 } }],
};

export const defaultExtras: Record<string, string> = { dailyTraffic: '10000', treatmentShare: '50' };
