// The peeking simulator: many seeded A/A (or A/B) experiments, each looked at K times, judged at every
// look by the rules of sequential-proportions. Shows how checking a fixed-horizon test repeatedly
// inflates its false-positive rate, and that the always-valid tests do not.
import { z } from 'zod';
import { seededBinomial } from '../binomial-draws';
import { tauSchema, tuningNSchema } from '../look-schemas';
import { alphaSchema, count, num, show } from '../schema-parts';
import { evaluateLook, sequentialRho } from '../sequential-math';
import { defineCalculator } from '../types';

export const MAX_SIMULATED_LOOKS = 10_000_000;

const rate = (label: string) =>
  num(label)
    .min(0, { error: (iss) => `${label} must be between 0 and 1 (got ${show(iss.input)})` })
    .max(1, { error: (iss) => `${label} must be between 0 and 1 (got ${show(iss.input)})` });
const whole = (label: string, min: number, max: number) =>
  count(label)
    .min(min, { error: (iss) => `${label} must be at least ${min.toLocaleString('en-US')} (got ${show(iss.input)})` })
    .max(max, { error: (iss) => `${label} must be at most ${max.toLocaleString('en-US')} (got ${show(iss.input)})` });

const schema = z
  .object({
    looks: whole('Looks', 1, 100).default(10),
    nPerLookPerArm: whole('Visitors per arm between looks', 1, Number.MAX_SAFE_INTEGER).default(1000),
    controlRate: rate('The control conversion rate').default(0.1),
    treatmentRate: rate('The treatment conversion rate').optional(),
    alpha: alphaSchema,
    runs: whole('Simulated experiments', 1, 1_000_000).default(10_000),
    seed: whole('The seed', 0, 2 ** 32 - 1).default(1),
    tuningN: tuningNSchema,
    tau: tauSchema,
  })
  .superRefine((v, ctx) => {
    if (v.runs * v.looks > MAX_SIMULATED_LOOKS) {
      ctx.addIssue({ code: 'custom', path: ['runs'], message: `${v.runs.toLocaleString('en-US')} experiments × ${v.looks} looks is more than 10,000,000 looks: at most ${Math.floor(MAX_SIMULATED_LOOKS / v.looks).toLocaleString('en-US')} experiments with ${v.looks} looks` });
    }
  })
  .transform((v) => ({ ...v, treatmentRate: v.treatmentRate ?? v.controlRate }));
export type PeekingSimulatorInput = z.infer<typeof schema>;

export interface SimulatedMethod {
  /** Experiments where some look rejected. */
  rejections: number;
  rejectionRate: number;
  /** Monte Carlo standard error of the rate. */
  mcError: number;
  /** Share of experiments rejected at or before look k (index k - 1). */
  cumulativeRejectionRate: number[];
}

export interface PeekingSimulatorOutput {
  byMethod: { fixedHorizon: SimulatedMethod; confidenceSequence: SimulatedMethod; mSPRT: SimulatedMethod };
}

const METHODS = ['fixedHorizon', 'confidenceSequence', 'mSPRT'] as const;

/** `onProgress(done, runs)` is called every few thousand experiments (a worker reports it). */
export function simulatePeeking(input: PeekingSimulatorInput, onProgress?: (done: number, total: number) => void): PeekingSimulatorOutput {
  const { looks, nPerLookPerArm: m, controlRate, treatmentRate, alpha, runs, tau } = input;
  const draw = seededBinomial(input.seed);
  const rho = sequentialRho(alpha, input.tuningN);
  // firstReject[method][k]: experiments whose first rejection was at look k.
  const firstReject = METHODS.map(() => new Float64Array(looks));
  // About every 20,000 looks, so a default run reports ten times.
  const step = Math.max(1, Math.floor(20_000 / looks));
  for (let run = 0; run < runs; run++) {
    let cA = 0;
    let cB = 0;
    const seen = [false, false, false];
    for (let k = 0; k < looks; k++) {
      cA += draw(m, controlRate);
      cB += draw(m, treatmentRate);
      const visitors = (k + 1) * m;
      const pA = cA / visitors;
      const pB = cB / visitors;
      const r = evaluateLook({ n: 2 * visitors, diff: pB - pA, se: Math.sqrt((pA * (1 - pA) + pB * (1 - pB)) / visitors) }, rho, alpha, tau);
      const ps = [r.fixedPValue, r.csPValue, r.msprtPValue];
      for (let j = 0; j < 3; j++) {
        const p = ps[j];
        if (!seen[j] && p !== null && p < alpha) {
          seen[j] = true;
          firstReject[j]![k]! += 1;
        }
      }
    }
    if (onProgress && (run + 1) % step === 0) onProgress(run + 1, runs);
  }
  onProgress?.(runs, runs);
  const summarise = (counts: Float64Array): SimulatedMethod => {
    let total = 0;
    const cumulativeRejectionRate = Array.from(counts, (c) => (total += c) / runs);
    const rejectionRate = total / runs;
    return { rejections: total, rejectionRate, mcError: Math.sqrt((rejectionRate * (1 - rejectionRate)) / runs), cumulativeRejectionRate };
  };
  return { byMethod: { fixedHorizon: summarise(firstReject[0]!), confidenceSequence: summarise(firstReject[1]!), mSPRT: summarise(firstReject[2]!) } };
}

export const peekingSimulator = defineCalculator({
  id: 'peeking-simulator',
  title: 'Peeking simulator',
  description: 'Simulates thousands of experiments checked at every look: how often a fixed-horizon test “finds” an effect that is not there, against the always-valid sequential tests.',
  category: 'modern',
  schema,
  example: { looks: 20, nPerLookPerArm: 1000, controlRate: 0.1, treatmentRate: 0.1, alpha: 0.05, runs: 10_000, seed: 1, tuningN: 5000, tau: 0.01 },
  fields: {
    looks: 'Looks per experiment',
    nPerLookPerArm: 'Visitors per arm between looks',
    controlRate: 'Conversion rate of A',
    treatmentRate: 'Conversion rate of B',
    alpha: 'Significance level',
    runs: 'Simulated experiments',
    seed: 'Seed',
    tuningN: 'Tuning parameter N*',
    tau: 'mSPRT mixing sd τ',
  },
  compute: (input) => simulatePeeking(input),
  computeWithProgress: simulatePeeking,
});
