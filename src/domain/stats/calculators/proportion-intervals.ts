// Confidence intervals for one proportion (Wilson, Wald) and for the relative lift B/A - 1.
import { z } from 'zod';
import { normUpperQuantile } from '../dists';
import { alphaSchema, count, proportionArm } from '../schema-parts';
import { defineCalculator, finiteOrNull } from '../types';

const oneProportionSchema = z
  .object({ successes: count('Successes'), trials: count('Trials'), alpha: alphaSchema })
  .superRefine((v, ctx) => {
    if (v.trials === 0) ctx.addIssue({ code: 'custom', path: ['trials'], message: 'Trials must be at least 1' });
    else if (v.successes > v.trials) {
      ctx.addIssue({ code: 'custom', path: ['successes'], message: `Successes (${v.successes}) cannot exceed trials (${v.trials})` });
    }
  });
export type ProportionCiInput = z.infer<typeof oneProportionSchema>;

export interface ProportionCiWilsonOutput {
  estimate: number;
  lower: number;
  upper: number;
}

function wilson({ successes, trials: n, alpha }: ProportionCiInput): ProportionCiWilsonOutput {
  const p = successes / n;
  const z = normUpperQuantile(alpha / 2);
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The exact bounds at 0% and 100% are 0 and 1; the formula reaches them only up to rounding.
  return {
    estimate: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}

export interface ProportionCiWaldOutput extends ProportionCiWilsonOutput {
  lowerUnclipped: number;
  upperUnclipped: number;
}

function wald({ successes, trials: n, alpha }: ProportionCiInput): ProportionCiWaldOutput {
  const p = successes / n;
  const half = normUpperQuantile(alpha / 2) * Math.sqrt((p * (1 - p)) / n);
  const lowerUnclipped = p - half;
  const upperUnclipped = p + half;
  return { estimate: p, lower: Math.max(0, lowerUnclipped), upper: Math.min(1, upperUnclipped), lowerUnclipped, upperUnclipped };
}

const oneProportionFields = { successes: 'Successes', trials: 'Trials', alpha: 'Significance level (CI level 1 - alpha)' };

export const proportionCiWilson = defineCalculator({
  id: 'proportion-ci-wilson',
  title: 'Proportion CI (Wilson)',
  description: 'Wilson score interval for one proportion; stays inside [0, 1] and behaves well near 0% and 100%.',
  category: 'tools',
  schema: oneProportionSchema,
  example: { successes: 45, trials: 500, alpha: 0.05 },
  fields: oneProportionFields,
  compute: wilson,
});

export const proportionCiWald = defineCalculator({
  id: 'proportion-ci-wald',
  title: 'Proportion CI (Wald)',
  description: 'The textbook p +/- z sqrt(p(1-p)/n) interval, clipped to [0, 1]; poor near 0% and 100%.',
  category: 'tools',
  schema: oneProportionSchema,
  example: { successes: 45, trials: 500, alpha: 0.05 },
  fields: oneProportionFields,
  compute: wald,
});

const liftSchema = z.object({ control: proportionArm('control'), treatment: proportionArm('treatment'), alpha: alphaSchema });
export type RelativeLiftCiInput = z.infer<typeof liftSchema>;

export interface RelativeLiftCiOutput {
  /** All fields are null when the control rate is 0 (the lift is undefined). */
  relativeLift: number | null;
  se: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  /** null also when the treatment rate is 0 (log of 0). */
  logMethod: { ciLower: number | null; ciUpper: number | null };
}

function relativeLift({ control, treatment, alpha }: RelativeLiftCiInput): RelativeLiftCiOutput {
  const p1 = control.conversions / control.visitors;
  const p2 = treatment.conversions / treatment.visitors;
  const v1 = (p1 * (1 - p1)) / control.visitors;
  const v2 = (p2 * (1 - p2)) / treatment.visitors;
  const z = normUpperQuantile(alpha / 2);
  if (p1 === 0) return { relativeLift: null, se: null, ciLower: null, ciUpper: null, logMethod: { ciLower: null, ciUpper: null } };
  const lift = p2 / p1 - 1;
  // Delta method for p2/p1, written so that p2 = 0 stays finite.
  const se = Math.sqrt((p2 * p2 * v1) / p1 ** 4 + v2 / (p1 * p1));
  const logSe = Math.sqrt(v1 / (p1 * p1) + v2 / (p2 * p2));
  const logRatio = Math.log(p2 / p1);
  return {
    relativeLift: lift,
    se,
    ciLower: lift - z * se,
    ciUpper: lift + z * se,
    logMethod: {
      ciLower: p2 === 0 ? null : finiteOrNull(Math.expm1(logRatio - z * logSe)),
      ciUpper: p2 === 0 ? null : finiteOrNull(Math.expm1(logRatio + z * logSe)),
    },
  };
}

export const relativeLiftCi = defineCalculator({
  id: 'relative-lift-ci',
  title: 'Relative lift CI',
  description: 'Confidence interval for treatment/control - 1 by the delta method and on the log scale.',
  category: 'tools',
  schema: liftSchema,
  example: { control: { visitors: 10000, conversions: 1000 }, treatment: { visitors: 10000, conversions: 1080 }, alpha: 0.05 },
  fields: { control: 'Control (A)', treatment: 'Treatment (B)', alpha: 'Significance level (CI level 1 - alpha)' },
  compute: relativeLift,
});
