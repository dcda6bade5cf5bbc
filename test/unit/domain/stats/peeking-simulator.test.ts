// The peeking simulator against 2,000,000 runs of the same model in numpy and exact enumeration for one
// look (peeking.reference.json, written by reference-scripts/wave2/peeking_reference.py; each entry holds
// its call), within the spec's tolerance 4 sqrt(ref (1 - ref) / runs) + 4 x the reference's own error;
// Armitage, McPherson & Rowe (1969) for the inflation; determinism; invalid input.
import { describe, expect, it } from 'vitest';
import { calculate, StatsInputError } from '../../../../src/domain/stats';
import reference from './peeking.reference.json';

const METHODS = ['fixedHorizon', 'confidenceSequence', 'mSPRT'] as const;
const RUNS = 20_000;

function within(actual: number, ref: number, runs: number, refRuns: number, label: string) {
  const bound = 4 * Math.sqrt((ref * (1 - ref)) / runs) + 4 * Math.sqrt((ref * (1 - ref)) / refRuns);
  expect(Math.abs(actual - ref), `${label}: ${actual} against ${ref} (bound ${bound})`).toBeLessThanOrEqual(bound);
}

describe('against numpy (2,000,000 runs) and exact enumeration', () => {
  it.each(reference.simulated.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = { looks: c.K, nPerLookPerArm: c.m, controlRate: c.rate_a, treatmentRate: c.rate_b, alpha: c.alpha, tuningN: c.tuning_n, tau: c.tau, runs: RUNS, seed: 7 };
    const r = calculate('peeking-simulator', input);
    // One look's rate is known exactly where the model has one (no effect, K = 1).
    const exact = reference.exact.find((e) => e.m === c.m && e.rate === c.rate_a && c.rate_a === c.rate_b && e.alpha === c.alpha);
    for (const method of METHODS) {
      const got = r.byMethod[method];
      const ref = c.cumulative[method];
      expect(got.cumulativeRejectionRate).toHaveLength(c.K);
      for (let k = 0; k < c.K; k++) {
        if (k === 0 && exact) within(got.cumulativeRejectionRate[0]!, exact.rates[method], RUNS, Number.POSITIVE_INFINITY, `${method} look 1 vs ${exact.call}`);
        else within(got.cumulativeRejectionRate[k]!, ref[k]!, RUNS, reference.runs, `${method} look ${k + 1} vs ${c.call}`);
      }
      expect(got.rejectionRate).toBe(got.cumulativeRejectionRate[c.K - 1]);
      expect(got.rejections / RUNS).toBe(got.rejectionRate);
      expect(got.mcError).toBeCloseTo(Math.sqrt((got.rejectionRate * (1 - got.rejectionRate)) / RUNS), 15);
      for (let k = 1; k < c.K; k++) expect(got.cumulativeRejectionRate[k]!).toBeGreaterThanOrEqual(got.cumulativeRejectionRate[k - 1]!);
    }
  });

  it('shows the inflation Armitage, McPherson & Rowe (1969) tabulate, and the sequential tests stay at or below alpha', () => {
    const r = calculate('peeking-simulator', { looks: 20, nPerLookPerArm: 1000, controlRate: 0.1, runs: RUNS, seed: 3, tau: 0.01 });
    // Two-sided 0.05, normal data, K equally spaced looks: 0.05, 0.083, 0.142, 0.193, 0.248 (their Table 2).
    for (const [looks, rate] of [[1, 0.05], [2, 0.083], [5, 0.142], [10, 0.193], [20, 0.248]] as const) {
      within(r.byMethod.fixedHorizon.cumulativeRejectionRate[looks - 1]!, rate, RUNS, Number.POSITIVE_INFINITY, `fixed horizon after ${looks} looks`);
    }
    expect(r.byMethod.confidenceSequence.rejectionRate).toBeLessThanOrEqual(0.05);
    expect(r.byMethod.mSPRT.rejectionRate).toBeLessThanOrEqual(0.05);
  });
});

describe('seeded and deterministic', () => {
  const input = { looks: 8, nPerLookPerArm: 300, controlRate: 0.07, runs: 3000, tau: 0.02 };
  it('the same input gives the same output; another seed another one', () => {
    const a = calculate('peeking-simulator', { ...input, seed: 42 });
    expect(calculate('peeking-simulator', { ...input, seed: 42 })).toEqual(a);
    expect(calculate('peeking-simulator', { ...input, seed: 43 })).not.toEqual(a);
    expect(calculate('peeking-simulator', { ...input, seed: 0 })).not.toEqual(calculate('peeking-simulator', { ...input, seed: 2 ** 32 - 1 }));
  });

  it('defaults: 10 looks of 1,000, 10%, an A/A test, 10,000 runs, seed 1', () => {
    const r = calculate('peeking-simulator', { tau: 0.01 });
    expect(r.byMethod.fixedHorizon.cumulativeRejectionRate).toHaveLength(10);
    expect(calculate('peeking-simulator', { tau: 0.01, looks: 10, nPerLookPerArm: 1000, controlRate: 0.1, treatmentRate: 0.1, runs: 10_000, seed: 1 })).toEqual(r);
  });

  it('rates of 0 and 1 never reject (no variation)', () => {
    for (const rate of [0, 1]) {
      const r = calculate('peeking-simulator', { ...input, controlRate: rate, treatmentRate: rate, seed: 1 });
      for (const m of METHODS) expect(r.byMethod[m].rejections).toBe(0);
    }
  });

  it('reports progress up to every run', () => {
    // The worker path: calculateWithProgress on the same engine.
    return import('../../../../src/domain/stats').then(({ calculateWithProgress }) => {
      const seen: number[] = [];
      calculateWithProgress('peeking-simulator', { ...input, runs: 20_000, seed: 1 }, (done, total) => seen.push(done / total));
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.at(-1)).toBe(1);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    });
  });
});

describe('invalid input names the field', () => {
  it.each([
    { name: 'runs x looks above 10^7', input: { tau: 0.01, looks: 100, runs: 100_001 }, field: 'runs', message: /more than 10,000,000 looks: at most 100,000 experiments with 100 looks/ },
    { name: 'runs above a million', input: { tau: 0.01, looks: 1, runs: 1_000_001 }, field: 'runs' },
    { name: 'no runs', input: { tau: 0.01, runs: 0 }, field: 'runs' },
    { name: 'looks 0', input: { tau: 0.01, looks: 0 }, field: 'looks' },
    { name: 'looks 101', input: { tau: 0.01, looks: 101 }, field: 'looks', message: /at most 100/ },
    { name: 'fractional looks', input: { tau: 0.01, looks: 2.5 }, field: 'looks' },
    { name: 'no visitors between looks', input: { tau: 0.01, nPerLookPerArm: 0 }, field: 'nPerLookPerArm' },
    { name: 'a rate above 1', input: { tau: 0.01, controlRate: 1.2 }, field: 'controlRate', message: /between 0 and 1/ },
    { name: 'a negative rate', input: { tau: 0.01, treatmentRate: -0.1 }, field: 'treatmentRate' },
    { name: 'a negative seed', input: { tau: 0.01, seed: -1 }, field: 'seed' },
    { name: 'a seed of 2^32', input: { tau: 0.01, seed: 2 ** 32 }, field: 'seed', message: /at most 4,294,967,295/ },
    { name: 'tau missing', input: {}, field: 'tau' },
    { name: 'tuningN 0', input: { tau: 0.01, tuningN: 0 }, field: 'tuningN' },
  ])('$name', ({ input, field, message }) => {
    let thrown: unknown;
    try {
      calculate('peeking-simulator', input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatsInputError);
    expect((thrown as StatsInputError).field).toBe(field);
    if (message) expect((thrown as StatsInputError).message).toMatch(message);
  });
});
