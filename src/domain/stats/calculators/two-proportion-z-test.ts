import { z } from 'zod';
import { normSf, normUpperQuantile } from '../dists';
import { symmetricPValue } from '../p-values';
import { alphaSchema, proportionArm, testAlternativeSchema } from '../schema-parts';
import { defineCalculator, finiteOrNull } from '../types';

const schema = z.object({
  control: proportionArm('control'),
  treatment: proportionArm('treatment'),
  alpha: alphaSchema,
  alternative: testAlternativeSchema,
});
export type TwoProportionZTestInput = z.infer<typeof schema>;

export interface TwoProportionZTestOutput {
  controlRate: number;
  treatmentRate: number;
  diff: number;
  /** null when the control rate is 0. */
  relativeLift: number | null;
  pooledRate: number;
  sePooled: number;
  /** null when both arms are at 0% or both at 100% (no variance under H0). */
  z: number | null;
  pValue: number | null;
  seUnpooled: number;
  significant: boolean;
  /** Unpooled (Wald) interval for diff; null for one-sided tests. */
  ciLower: number | null;
  ciUpper: number | null;
}

function compute(input: TwoProportionZTestInput): TwoProportionZTestOutput {
  const { control, treatment, alpha, alternative } = input;
  const n1 = control.visitors;
  const n2 = treatment.visitors;
  const p1 = control.conversions / n1;
  const p2 = treatment.conversions / n2;
  const diff = p2 - p1;
  const pooledRate = (control.conversions + treatment.conversions) / (n1 + n2);
  const sePooled = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / n1 + 1 / n2));
  const seUnpooled = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const z = sePooled > 0 ? diff / sePooled : null;
  const pValue = z === null ? null : symmetricPValue(z, alternative, normSf);
  const twoSided = alternative === 'two-sided';
  const half = normUpperQuantile(alpha / 2) * seUnpooled;
  return {
    controlRate: p1,
    treatmentRate: p2,
    diff,
    relativeLift: finiteOrNull(diff / p1),
    pooledRate,
    sePooled,
    z,
    pValue,
    seUnpooled,
    significant: pValue !== null && pValue < alpha,
    ciLower: twoSided ? diff - half : null,
    ciUpper: twoSided ? diff + half : null,
  };
}

export const twoProportionZTest = defineCalculator({
  id: 'two-proportion-z-test',
  title: 'Two-proportion z-test',
  description: 'Compares conversion rates of control and treatment with the pooled z-test (same as a chi-square test without continuity correction).',
  category: 'test',
  schema,
  example: {
    control: { visitors: 10000, conversions: 1000 },
    treatment: { visitors: 10000, conversions: 1080 },
    alpha: 0.05,
    alternative: 'two-sided',
  },
  fields: { control: 'Control (A)', treatment: 'Treatment (B)', alpha: 'Significance level', alternative: 'Alternative hypothesis' },
  compute,
});
