// Descriptors of the quick tools: quantiles, critical values, tail probabilities, one-proportion intervals.
import type { DescriptorGroup } from '../descriptor';
import { criticalAlternatives } from '../field-meta';
import { normalCriticalSummary, normalQuantileSummary, tailSummary, tCriticalSummary, tQuantileSummary, waldSummary, wilsonSummary } from '../summary-tools';
import { OneProportionIntervalView } from '../views-tests';
import { NormalCriticalView, NormalQuantileView, TailView, TCriticalView, TQuantileView } from '../views-tools';

const critical = { choices: { alternative: criticalAlternatives } };
const intervalAbout = 'Successes out of independent trials with one shared rate.';

export const toolDescriptors = {
  'normal-quantile': {
    fields: {},
    presets: [],
    View: NormalQuantileView,
    summary: normalQuantileSummary,
    about: { when: 'Looking up z for a probability, e.g. 1.96 for 0.975.', assumes: 'The standard normal distribution.' },
  },
  't-quantile': {
    fields: {},
    presets: [],
    View: TQuantileView,
    summary: tQuantileSummary,
    about: { when: 'Looking up t for a probability and degrees of freedom (fractional df, as Welch gives, work too).', assumes: 'Student’s t distribution.' },
  },
  'normal-critical-value': {
    fields: critical,
    presets: [
      { label: 'α 0.05 one-sided', input: { alpha: 0.05, alternative: 'greater' } },
      { label: 'α 0.01 two-sided', input: { alpha: 0.01, alternative: 'two-sided' } },
    ],
    View: NormalCriticalView,
    summary: normalCriticalSummary,
    about: { when: 'The z a test statistic must pass at a significance level.', assumes: 'A statistic that is standard normal under H0.' },
  },
  't-critical-value': {
    fields: critical,
    presets: [],
    View: TCriticalView,
    summary: tCriticalSummary,
    about: { when: 'The t a statistic must pass at a significance level and degrees of freedom.', assumes: 'A statistic with Student’s t distribution under H0.' },
  },
  'normal-tail-probability': {
    fields: {},
    presets: [],
    View: TailView,
    summary: tailSummary,
    about: { when: 'Turning a z statistic into one- and two-sided p-values.', assumes: 'A statistic that is standard normal under H0.' },
  },
  'proportion-ci-wilson': {
    fields: {},
    presets: [{ label: '0 of 50', input: { successes: 0, trials: 50, alpha: 0.05 } }],
    View: OneProportionIntervalView,
    summary: wilsonSummary,
    about: { when: 'An interval for one conversion rate; the one to use for small samples and rates near 0% or 100%.', assumes: intervalAbout },
  },
  'proportion-ci-wald': {
    fields: {},
    presets: [{ label: '1 of 30 (clipped)', input: { successes: 1, trials: 30, alpha: 0.05 } }],
    View: OneProportionIntervalView,
    summary: waldSummary,
    about: { when: 'The textbook interval p ± z·SE, for comparison: it is too narrow for small samples and spills outside [0, 1] near the edges.', assumes: `${intervalAbout} A large sample with the rate well away from 0 and 1.` },
  },
} satisfies DescriptorGroup;
