// Zod building blocks whose messages name the field in plain words, so a person can act on them.
import { z } from 'zod';

export function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

/** A finite number; `label` starts every message ("Visitors in the control arm"). */
export function num(label: string) {
  return z.number({
    error: (iss) => (iss.input === undefined ? `${label} is required` : `${label} must be a finite number (got ${show(iss.input)})`),
  });
}

/** The largest count the engine works with (2^53 - 1): beyond it, whole numbers are no longer exact. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** A non-negative whole number, at most MAX_COUNT. */
export function count(label: string) {
  return num(label)
    .int({
      error: (iss) =>
        iss.code === 'too_big'
          ? `${label} must be at most ${MAX_COUNT.toLocaleString('en-US')}: ${show(iss.input)} is too large`
          : `${label} must be a whole number (got ${show(iss.input)})`,
    })
    .min(0, { error: (iss) => `${label} cannot be negative (got ${show(iss.input)})` });
}

/** A number strictly between 0 and 1. */
export function openUnit(label: string, hint = '') {
  const msg = (iss: { input?: unknown }) => `${label} must be between 0 and 1, exclusive (got ${show(iss.input)})${hint}`;
  return num(label).gt(0, { error: msg }).lt(1, { error: msg });
}

export const alphaSchema = openUnit('Alpha (significance level)', ', e.g. 0.05').default(0.05);
export const powerSchema = openUnit('Power', ', e.g. 0.8').default(0.8);

export const testAlternatives = ['two-sided', 'greater', 'less'] as const;
export type TestAlternative = (typeof testAlternatives)[number];
export const testAlternativeSchema = z
  .enum(testAlternatives, { error: (iss) => `Alternative must be one of two-sided, greater, less (got ${show(iss.input)})` })
  .default('two-sided');

export const planAlternatives = ['two-sided', 'one-sided'] as const;
export type PlanAlternative = (typeof planAlternatives)[number];
export const planAlternativeSchema = z
  .enum(planAlternatives, { error: (iss) => `Alternative must be two-sided or one-sided (got ${show(iss.input)})` })
  .default('two-sided');

/** Number of rejection tails for a planning alternative. */
export const sidesOf: Record<PlanAlternative, 1 | 2> = { 'two-sided': 2, 'one-sided': 1 };

/** Proportion arm `{ visitors, conversions }` with conversions <= visitors and visitors > 0. */
export function proportionArm(arm: string) {
  return z
    .object(
      {
        visitors: count(`Visitors in the ${arm} arm`),
        conversions: count(`Conversions in the ${arm} arm`),
      },
      { error: (iss) => `The ${arm} arm must be an object { visitors, conversions } (got ${show(iss.input)})` },
    )
    .superRefine((v, ctx) => {
      if (v.visitors === 0) {
        ctx.addIssue({ code: 'custom', path: ['visitors'], message: `Visitors in the ${arm} arm must be at least 1` });
      } else if (v.conversions > v.visitors) {
        ctx.addIssue({
          code: 'custom',
          path: ['conversions'],
          message: `Conversions (${v.conversions}) cannot exceed visitors (${v.visitors}) in the ${arm} arm`,
        });
      }
    });
}
export type ProportionArm = z.infer<ReturnType<typeof proportionArm>>;

/** Summary statistics of a sample `{ mean, sd, n }` with n >= 2 and sd >= 0. */
export function meanArm(arm: string) {
  return z.object(
    {
      mean: num(`Mean of the ${arm}`),
      sd: num(`Standard deviation of the ${arm}`).min(0, {
        error: (iss) => `Standard deviation of the ${arm} cannot be negative (got ${show(iss.input)})`,
      }),
      n: count(`Sample size of the ${arm}`).min(2, {
        error: (iss) => `Sample size of the ${arm} must be at least 2 (got ${show(iss.input)})`,
      }),
    },
    { error: (iss) => `The ${arm} must be an object { mean, sd, n } (got ${show(iss.input)})` },
  );
}
export type MeanArm = z.infer<ReturnType<typeof meanArm>>;

/** A sample size per arm: a whole number, at least 2. */
export const nPerArmSchema = count('Sample size per arm').min(2, {
  error: (iss) => `Sample size per arm must be at least 2 (got ${show(iss.input)})`,
});

export function positive(label: string) {
  return num(label).gt(0, { error: (iss) => `${label} must be greater than 0 (got ${show(iss.input)})` });
}
