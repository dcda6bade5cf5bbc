// Sample size, power and minimum detectable effect for comparing two means.
import { z } from 'zod';
import type { MeanMethodName } from '../mean-methods';
import { meanMethodNames, meanMethods } from '../mean-methods';
import { beyondCountable } from '../errors';
import { alphaSchema, MAX_COUNT, nPerArmSchema, num, planAlternativeSchema, positive, powerSchema, show, sidesOf } from '../schema-parts';
import { defineCalculator } from '../types';

const sdSchema = positive('Standard deviation');

function byMethod<V>(fn: (name: MeanMethodName) => V): Record<MeanMethodName, V> {
  return Object.fromEntries(meanMethodNames.map((name) => [name, fn(name)])) as Record<MeanMethodName, V>;
}

const powerAboveAlpha = (v: { alpha: number; power: number }, ctx: z.RefinementCtx) => {
  if (v.power <= v.alpha) {
    ctx.addIssue({ code: 'custom', path: ['power'], message: `Power (${v.power}) must be larger than alpha (${v.alpha})` });
  }
};
const nonZeroMde = (v: { mde: number }, ctx: z.RefinementCtx) => {
  if (v.mde === 0) {
    ctx.addIssue({ code: 'custom', path: ['mde'], message: 'Minimum detectable effect cannot be 0: no sample size detects no difference' });
  }
};

// 'standardized' means mde is already in standard deviations (Cohen's d).
const mdeTypeSchema = z
  .enum(['absolute', 'standardized'], { error: (iss) => `MDE type must be absolute or standardized (got ${show(iss.input)})` })
  .default('absolute');

const sampleSizeSchema = z
  .object({
    sd: sdSchema,
    mde: num('Minimum detectable effect'),
    mdeType: mdeTypeSchema,
    alpha: alphaSchema,
    power: powerSchema,
    alternative: planAlternativeSchema,
  })
  .superRefine((v, ctx) => {
    nonZeroMde(v, ctx);
    powerAboveAlpha(v, ctx);
  });
export type SampleSizeMeansInput = z.infer<typeof sampleSizeSchema>;

export interface SampleSizeMeansOutput {
  effectSizeD: number;
  byMethod: Record<MeanMethodName, { nExact: number; nPerArm: number }>;
}

function sampleSize(input: SampleSizeMeansInput): SampleSizeMeansOutput {
  const d = input.mdeType === 'absolute' ? input.mde / input.sd : input.mde;
  const sides = sidesOf[input.alternative];
  // The normal approximation is the smallest of the methods and cheap: refuse before the t-test's search.
  const normalN = meanMethods.normal.nExact(d, input.alpha, input.power, sides);
  if (!(normalN <= MAX_COUNT)) throw beyondCountable('mde', 'A difference this small', normalN);
  const rows = byMethod((name) => {
    const nExact = meanMethods[name].nExact(d, input.alpha, input.power, sides);
    if (!(nExact <= MAX_COUNT)) throw beyondCountable('mde', 'A difference this small', nExact);
    return { nExact, nPerArm: Math.ceil(nExact) };
  });
  return { effectSizeD: d, byMethod: rows };
}

const powerInputSchema = z
  .object({
    sd: sdSchema,
    mde: num('Minimum detectable effect'),
    nPerArm: nPerArmSchema,
    alpha: alphaSchema,
    alternative: planAlternativeSchema,
  })
  .superRefine(nonZeroMde);
export type PowerMeansInput = z.infer<typeof powerInputSchema>;

export interface PowerMeansOutput {
  effectSizeD: number;
  byMethod: Record<MeanMethodName, { power: number }>;
}

function power(input: PowerMeansInput): PowerMeansOutput {
  const d = input.mde / input.sd;
  const sides = sidesOf[input.alternative];
  return {
    effectSizeD: d,
    byMethod: byMethod((name) => ({ power: meanMethods[name].power(d, input.nPerArm, input.alpha, sides) })),
  };
}

const mdeSchema = z
  .object({ sd: sdSchema, nPerArm: nPerArmSchema, alpha: alphaSchema, power: powerSchema, alternative: planAlternativeSchema })
  .superRefine(powerAboveAlpha);
export type MdeMeansInput = z.infer<typeof mdeSchema>;

export interface MdeMeansOutput {
  byMethod: Record<MeanMethodName, { mde: number }>;
}

function mde(input: MdeMeansInput): MdeMeansOutput {
  const sides = sidesOf[input.alternative];
  return {
    byMethod: byMethod((name) => ({ mde: input.sd * meanMethods[name].dExact(input.nPerArm, input.alpha, input.power, sides) })),
  };
}

const fields = {
  sd: 'Standard deviation of the metric',
  mde: 'Minimum detectable effect',
  mdeType: 'MDE in metric units (absolute) or standard deviations',
  nPerArm: 'Sample size per arm',
  alpha: 'Significance level',
  power: 'Power',
  alternative: 'Two-sided or one-sided',
};

export const sampleSizeMeans = defineCalculator({
  id: 'sample-size-means',
  title: 'Sample size (means)',
  description: 'Sample size per arm to detect a difference in means: t-test (as R power.t.test) and normal approximation.',
  category: 'planning',
  schema: sampleSizeSchema,
  example: { sd: 20, mde: 2, mdeType: 'absolute', alpha: 0.05, power: 0.8, alternative: 'two-sided' },
  fields,
  compute: sampleSize,
});

export const powerMeans = defineCalculator({
  id: 'power-means',
  title: 'Power (means)',
  description: 'Chance of detecting a given difference in means with a given sample size per arm.',
  category: 'planning',
  schema: powerInputSchema,
  example: { sd: 20, mde: 2, nPerArm: 1000, alpha: 0.05, alternative: 'two-sided' },
  fields,
  compute: power,
});

export const mdeMeans = defineCalculator({
  id: 'mde-means',
  title: 'Minimum detectable effect (means)',
  description: 'Smallest difference in means detectable with a given sample size per arm and power.',
  category: 'planning',
  schema: mdeSchema,
  example: { sd: 20, nPerArm: 1000, alpha: 0.05, power: 0.8, alternative: 'two-sided' },
  fields,
  compute: mde,
});
