// Ratio metrics (revenue per order, clicks per page view) where the randomisation unit is the user:
// the delta method (Deng, Knoblich & Lu 2018) gives the ratio's standard error from per-user sums,
// which the naive per-event formula underestimates.
import { z } from 'zod';
import { normUpperQuantile } from '../dists';
import { zInference } from '../p-values';
import { alphaSchema, show } from '../schema-parts';
import type { SumLayout } from '../sum-moments';
import { checkArms, sumArmShape, validMoments } from '../sum-moments';
import { defineCalculator } from '../types';

const keys = ['sumM', 'sumM2', 'sumD', 'sumD2', 'sumMD'] as const;
const words = { sumM: 'The sum of the numerator M', sumM2: 'The sum of M²', sumD: 'The sum of the denominator D', sumD2: 'The sum of D²', sumMD: 'The sum of M·D' };
const layout: SumLayout = { a: { sum: 'sumM', squares: 'sumM2', name: 'M' }, b: { sum: 'sumD', squares: 'sumD2', name: 'D' }, cross: 'sumMD' };

const armSchema = (arm: string) =>
  z
    .object(sumArmShape(arm, keys, words) as Record<'n' | (typeof keys)[number], z.ZodType<number>>, {
      error: (iss) => `The ${arm} arm must be an object { n, sumM, sumM2, sumD, sumD2, sumMD } (got ${show(iss.input)})`,
    })
    .superRefine((v, ctx) => {
      if (!(v.sumD > 0)) ctx.addIssue({ code: 'custom', path: ['sumD'], message: `The sum of the denominator in the ${arm} arm must be greater than 0 (got ${show(v.sumD)}): a ratio needs something to divide by` });
    });

const schema = z.object({ control: armSchema('control'), treatment: armSchema('treatment'), alpha: alphaSchema }).superRefine(checkArms(layout));
type Input = z.infer<typeof schema>;
type Arm = Input['control'];

export interface RatioMetricOutput {
  controlRatio: number;
  treatmentRatio: number;
  controlSe: number;
  treatmentSe: number;
  diff: number;
  se: number;
  z: number | null;
  pValue: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  significant: boolean;
  /** null when the control ratio is 0. */
  relativeLift: number | null;
  relativeSe: number | null;
  relativeCiLower: number | null;
  relativeCiUpper: number | null;
}

/** ratio = sumM / sumD and the delta-method standard error sqrt(v / n). */
function armRatio(s: Arm): { ratio: number; se: number } {
  const m = validMoments(s, layout);
  const mbar = s.sumM / s.n;
  const dbar = s.sumD / s.n;
  const v = m.varA / dbar ** 2 - (2 * mbar * m.cov) / dbar ** 3 + (mbar ** 2 * m.varB) / dbar ** 4;
  return { ratio: s.sumM / s.sumD, se: Math.sqrt(Math.max(0, v) / s.n) };
}

function compute({ control, treatment, alpha }: Input): RatioMetricOutput {
  const a = armRatio(control);
  const b = armRatio(treatment);
  const diff = b.ratio - a.ratio;
  const se = Math.sqrt(a.se ** 2 + b.se ** 2);
  const q = normUpperQuantile(alpha / 2);
  const hasBase = a.ratio !== 0;
  const relativeLift = hasBase ? diff / Math.abs(a.ratio) : null;
  const relativeSe = hasBase ? Math.sqrt(b.se ** 2 / a.ratio ** 2 + (b.ratio ** 2 * a.se ** 2) / a.ratio ** 4) : null;
  const relativeInterval = relativeLift !== null && relativeSe !== null && se > 0;
  return {
    controlRatio: a.ratio,
    treatmentRatio: b.ratio,
    controlSe: a.se,
    treatmentSe: b.se,
    diff,
    se,
    ...zInference(diff, se, alpha),
    relativeLift,
    relativeSe,
    relativeCiLower: relativeInterval ? relativeLift - q * relativeSe : null,
    relativeCiUpper: relativeInterval ? relativeLift + q * relativeSe : null,
  };
}

export const ratioMetric = defineCalculator({
  id: 'ratio-metric',
  title: 'Ratio metric (delta method)',
  description: 'Compares a ratio such as revenue per order or clicks per page view when users are randomised: the delta-method standard error from per-user sums.',
  category: 'modern',
  schema,
  example: {
    control: { n: 8000, sumM: 689335.6, sumM2: 81862148.4, sumD: 19133, sumD2: 56631, sumMD: 2042064.6 },
    treatment: { n: 8000, sumM: 724864.6, sumM2: 90010762.5, sumD: 19494, sumD2: 58712, sumMD: 2181519.6 },
    alpha: 0.05,
  },
  fields: { control: 'Control (A)', treatment: 'Treatment (B)', alpha: 'Significance level' },
  compute,
});
