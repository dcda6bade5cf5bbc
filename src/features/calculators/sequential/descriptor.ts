// The sequential screens: looks pasted as a table, every rule's verdict over time, each day's split.
import type { DescriptorGroup } from '../descriptor';
import { proportionsForm, meansForm } from './forms';
import { MeanLooksEditor, ProportionLooksEditor } from './LooksEditor';
import { sequentialProportionPresets } from './presets';
import { SequentialMeansView, SequentialProportionsView } from './SequentialView';
import { sequentialMeansSummary, sequentialProportionsSummary } from './summary';

const hints = {
  tuningN: 'GrowthBook’s default is 5,000: the total sample size where the sequence is tightest.',
  simpleSequentialN: 'Optional: the total conversions of Evan Miller’s test (both arms).',
};
const assumes = 'Randomised users, each counted once; looks hold running totals. The confidence sequence is asymptotic (normal approximation), so it is trustworthy from a few hundred users on; the mSPRT assumes a normal prior for the effect with sd τ, which sets where it is most powerful but never its validity.';

export const sequentialDescriptors = {
  'sequential-proportions': {
    fields: {
      editors: { looks: ProportionLooksEditor },
      labels: { countsAre: 'The counts are', looks: 'Counts by day' },
      choices: { countsAre: [{ value: 'daily', label: 'Per day' }, { value: 'cumulative', label: 'Running totals' }] },
      hints: { ...hints, tau: 'About the effect you expect, on the scale of the difference: 0.01 is 1 percentage point.' },
    },
    form: proportionsForm,
    presets: sequentialProportionPresets,
    View: SequentialProportionsView,
    summary: sequentialProportionsSummary,
    extras: { treatmentShare: '50' },
    about: {
      when: 'You look at a conversion test while it runs (a dashboard checked daily) and want to stop as soon as the evidence is real. The fixed-horizon p-value shown beside it is what peeking misreads.',
      assumes,
    },
  },
  'sequential-means': {
    fields: {
      editors: { looks: MeanLooksEditor },
      labels: { looks: 'Running totals at each look' },
      hints: { ...hints, tau: 'About the effect you expect, in the metric’s units.' },
    },
    form: meansForm,
    presets: [
      {
        label: 'Revenue lift, 3 looks',
        input: {
          earlierLooks: [
            { control: { mean: 12.1, sd: 30.2, n: 5000 }, treatment: { mean: 13, sd: 31, n: 5000 } },
            { control: { mean: 12.2, sd: 30.5, n: 10000 }, treatment: { mean: 13.3, sd: 31.1, n: 10000 } },
          ],
          control: { mean: 12.2, sd: 30.4, n: 20000 },
          treatment: { mean: 13.4, sd: 31.2, n: 20000 },
          alpha: 0.05,
          tuningN: 5000,
          tau: 1,
        },
      },
    ],
    View: SequentialMeansView,
    summary: sequentialMeansSummary,
    extras: { treatmentShare: '50' },
    about: {
      when: 'The same for a continuous metric (revenue, time on site): paste the running n, mean and sd of each arm at every look.',
      assumes: `${assumes} Means of a few hundred users or more per arm, so the normal approximation holds even for skewed metrics.`,
    },
  },
} satisfies DescriptorGroup;
