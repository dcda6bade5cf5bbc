// The CUPED and ratio-metric screens: per-arm sums typed (or pasted from SQL), the adjusted result.
import type { DescriptorGroup } from '../descriptor';
import { cupedSummary, ratioMetricSummary } from './summary';
import { CupedView, RatioMetricView } from './views';

export const sumMetricDescriptors = {
  cuped: {
    fields: { wideGroups: true, labels: { n: 'Users', sumY: 'Σ Y', sumY2: 'Σ Y²', sumX: 'Σ X', sumX2: 'Σ X²', sumXY: 'Σ X·Y' } },
    presets: [
      // Sums of seeded numpy data (reference-scripts/wave2/gbstats_cuped_ratio.py), rounded to one decimal.
      { label: 'Conversion, last month’s as X', input: { control: { n: 20000, sumY: 2637, sumY2: 2637, sumX: 5981, sumX2: 5981, sumXY: 1525 }, treatment: { n: 20000, sumY: 2809, sumY2: 2809, sumX: 6064, sumX2: 6064, sumXY: 1578 }, alpha: 0.05 } },
      { label: 'A weak covariate', input: { control: { n: 300, sumY: 1730.5, sumY2: 11266.9, sumX: 2973.7, sumX2: 30613.5, sumXY: 17291.7 }, treatment: { n: 280, sumY: 1699.1, sumY2: 11365.7, sumX: 2750.9, sumX2: 28111.4, sumXY: 16843.7 }, alpha: 0.05 } },
    ],
    View: CupedView,
    summary: cupedSummary,
    about: {
      when: 'A metric that users already had before the test (revenue, sessions, orders) is noisy: adjusting by each user’s pre-period value shrinks the standard error by the squared correlation, so the same test detects smaller effects or ends sooner.',
      assumes: 'X is measured before assignment, so the treatment cannot change it; then CUPED is unbiased whatever θ is. Large arms (the inference is z-based); Y and X summed over the same users.',
    },
  },
  'ratio-metric': {
    fields: { wideGroups: true, labels: { n: 'Users', sumM: 'Σ M', sumM2: 'Σ M²', sumD: 'Σ D', sumD2: 'Σ D²', sumMD: 'Σ M·D' } },
    presets: [
      { label: 'Clicks per page view', input: { control: { n: 3000, sumM: 1068, sumM2: 1406, sumD: 21114, sumD2: 165980, sumMD: 8387 }, treatment: { n: 3000, sumM: 1191, sumM2: 1631, sumD: 20892, sumD2: 162960, sumMD: 9252 }, alpha: 0.05 } },
    ],
    View: RatioMetricView,
    summary: ratioMetricSummary,
    about: {
      when: 'The metric is a ratio of two sums (revenue per order, clicks per page view, time per session) while users, not events, were randomised. Treating events as independent understates the standard error.',
      assumes: 'Per-user numerator M and denominator D, independent across users; enough users for the delta method’s normal approximation (a few hundred per arm); a denominator well away from 0.',
    },
  },
} satisfies DescriptorGroup;
