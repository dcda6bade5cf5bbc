// Descriptors of the planning calculators: sample size, power and minimum detectable effect.
import type { DescriptorGroup, FieldsMeta } from '../descriptor';
import { planAlternatives } from '../field-meta';
import { mdeMeansSummary, mdeProportionsSummary, powerMeansSummary, powerProportionsSummary, sampleSizeMeansSummary, sampleSizeProportionsSummary } from '../summary-planning';
import { MdeMeansView, MdeProportionsView, PowerMeansView, PowerProportionsView, SampleSizeMeansView, SampleSizeProportionsView } from '../views-planning';

const rateHints = { baselineRate: 'As a fraction or a percent: 0.05 or 5%.', treatmentRate: 'As a fraction or a percent: 0.055 or 5.5%.' };
const proportionFields: FieldsMeta = {
  choices: { alternative: planAlternatives, mdeType: [{ value: 'relative', label: 'Relative lift' }, { value: 'absolute', label: 'Absolute (pp)' }] },
  hints: rateHints,
};
const meanFields: FieldsMeta = {
  choices: { alternative: planAlternatives, mdeType: [{ value: 'absolute', label: 'Metric units' }, { value: 'standardized', label: 'Std. deviations' }] },
};
/** Daily traffic and the share sent to B, for the duration panel. */
const duration = { dailyTraffic: '10000', treatmentShare: '50' };
const proportionAbout = 'Planned before the test: users randomised independently, one look at the end at the planned size. Methods differ in the variance assumed under H0, so published calculators disagree by a few percent; all are shown.';
const meanAbout = 'Planned before the test: the standard deviation is the metric’s own (from past data), both arms share it, and the test is analysed once at the planned size.';

export const planningDescriptors = {
  'sample-size-proportions': {
    fields: proportionFields,
    presets: [
      { label: '5% baseline, +10% lift', input: { baselineRate: 0.05, mde: 0.1, mdeType: 'relative', alpha: 0.05, power: 0.8, alternative: 'two-sided' }, extras: { dailyTraffic: '5000', treatmentShare: '50' } },
      { label: '20% baseline, +1 pp', input: { baselineRate: 0.2, mde: 0.01, mdeType: 'absolute', alpha: 0.05, power: 0.8, alternative: 'two-sided' } },
      { label: 'Strict: α 0.01, 90% power', input: { baselineRate: 0.05, mde: 0.1, mdeType: 'relative', alpha: 0.01, power: 0.9, alternative: 'two-sided' } },
    ],
    View: SampleSizeProportionsView,
    summary: sampleSizeProportionsSummary,
    hideMethodRows: true,
    extras: duration,
    about: { when: 'Before a conversion-rate test: how many users each arm needs to detect the smallest lift worth shipping, and how many days that takes.', assumes: proportionAbout },
  },
  'power-proportions': {
    fields: proportionFields,
    presets: [{ label: '5% → 5.5%, 20k per arm', input: { baselineRate: 0.05, treatmentRate: 0.055, nPerArm: 20000, alpha: 0.05, alternative: 'two-sided' } }],
    View: PowerProportionsView,
    summary: powerProportionsSummary,
    about: { when: 'When the traffic is fixed: the chance this test detects a given true lift.', assumes: proportionAbout },
  },
  'mde-proportions': {
    fields: proportionFields,
    presets: [{ label: '5% baseline, 20k per arm', input: { baselineRate: 0.05, nPerArm: 20000, alpha: 0.05, power: 0.8, alternative: 'two-sided' } }],
    View: MdeProportionsView,
    summary: mdeProportionsSummary,
    about: { when: 'When the traffic is fixed: the smallest lift this test can reliably detect. If that is larger than any lift you expect, the test is not worth running as planned.', assumes: proportionAbout },
  },
  'sample-size-means': {
    fields: meanFields,
    presets: [
      { label: 'Revenue per user', input: { sd: 30, mde: 1, mdeType: 'absolute', alpha: 0.05, power: 0.8, alternative: 'two-sided' }, extras: { dailyTraffic: '8000', treatmentShare: '50' } },
      { label: 'Small effect (d = 0.2)', input: { sd: 1, mde: 0.2, mdeType: 'standardized', alpha: 0.05, power: 0.8, alternative: 'two-sided' } },
    ],
    View: SampleSizeMeansView,
    summary: sampleSizeMeansSummary,
    hideMethodRows: true,
    extras: duration,
    about: { when: 'Before a test on a continuous metric (revenue, time): users per arm for a given difference in means.', assumes: meanAbout },
  },
  'power-means': {
    fields: meanFields,
    presets: [],
    View: PowerMeansView,
    summary: powerMeansSummary,
    about: { when: 'When the sample is fixed: the chance of detecting a given difference in means.', assumes: meanAbout },
  },
  'mde-means': {
    fields: meanFields,
    presets: [],
    View: MdeMeansView,
    summary: mdeMeansSummary,
    about: { when: 'When the sample is fixed: the smallest difference in means it can reliably detect.', assumes: meanAbout },
  },
} satisfies DescriptorGroup;
