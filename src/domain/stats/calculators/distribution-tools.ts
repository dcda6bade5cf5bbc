// Quantiles, critical values and tail probabilities of the normal and t distributions.
import { z } from 'zod';
import { normCdf, normQuantile, normSf, normUpperQuantile, tQuantile, tUpperQuantile } from '../dists';
import { alphaSchema, num, openUnit, positive, show } from '../schema-parts';
import { defineCalculator } from '../types';

const pSchema = openUnit('Probability p');
const dfSchema = positive('Degrees of freedom');

const criticalAlternatives = ['two-sided', 'greater', 'less', 'one-sided'] as const;
type CriticalAlternative = (typeof criticalAlternatives)[number];
const criticalAlternativeSchema = z
  .enum(criticalAlternatives, {
    error: (iss) => `Alternative must be one of two-sided, greater, less, one-sided (got ${show(iss.input)})`,
  })
  .default('two-sided');

/** Signed critical value from an upper-quantile function; 'one-sided' means 'greater'. */
const critical: Record<CriticalAlternative, (alpha: number, upper: (p: number) => number) => number> = {
  'two-sided': (alpha, upper) => upper(alpha / 2),
  greater: (alpha, upper) => upper(alpha),
  'one-sided': (alpha, upper) => upper(alpha),
  less: (alpha, upper) => -upper(alpha),
};

const normalQuantileSchema = z.object({ p: pSchema });
export type NormalQuantileInput = z.infer<typeof normalQuantileSchema>;
export const normalQuantile = defineCalculator({
  id: 'normal-quantile',
  title: 'Normal quantile',
  description: 'The z with P(Z <= z) = p for a standard normal Z.',
  category: 'tools',
  schema: normalQuantileSchema,
  example: { p: 0.975 },
  fields: { p: 'Lower-tail probability p' },
  compute: ({ p }: NormalQuantileInput): { quantile: number } => ({ quantile: normQuantile(p) }),
});

const tQuantileSchema = z.object({ p: pSchema, df: dfSchema });
export type TQuantileInput = z.infer<typeof tQuantileSchema>;
export const tQuantileCalculator = defineCalculator({
  id: 't-quantile',
  title: 't quantile',
  description: "The t with P(T <= t) = p for Student's t with df degrees of freedom (df may be fractional).",
  category: 'tools',
  schema: tQuantileSchema,
  example: { p: 0.975, df: 20 },
  fields: { p: 'Lower-tail probability p', df: 'Degrees of freedom' },
  compute: ({ p, df }: TQuantileInput): { quantile: number } => ({ quantile: tQuantile(p, df) }),
});

const normalCriticalSchema = z.object({ alpha: alphaSchema, alternative: criticalAlternativeSchema });
export type NormalCriticalValueInput = z.infer<typeof normalCriticalSchema>;
export const normalCriticalValue = defineCalculator({
  id: 'normal-critical-value',
  title: 'Normal critical value',
  description: 'The z beyond which a test at level alpha rejects (negative for a "less" alternative).',
  category: 'tools',
  schema: normalCriticalSchema,
  example: { alpha: 0.05, alternative: 'two-sided' },
  fields: { alpha: 'Significance level', alternative: 'Alternative hypothesis' },
  compute: ({ alpha, alternative }: NormalCriticalValueInput): { zCritical: number } => ({
    zCritical: critical[alternative](alpha, normUpperQuantile),
  }),
});

const tCriticalSchema = z.object({ alpha: alphaSchema, alternative: criticalAlternativeSchema, df: dfSchema });
export type TCriticalValueInput = z.infer<typeof tCriticalSchema>;
export const tCriticalValue = defineCalculator({
  id: 't-critical-value',
  title: 't critical value',
  description: 'The t beyond which a t-test at level alpha rejects (negative for a "less" alternative).',
  category: 'tools',
  schema: tCriticalSchema,
  example: { alpha: 0.05, alternative: 'two-sided', df: 20 },
  fields: { alpha: 'Significance level', alternative: 'Alternative hypothesis', df: 'Degrees of freedom' },
  compute: ({ alpha, alternative, df }: TCriticalValueInput): { tCritical: number } => ({
    tCritical: critical[alternative](alpha, (p) => tUpperQuantile(p, df)),
  }),
});

const tailSchema = z.object({ z: num('z') });
export type NormalTailProbabilityInput = z.infer<typeof tailSchema>;
export interface NormalTailProbabilityOutput {
  cdf: number;
  sf: number;
  twoSidedP: number;
}
export const normalTailProbability = defineCalculator({
  id: 'normal-tail-probability',
  title: 'Normal tail probability',
  description: 'P(Z <= z), P(Z > z) and the two-sided p-value 2 P(Z > |z|).',
  category: 'tools',
  schema: tailSchema,
  example: { z: 1.96 },
  fields: { z: 'z statistic' },
  compute: ({ z: x }: NormalTailProbabilityInput): NormalTailProbabilityOutput => ({
    cdf: normCdf(x),
    sf: normSf(x),
    twoSidedP: Math.min(1, 2 * normSf(Math.abs(x))),
  }),
});
