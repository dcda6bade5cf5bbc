// Sequential tests for looking at an experiment as it runs: the fixed-horizon z-test that peeking
// misuses, GrowthBook's asymptotic confidence sequence and the mSPRT, whose p-values stay valid
// at every look; for conversions also Evan Miller's simple sequential test.
import { z } from 'zod';
import type { MeanLook, ProportionLook } from '../look-schemas';
import { bothSdZero, checkCumulative, earlierMeanLooks, earlierProportionLooks, sdMessage, simpleSequentialNSchema, tauSchema, tuningNSchema } from '../look-schemas';
import { alphaSchema, meanArm, proportionArm } from '../schema-parts';
import type { LookStats } from '../sequential-math';
import { evaluateLook, fixedInterval, sequentialRho } from '../sequential-math';
import type { SimpleSequentialResult } from '../simple-sequential';
import { simpleSequential } from '../simple-sequential';
import { defineCalculator } from '../types';

export interface FixedHorizonResult {
  z: number | null;
  pValue: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  significant: boolean;
}

export interface ConfidenceSequenceResult {
  rho: number;
  halfWidth: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  /** Always valid: the smallest per-look p-value so far (null if no look had variation). */
  pValue: number | null;
  significant: boolean;
}

export interface MsprtResult {
  logLambda: number | null;
  pValue: number | null;
  significant: boolean;
}

export interface LookRow {
  n: number;
  diff: number;
  se: number;
  fixedPValue: number | null;
  csLower: number | null;
  csUpper: number | null;
  csPValue: number | null;
  msprtPValue: number | null;
}

export interface SequentialCore {
  diff: number;
  se: number;
  n: number;
  fixedHorizon: FixedHorizonResult;
  byMethod: { confidenceSequence: ConfidenceSequenceResult; mSPRT: MsprtResult };
  byLook: LookRow[];
}

const runningMin = (values: (number | null)[]): number | null =>
  values.reduce<number | null>((min, v) => (v === null ? min : min === null ? v : Math.min(min, v)), null);

/** Judges every look (time order, the latest last) by all three rules. */
export function sequentialCore(looks: readonly LookStats[], alpha: number, tuningN: number, tau: number): SequentialCore {
  const rho = sequentialRho(alpha, tuningN);
  const results = looks.map((look) => evaluateLook(look, rho, alpha, tau));
  const byLook = looks.map((look, i): LookRow => {
    const r = results[i]!;
    return {
      n: look.n,
      diff: look.diff,
      se: look.se,
      fixedPValue: r.fixedPValue,
      csLower: r.halfWidth === null ? null : look.diff - r.halfWidth,
      csUpper: r.halfWidth === null ? null : look.diff + r.halfWidth,
      csPValue: r.csPValue,
      msprtPValue: r.msprtPValue,
    };
  });
  const latest = looks[looks.length - 1]!;
  const last = results[results.length - 1]!;
  const [lower, upper] = last.z === null ? [null, null] : fixedInterval(latest.diff, latest.se, alpha);
  const csP = runningMin(results.map((r) => r.csPValue));
  const msprtP = runningMin(results.map((r) => r.msprtPValue));
  return {
    diff: latest.diff,
    se: latest.se,
    n: latest.n,
    fixedHorizon: { z: last.z, pValue: last.fixedPValue, ciLower: lower, ciUpper: upper, significant: last.fixedPValue !== null && last.fixedPValue < alpha },
    byMethod: {
      confidenceSequence: {
        rho,
        halfWidth: last.halfWidth,
        ciLower: last.halfWidth === null ? null : latest.diff - last.halfWidth,
        ciUpper: last.halfWidth === null ? null : latest.diff + last.halfWidth,
        pValue: csP,
        significant: csP !== null && csP < alpha,
      },
      mSPRT: { logLambda: last.logLambda, pValue: msprtP, significant: msprtP !== null && msprtP < alpha },
    },
    byLook,
  };
}

/** Unpooled difference of two conversion rates at one look. */
export function proportionLookStats({ control, treatment }: ProportionLook): LookStats {
  const pA = control.conversions / control.visitors;
  const pB = treatment.conversions / treatment.visitors;
  return { n: control.visitors + treatment.visitors, diff: pB - pA, se: Math.sqrt((pA * (1 - pA)) / control.visitors + (pB * (1 - pB)) / treatment.visitors) };
}

export function meanLookStats({ control, treatment }: MeanLook): LookStats {
  return { n: control.n + treatment.n, diff: treatment.mean - control.mean, se: Math.sqrt((control.sd * control.sd) / control.n + (treatment.sd * treatment.sd) / treatment.n) };
}

const proportionsSchema = z
  .object({
    control: proportionArm('control'),
    treatment: proportionArm('treatment'),
    earlierLooks: earlierProportionLooks,
    alpha: alphaSchema,
    tuningN: tuningNSchema,
    tau: tauSchema,
    simpleSequentialN: simpleSequentialNSchema,
  })
  .superRefine((v, ctx) => checkCumulative(v.earlierLooks, v, ['visitors', 'conversions'], { visitors: 'Visitors', conversions: 'Conversions' }, ctx));

export interface SequentialProportionsOutput extends Omit<SequentialCore, 'byMethod'> {
  controlRate: number;
  treatmentRate: number;
  byMethod: SequentialCore['byMethod'] & { simpleSequential: SimpleSequentialResult | null };
}

function proportions(input: z.infer<typeof proportionsSchema>): SequentialProportionsOutput {
  const looks = [...input.earlierLooks, { control: input.control, treatment: input.treatment }];
  const core = sequentialCore(looks.map(proportionLookStats), input.alpha, input.tuningN, input.tau);
  const simple = input.simpleSequentialN === null
    ? null
    : simpleSequential(input.simpleSequentialN, looks.map((l) => ({ control: l.control.conversions, treatment: l.treatment.conversions })));
  return {
    controlRate: input.control.conversions / input.control.visitors,
    treatmentRate: input.treatment.conversions / input.treatment.visitors,
    ...core,
    byMethod: { ...core.byMethod, simpleSequential: simple },
  };
}

const meansSchema = z
  .object({
    control: meanArm('control group'),
    treatment: meanArm('treatment group'),
    earlierLooks: earlierMeanLooks,
    alpha: alphaSchema,
    tuningN: tuningNSchema,
    tau: tauSchema,
  })
  .superRefine((v, ctx) => {
    if (bothSdZero(v)) ctx.addIssue({ code: 'custom', path: ['control', 'sd'], message: sdMessage });
    checkCumulative(v.earlierLooks, v, ['n'], { n: 'Sample sizes' }, ctx);
  });

function means(input: z.infer<typeof meansSchema>): SequentialCore {
  const looks = [...input.earlierLooks, { control: input.control, treatment: input.treatment }];
  return sequentialCore(looks.map(meanLookStats), input.alpha, input.tuningN, input.tau);
}

const fields = {
  control: 'Control (A), latest totals',
  treatment: 'Treatment (B), latest totals',
  earlierLooks: 'Earlier looks',
  alpha: 'Significance level',
  tuningN: 'Tuning parameter N*',
  tau: 'mSPRT mixing sd τ',
  simpleSequentialN: 'Simple sequential test: planned conversions N',
};

export const sequentialProportions = defineCalculator({
  id: 'sequential-proportions',
  title: 'Sequential test (conversion rates)',
  description: 'Look at a conversion test as often as you like: always-valid p-values and intervals (GrowthBook’s confidence sequence, mSPRT) beside the fixed-horizon z-test that peeking breaks.',
  category: 'modern',
  schema: proportionsSchema,
  example: {
    earlierLooks: [
      { control: { visitors: 2000, conversions: 200 }, treatment: { visitors: 2000, conversions: 236 } },
      { control: { visitors: 4000, conversions: 405 }, treatment: { visitors: 4000, conversions: 452 } },
    ],
    control: { visitors: 6000, conversions: 611 },
    treatment: { visitors: 6000, conversions: 668 },
    alpha: 0.05,
    tuningN: 5000,
    tau: 0.01,
    simpleSequentialN: null,
  },
  fields,
  compute: proportions,
});

export const sequentialMeans = defineCalculator({
  id: 'sequential-means',
  title: 'Sequential test (means)',
  description: 'Always-valid p-values and intervals for a difference in means (revenue, time) checked at every look.',
  category: 'modern',
  schema: meansSchema,
  example: {
    earlierLooks: [
      { control: { mean: 12.1, sd: 30.5, n: 1500 }, treatment: { mean: 13.4, sd: 31.8, n: 1500 } },
      { control: { mean: 12.3, sd: 30.9, n: 3000 }, treatment: { mean: 13.2, sd: 31.2, n: 3000 } },
    ],
    control: { mean: 12.2, sd: 30.7, n: 4500 },
    treatment: { mean: 13.3, sd: 31.5, n: 4500 },
    alpha: 0.05,
    tuningN: 5000,
    tau: 1,
  },
  fields: { ...fields, control: 'Control (A), latest look', treatment: 'Treatment (B), latest look' },
  compute: means,
});
