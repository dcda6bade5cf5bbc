// Sample size, power and minimum detectable effect for two proportions, every method side by side.
import { z } from 'zod';
import type { ProportionDesign, ProportionMethod, ProportionMethodName, ProportionPlanningMethod } from '../proportion-methods';
import { cohensH, proportionMethods, proportionPlanningMethods, proportionPowerMethods } from '../proportion-methods';
import { brent } from '../root-find';
import { beyondCountable } from '../errors';
import { alphaSchema, MAX_COUNT, nPerArmSchema, num, openUnit, planAlternativeSchema, powerSchema, show, sidesOf } from '../schema-parts';
import { defineCalculator } from '../types';

const mdeTypeSchema = z
  .enum(['absolute', 'relative'], { error: (iss) => `MDE type must be absolute or relative (got ${show(iss.input)})` })
  .default('relative');

function mapMethods<K extends string, V>(names: readonly K[], fn: (name: K, method: ProportionMethod) => V): Record<K, V> {
  return Object.fromEntries(names.map((name) => [name, fn(name, proportionMethods[name as ProportionMethodName])])) as Record<K, V>;
}

const powerAboveAlpha = (v: { alpha: number; power: number }, ctx: z.RefinementCtx) => {
  if (v.power <= v.alpha) {
    ctx.addIssue({ code: 'custom', path: ['power'], message: `Power (${v.power}) must be larger than alpha (${v.alpha})` });
  }
};

const sampleSizeSchema = z
  .object({
    baselineRate: openUnit('Baseline conversion rate', ', e.g. 0.1 for 10%'),
    mde: num('Minimum detectable effect'),
    mdeType: mdeTypeSchema,
    alpha: alphaSchema,
    power: powerSchema,
    alternative: planAlternativeSchema,
  })
  .superRefine((v, ctx) => {
    if (v.mde === 0) {
      ctx.addIssue({ code: 'custom', path: ['mde'], message: 'Minimum detectable effect cannot be 0: no sample size detects no difference' });
      return;
    }
    const p2 = v.mdeType === 'absolute' ? v.baselineRate + v.mde : v.baselineRate * (1 + v.mde);
    if (!(p2 > 0 && p2 < 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mde'],
        message: `Baseline ${v.baselineRate} with this ${v.mdeType} MDE (${v.mde}) gives a treatment rate of ${p2}, which must be between 0 and 1`,
      });
    }
    powerAboveAlpha(v, ctx);
  });
export type SampleSizeProportionsInput = z.infer<typeof sampleSizeSchema>;

export interface SampleSizeProportionsOutput {
  treatmentRate: number;
  absoluteMde: number;
  relativeMde: number;
  byMethod: Record<ProportionPlanningMethod, { nExact: number; nPerArm: number; effectSizeH?: number }>;
}

function sampleSize(input: SampleSizeProportionsInput): SampleSizeProportionsOutput {
  const p1 = input.baselineRate;
  const p2 = input.mdeType === 'absolute' ? p1 + input.mde : p1 * (1 + input.mde);
  const design: ProportionDesign = { p1, p2, alpha: input.alpha, sides: sidesOf[input.alternative] };
  const byMethod = mapMethods(proportionPlanningMethods, (_, method) => {
    const nExact = method.nExact ? method.nExact(design, input.power) : Number.NaN;
    const row = { nExact, nPerArm: Math.ceil(nExact) };
    return method.usesH ? { ...row, effectSizeH: cohensH(p1, p2) } : row;
  });
  for (const row of Object.values<{ nExact: number }>(byMethod)) {
    if (!(row.nExact <= MAX_COUNT)) throw beyondCountable('mde', 'A change this small', row.nExact);
  }
  return { treatmentRate: p2, absoluteMde: p2 - p1, relativeMde: (p2 - p1) / p1, byMethod };
}

const powerSchemaInput = z.object({
  baselineRate: openUnit('Baseline conversion rate', ', e.g. 0.1 for 10%'),
  treatmentRate: openUnit('Treatment conversion rate'),
  nPerArm: nPerArmSchema,
  alpha: alphaSchema,
  alternative: planAlternativeSchema,
});
export type PowerProportionsInput = z.infer<typeof powerSchemaInput>;

export interface PowerProportionsOutput {
  byMethod: Record<ProportionMethodName, { power: number; effectSizeH?: number }>;
}

function power(input: PowerProportionsInput): PowerProportionsOutput {
  const { baselineRate: p1, treatmentRate: p2 } = input;
  const design: ProportionDesign = { p1, p2, alpha: input.alpha, sides: sidesOf[input.alternative] };
  const byMethod = mapMethods(proportionPowerMethods, (_, method) => {
    const row = { power: method.power(design, input.nPerArm) };
    return method.usesH ? { ...row, effectSizeH: cohensH(p1, p2) } : row;
  });
  return { byMethod };
}

const mdeSchema = z
  .object({
    baselineRate: openUnit('Baseline conversion rate', ', e.g. 0.1 for 10%'),
    nPerArm: nPerArmSchema,
    alpha: alphaSchema,
    power: powerSchema,
    alternative: planAlternativeSchema,
  })
  .superRefine(powerAboveAlpha);
export type MdeProportionsInput = z.infer<typeof mdeSchema>;

export interface MdeRow {
  /** null when even a 100% treatment rate is not detected with this power. */
  treatmentRate: number | null;
  absoluteMde: number | null;
  relativeMde: number | null;
  effectSizeH?: number | null;
}
export interface MdeProportionsOutput {
  byMethod: Record<ProportionPlanningMethod, MdeRow>;
}

function mde(input: MdeProportionsInput): MdeProportionsOutput {
  const p1 = input.baselineRate;
  const byMethod = mapMethods(proportionPlanningMethods, (_, method): MdeRow => {
    const design = (p2: number): ProportionDesign => ({ p1, p2, alpha: input.alpha, sides: sidesOf[input.alternative] });
    const p2 = brent((x) => method.power(design(x), input.nPerArm) - input.power, p1, 1, 1e-15);
    const row: MdeRow = {
      treatmentRate: p2,
      absoluteMde: p2 === null ? null : p2 - p1,
      relativeMde: p2 === null ? null : (p2 - p1) / p1,
    };
    return method.usesH ? { ...row, effectSizeH: p2 === null ? null : cohensH(p1, p2) } : row;
  });
  return { byMethod };
}

const fields = {
  baselineRate: 'Baseline conversion rate',
  treatmentRate: 'Treatment conversion rate',
  mde: 'Minimum detectable effect',
  mdeType: 'MDE as absolute difference or relative lift',
  nPerArm: 'Visitors per arm',
  alpha: 'Significance level',
  power: 'Power',
  alternative: 'Two-sided or one-sided',
};

export const sampleSizeProportions = defineCalculator({
  id: 'sample-size-proportions',
  title: 'Sample size (conversion rates)',
  description: 'Visitors per arm needed to detect a change in conversion rate, by each published formula.',
  category: 'planning',
  schema: sampleSizeSchema,
  example: { baselineRate: 0.1, mde: 0.1, mdeType: 'relative', alpha: 0.05, power: 0.8, alternative: 'two-sided' },
  fields,
  compute: sampleSize,
});

export const powerProportions = defineCalculator({
  id: 'power-proportions',
  title: 'Power (conversion rates)',
  description: 'Chance of detecting a given difference in conversion rates with a given sample size.',
  category: 'planning',
  schema: powerSchemaInput,
  example: { baselineRate: 0.1, treatmentRate: 0.11, nPerArm: 10000, alpha: 0.05, alternative: 'two-sided' },
  fields,
  compute: power,
});

export const mdeProportions = defineCalculator({
  id: 'mde-proportions',
  title: 'Minimum detectable effect (conversion rates)',
  description: 'Smallest upward change in conversion rate detectable with a given sample size and power.',
  category: 'planning',
  schema: mdeSchema,
  example: { baselineRate: 0.1, nPerArm: 10000, alpha: 0.05, power: 0.8, alternative: 'two-sided' },
  fields,
  compute: mde,
});
