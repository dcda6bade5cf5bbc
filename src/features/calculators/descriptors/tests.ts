// Descriptors of the hypothesis tests: proportions, means, chi-square, SRM, Bayesian, lift interval.
import { ArmsTableEditor, SrmArmsEditor } from '../ArmEditors';
import type { DescriptorGroup } from '../descriptor';
import { testAlternatives } from '../field-meta';
import { bayesianSummary, chiSquareSummary, liftSummary, meanTestSummary, oneSampleSummary, srmSummary, twoProportionSummary } from '../summary-tests';
import { BayesianView, ChiSquareView, LiftIntervalView, MeanTestView, OneSampleView, ProportionTestView, SrmView } from '../views-tests';

const arms = (a: [number, number], b: [number, number]) => ({
  control: { visitors: a[0], conversions: a[1] },
  treatment: { visitors: b[0], conversions: b[1] },
});
const alternative = { choices: { alternative: testAlternatives } };
const meanAbout = 'Each mean comes from independent users; with a few hundred per arm the t-test holds even for skewed metrics such as revenue (the central limit theorem), though a handful of huge values can still dominate.';

export const testDescriptors = {
  'two-proportion-z-test': {
    fields: alternative,
    presets: [
      { label: '5% baseline, 10k per arm', input: { ...arms([10000, 500], [10000, 560]), alpha: 0.05, alternative: 'two-sided' } },
      { label: '10% vs 10.8%', input: { ...arms([10000, 1000], [10000, 1080]), alpha: 0.05, alternative: 'two-sided' } },
      { label: 'Large test, small lift', input: { ...arms([1000000, 100000], [1000000, 101500]), alpha: 0.05, alternative: 'two-sided' } },
    ],
    View: ProportionTestView,
    summary: twoProportionSummary,
    about: {
      when: 'The end of a fixed-horizon test on a conversion rate (did the user convert, yes or no), analysed once at the sample size you planned.',
      assumes: 'Users are randomised independently and each counts once; at least about 10 conversions and 10 non-conversions per arm, so the normal approximation holds.',
    },
  },
  'welch-t-test': {
    fields: alternative,
    presets: [{ label: 'Revenue per user', input: { control: { mean: 12.4, sd: 30, n: 5000 }, treatment: { mean: 13.6, sd: 33, n: 5000 }, alpha: 0.05, alternative: 'two-sided' } }],
    View: MeanTestView,
    summary: meanTestSummary,
    about: { when: 'Comparing a continuous metric (revenue, time on page) between two arms: the default two-sample test, because it does not need equal variances.', assumes: meanAbout },
  },
  'student-t-test': {
    fields: alternative,
    presets: [{ label: 'Time on page (s)', input: { control: { mean: 48, sd: 20, n: 300 }, treatment: { mean: 51, sd: 21, n: 310 }, alpha: 0.05, alternative: 'two-sided' } }],
    View: MeanTestView,
    summary: meanTestSummary,
    about: { when: 'The classic pooled t-test, for when both arms are known to share one variance; prefer Welch otherwise (it loses almost nothing when they do).', assumes: `${meanAbout} Both arms have the same variance.` },
  },
  'one-sample-t-test': {
    fields: alternative,
    presets: [],
    View: OneSampleView,
    summary: oneSampleSummary,
    about: { when: 'Checking one sample’s mean against a fixed value, such as a benchmark or the mean of differences in a paired design.', assumes: 'Independent observations; roughly normal data or a sample of a few dozen or more.' },
  },
  'chi-square-independence': {
    fields: { editors: { table: ArmsTableEditor } },
    presets: [
      { label: 'A/B/C conversions', input: { table: [[500, 9500], [560, 9440], [530, 9470]], yatesCorrection: false } },
      { label: '2 × 2 with Yates', input: { table: [[120, 880], [150, 850]], yatesCorrection: true } },
    ],
    View: ChiSquareView,
    summary: chiSquareSummary,
    about: { when: 'An A/B/n test on a conversion rate: one test of whether any arm differs, before comparing pairs.', assumes: 'Independent users, each in one cell; every expected count at least about 5.' },
  },
  'srm-check': {
    fields: { editors: { observed: SrmArmsEditor, expectedRatios: null }, hints: { threshold: 'SRM checks use a strict level, e.g. 0.001.' } },
    presets: [
      { label: '50/50 split', input: { observed: [50120, 49480], expectedRatios: [0.5, 0.5], threshold: 0.001 } },
      { label: '90/10 holdout', input: { observed: [9000, 1100], expectedRatios: [0.9, 0.1], threshold: 0.001 } },
      { label: 'Clear mismatch', input: { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5], threshold: 0.001 } },
    ],
    View: SrmView,
    summary: srmSummary,
    about: { when: 'Before reading any result: whether users were split between the arms as planned. A mismatch means assignment or logging is broken, and the result cannot be trusted.', assumes: 'Visitor counts of independent users, each counted once, against the planned share of every arm.' },
  },
  'bayesian-ab': {
    fields: { labels: { 'prior.alpha': 'Prior α', 'prior.beta': 'Prior β' } },
    presets: [
      { label: '5% baseline test', input: { ...arms([10000, 500], [10000, 560]), prior: { alpha: 1, beta: 1 } } },
      { label: 'Early data', input: { ...arms([400, 20], [400, 27]), prior: { alpha: 1, beta: 1 } } },
    ],
    View: BayesianView,
    summary: bayesianSummary,
    about: { when: 'When the question is “how likely is B better, and what does a wrong call cost?” rather than a yes/no significance test.', assumes: 'Each arm’s rate has a Beta prior (uniform by default) and users convert independently; peeking does not change what the numbers mean, but stopping on them still favours noise.' },
  },
  'relative-lift-ci': {
    fields: {},
    presets: [],
    View: LiftIntervalView,
    summary: liftSummary,
    about: { when: 'Reporting a lift as a percentage (“+8%”) with its interval, which the difference in points does not give directly.', assumes: 'Large enough arms for the delta method; the log-scale interval behaves better when the control rate is small or the arms are small.' },
  },
} satisfies DescriptorGroup;
