// Welch, Student (pooled) and one-sample t-tests from summary statistics.
import { z } from 'zod';
import { tSf, tUpperQuantile } from '../dists';
import { symmetricPValue } from '../p-values';
import type { TestAlternative } from '../schema-parts';
import { alphaSchema, meanArm, num, testAlternativeSchema } from '../schema-parts';
import { defineCalculator } from '../types';

const twoSampleSchema = z
  .object({
    control: meanArm('control group'),
    treatment: meanArm('treatment group'),
    alpha: alphaSchema,
    alternative: testAlternativeSchema,
  })
  .superRefine((v, ctx) => {
    if (v.control.sd === 0 && v.treatment.sd === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['control', 'sd'],
        message: 'Both standard deviations are 0: a t-test needs variation in at least one group',
      });
    }
  });
export type TwoSampleTInput = z.infer<typeof twoSampleSchema>;

export interface TTestResult {
  t: number;
  df: number;
  pValue: number;
  significant: boolean;
  /** Two-sided interval at level 1 - alpha; null for one-sided tests. */
  ciLower: number | null;
  ciUpper: number | null;
}

function tTest(estimate: number, se: number, df: number, alpha: number, alternative: TestAlternative): TTestResult {
  const t = estimate / se;
  const pValue = symmetricPValue(t, alternative, (x) => tSf(x, df));
  const twoSided = alternative === 'two-sided';
  const half = tUpperQuantile(alpha / 2, df) * se;
  return {
    t,
    df,
    pValue,
    significant: pValue < alpha,
    ciLower: twoSided ? estimate - half : null,
    ciUpper: twoSided ? estimate + half : null,
  };
}

export interface WelchTTestOutput extends TTestResult {
  diff: number;
  se: number;
}

function welch(input: TwoSampleTInput): WelchTTestOutput {
  const { control: a, treatment: b } = input;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const diff = b.mean - a.mean;
  return { diff, se, ...tTest(diff, se, df, input.alpha, input.alternative) };
}

export interface StudentTTestOutput extends WelchTTestOutput {
  pooledSd: number;
}

function student(input: TwoSampleTInput): StudentTTestOutput {
  const { control: a, treatment: b } = input;
  const df = a.n + b.n - 2;
  const pooledSd = Math.sqrt(((a.n - 1) * a.sd * a.sd + (b.n - 1) * b.sd * b.sd) / df);
  const se = pooledSd * Math.sqrt(1 / a.n + 1 / b.n);
  const diff = b.mean - a.mean;
  return { diff, se, pooledSd, ...tTest(diff, se, df, input.alpha, input.alternative) };
}

const oneSampleSchema = z
  .object({
    sample: meanArm('sample'),
    mu0: num('Hypothesised mean (mu0)').default(0),
    alpha: alphaSchema,
    alternative: testAlternativeSchema,
  })
  .superRefine((v, ctx) => {
    if (v.sample.sd === 0) {
      ctx.addIssue({ code: 'custom', path: ['sample', 'sd'], message: 'Standard deviation of the sample must be greater than 0' });
    }
  });
export type OneSampleTInput = z.infer<typeof oneSampleSchema>;

export interface OneSampleTTestOutput extends TTestResult {
  estimate: number;
  se: number;
}

function oneSample(input: OneSampleTInput): OneSampleTTestOutput {
  const { sample, mu0 } = input;
  const se = sample.sd / Math.sqrt(sample.n);
  const r = tTest(sample.mean - mu0, se, sample.n - 1, input.alpha, input.alternative);
  // The interval is for the mean itself, not for mean - mu0.
  return {
    ...r,
    estimate: sample.mean,
    se,
    ciLower: r.ciLower === null ? null : r.ciLower + mu0,
    ciUpper: r.ciUpper === null ? null : r.ciUpper + mu0,
  };
}

const twoSampleExample: TwoSampleTInput = {
  control: { mean: 52.3, sd: 14.1, n: 400 },
  treatment: { mean: 54.8, sd: 15.6, n: 380 },
  alpha: 0.05,
  alternative: 'two-sided',
};
const twoSampleFields = { control: 'Control (A)', treatment: 'Treatment (B)', alpha: 'Significance level', alternative: 'Alternative hypothesis' };

export const welchTTest = defineCalculator({
  id: 'welch-t-test',
  title: "Welch's t-test",
  description: 'Compares two means without assuming equal variances (Welch-Satterthwaite degrees of freedom).',
  category: 'test',
  schema: twoSampleSchema,
  example: twoSampleExample,
  fields: twoSampleFields,
  compute: welch,
});

export const studentTTest = defineCalculator({
  id: 'student-t-test',
  title: "Student's t-test",
  description: 'Compares two means assuming equal variances (pooled standard deviation).',
  category: 'test',
  schema: twoSampleSchema,
  example: twoSampleExample,
  fields: twoSampleFields,
  compute: student,
});

export const oneSampleTTest = defineCalculator({
  id: 'one-sample-t-test',
  title: 'One-sample t-test',
  description: 'Tests whether a mean differs from a hypothesised value mu0.',
  category: 'test',
  schema: oneSampleSchema,
  example: { sample: { mean: 103.2, sd: 11.5, n: 25 }, mu0: 100, alpha: 0.05, alternative: 'two-sided' },
  fields: { sample: 'Sample', mu0: 'Hypothesised mean', alpha: 'Significance level', alternative: 'Alternative hypothesis' },
  compute: oneSample,
});
