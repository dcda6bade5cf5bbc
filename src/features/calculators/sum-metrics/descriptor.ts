// The CUPED and ratio-metric screens: per-arm sums typed (or pasted from SQL), the adjusted result.
import type { DescriptorGroup } from '../descriptor';
import { cupedSummary, ratioMetricSummary } from './summary';
import { CupedView, RatioMetricView } from './views';

export const sumMetricDescriptors = {
  cuped: {
    fields: { labels: { n: 'Users', sumY: 'Σ Y', sumY2: 'Σ Y²', sumX: 'Σ X', sumX2: 'Σ X²', sumXY: 'Σ X·Y' } },
    presets: [],
    View: CupedView,
    summary: cupedSummary,
    about: {
      when: 'A metric that users already had before the test (revenue, sessions, orders) is noisy: adjusting by each user’s pre-period value shrinks the standard error by the squared correlation, so the same test detects smaller effects or ends sooner.',
      assumes: 'X is measured before assignment, so the treatment cannot change it; then CUPED is unbiased whatever θ is. Large arms (the inference is z-based); Y and X summed over the same users.',
    },
  },
  'ratio-metric': {
    fields: { labels: { n: 'Users', sumM: 'Σ M', sumM2: 'Σ M²', sumD: 'Σ D', sumD2: 'Σ D²', sumMD: 'Σ M·D' } },
    presets: [],
    View: RatioMetricView,
    summary: ratioMetricSummary,
    about: {
      when: 'The metric is a ratio of two sums (revenue per order, clicks per page view, time per session) while users, not events, were randomised. Treating events as independent understates the standard error.',
      assumes: 'Per-user numerator M and denominator D, independent across users; enough users for the delta method’s normal approximation (a few hundred per arm); a denominator well away from 0.',
    },
  },
} satisfies DescriptorGroup;
