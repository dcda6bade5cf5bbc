// sequential-proportions and sequential-means against gbstats' SequentialTwoSidedTTest (confidence
// sequence), scipy (fixed horizon) and the mSPRT formula (sequential.reference.ts, call beside each
// value); Evan Miller's simple sequential test against R; the spec's rules for se = 0, running minima,
// cumulative looks and invalid input.
import { describe, expect, it } from 'vitest';
import { calculate, StatsInputError } from '../../../../src/domain/stats';
import type { RefCase } from './reference';
import { caseName, checkCase, expectClose } from './reference';
import { sequentialCases } from './sequential.reference';

describe('against gbstats, scipy and the mSPRT formula', () => {
  it.each(sequentialCases.map((c) => [caseName(c), c] as [string, RefCase]))('%s', (_name, c) => checkCase(c));
});

const arm = (visitors: number, conversions: number) => ({ visitors, conversions });
const base = { alpha: 0.05, tuningN: 5000, tau: 0.01 };

describe("Evan Miller's simple sequential test", () => {
  // Rscript reference-scripts/wave2/simple_sequential.R:
  // N <- 922; d <- ceiling(2 * sqrt(N)); pbinom(ceiling((N + d)/2) - 1, N, 0.5, lower.tail = FALSE) +
  //   pbinom(ceiling((N + d + 1)/2) - 1, N, 0.5, lower.tail = FALSE), checked by a first-passage recursion
  it.each([
    [100, 0.046044066929342861],
    [400, 0.045635481404893041],
    [922, 0.044486262610092954],
    [1600, 0.045534023206017099],
  ])('N = %i: falsePositiveRate = %d', (n, expected) => {
    const r = calculate('sequential-proportions', { ...base, control: arm(10000, 100), treatment: arm(10000, 100), simpleSequentialN: n });
    expectClose(r.byMethod.simpleSequential?.falsePositiveRate, expected, 'rel', `N = ${n}`);
  });

  it('decides at the first look that crosses, in time order', () => {
    // N = 400: boundary 2 sqrt(400) = 40. Look 1: T - C = 41 >= 40, so the treatment wins there,
    // even though later looks fall back below the boundary and pass N conversions.
    const r = calculate('sequential-proportions', {
      ...base,
      simpleSequentialN: 400,
      earlierLooks: [{ control: arm(5000, 100), treatment: arm(5000, 141) }],
      control: arm(10000, 230),
      treatment: arm(10000, 240),
    });
    expect(r.byMethod.simpleSequential).toMatchObject({ boundary: 40, difference: 10, total: 470, decision: 'treatment-wins' });
  });

  it('stops with no winner once N conversions are in, and continues before', () => {
    const at = (c: number, t: number) => calculate('sequential-proportions', { ...base, simpleSequentialN: 400, control: arm(10000, c), treatment: arm(10000, t) }).byMethod.simpleSequential?.decision;
    expect(at(195, 205)).toBe('no-winner'); // T + C = 400 = N, T - C = 10 < 40
    expect(at(150, 180)).toBe('continue');
    expect(at(150, 190)).toBe('treatment-wins'); // T - C = 40 = boundary
    expect(calculate('sequential-proportions', { ...base, control: arm(100, 1), treatment: arm(100, 2) }).byMethod.simpleSequential).toBeNull();
  });
});

describe('looks without variation (se = 0)', () => {
  it('every look at 0%: all statistics null, nothing significant', () => {
    const r = calculate('sequential-proportions', { ...base, earlierLooks: [{ control: arm(1000, 0), treatment: arm(1000, 0) }], control: arm(3000, 0), treatment: arm(3000, 0) });
    expect(r.se).toBe(0);
    expect(r.fixedHorizon).toEqual({ z: null, pValue: null, ciLower: null, ciUpper: null, significant: false });
    expect(r.byMethod.confidenceSequence).toMatchObject({ halfWidth: null, ciLower: null, ciUpper: null, pValue: null, significant: false });
    expect(r.byMethod.mSPRT).toEqual({ logLambda: null, pValue: null, significant: false });
    expect(r.byLook.map((l) => [l.fixedPValue, l.csPValue, l.msprtPValue, l.csLower])).toEqual([[null, null, null, null], [null, null, null, null]]);
  });

  it('a latest look at 100% in both arms keeps the earlier looks’ always-valid p-values', () => {
    const earlier = { control: arm(5000, 4000), treatment: arm(5000, 4400) };
    const r = calculate('sequential-proportions', { ...base, earlierLooks: [earlier], control: arm(5000, 5000), treatment: arm(5000, 5000) });
    const first = calculate('sequential-proportions', { ...base, ...earlier });
    expect(r.fixedHorizon.pValue).toBeNull();
    expect(r.byMethod.confidenceSequence.halfWidth).toBeNull();
    expect(r.byMethod.mSPRT.logLambda).toBeNull();
    expect(r.byMethod.confidenceSequence.pValue).toBe(first.byMethod.confidenceSequence.pValue);
    expect(r.byMethod.mSPRT.pValue).toBe(first.byMethod.mSPRT.pValue);
    expect(r.byMethod.confidenceSequence.significant).toBe(first.byMethod.confidenceSequence.significant);
  });
});

describe('the spec’s identities', () => {
  it('with tau^2 = rho^2 n se^2 the mSPRT p-value equals the confidence-sequence p-value', () => {
    const look = { control: arm(6000, 611), treatment: arm(6000, 668) };
    const cs = calculate('sequential-proportions', { ...base, ...look });
    const tau = Math.sqrt(cs.byMethod.confidenceSequence.rho ** 2 * cs.n * cs.se ** 2);
    const ms = calculate('sequential-proportions', { ...base, ...look, tau });
    expectClose(ms.byMethod.mSPRT.pValue, cs.byMethod.confidenceSequence.pValue!, 'rel', 'mSPRT p with the matched tau');
  });

  it('the confidence-sequence p is below alpha exactly when its interval excludes 0', () => {
    for (const t of [640, 660, 680, 700, 720, 740, 760]) {
      const r = calculate('sequential-proportions', { ...base, control: arm(6000, 611), treatment: arm(6000, t) });
      const cs = r.byMethod.confidenceSequence;
      expect(cs.pValue! < 0.05, `treatment ${t}`).toBe(cs.ciLower! > 0 || cs.ciUpper! < 0);
    }
  });

  it('byLook lists the earlier looks, then the latest, with n of both arms', () => {
    const r = calculate('sequential-proportions', calculatorsExample());
    expect(r.byLook.map((l) => l.n)).toEqual([4000, 8000, 12000]);
    expect(r.n).toBe(12000);
  });
});

function calculatorsExample() {
  return {
    ...base,
    earlierLooks: [{ control: arm(2000, 200), treatment: arm(2000, 236) }, { control: arm(4000, 405), treatment: arm(4000, 452) }],
    control: arm(6000, 611),
    treatment: arm(6000, 668),
  };
}

const mean = (m: number, sd: number, n: number) => ({ mean: m, sd, n });

describe('invalid input names the field', () => {
  it.each([
    { name: 'tau missing', id: 'sequential-proportions', input: { control: arm(100, 10), treatment: arm(100, 12) }, field: 'tau', message: /tau is required/ },
    { name: 'tau 0', id: 'sequential-proportions', input: { ...base, tau: 0, control: arm(100, 10), treatment: arm(100, 12) }, field: 'tau' },
    { name: 'tuningN negative', id: 'sequential-means', input: { ...base, tuningN: -5, control: mean(1, 1, 10), treatment: mean(1, 1, 10) }, field: 'tuningN' },
    { name: 'visitors fall between looks', id: 'sequential-proportions', input: { ...base, earlierLooks: [{ control: arm(1200, 10), treatment: arm(1000, 10) }], control: arm(1100, 20), treatment: arm(1100, 20) }, field: 'earlierLooks.0.control.visitors', message: /^Look 1: Visitors in the control arm \(1200\) are more than at the latest look \(1100\)/ },
    { name: 'conversions fall from look 1 to look 2', id: 'sequential-proportions', input: { ...base, earlierLooks: [{ control: arm(1000, 10), treatment: arm(1000, 30) }, { control: arm(2000, 20), treatment: arm(2000, 25) }], control: arm(3000, 30), treatment: arm(3000, 40) }, field: 'earlierLooks.0.treatment.conversions', message: /look 2/ },
    { name: 'conversions above visitors in a look', id: 'sequential-proportions', input: { ...base, earlierLooks: [{ control: arm(100, 10), treatment: arm(100, 10) }, { control: arm(200, 250), treatment: arm(200, 20) }], control: arm(300, 30), treatment: arm(300, 30) }, field: 'earlierLooks.1.control.conversions', message: /^Look 2: Conversions \(250\) cannot exceed visitors \(200\) in the control arm$/ },
    { name: 'a look that is not an object', id: 'sequential-proportions', input: { ...base, earlierLooks: [5], control: arm(300, 30), treatment: arm(300, 30) }, field: 'earlierLooks.0' },
    { name: 'earlier looks not a list', id: 'sequential-proportions', input: { ...base, earlierLooks: 'x', control: arm(300, 30), treatment: arm(300, 30) }, field: 'earlierLooks' },
    { name: 'simpleSequentialN 0', id: 'sequential-proportions', input: { ...base, simpleSequentialN: 0, control: arm(300, 30), treatment: arm(300, 30) }, field: 'simpleSequentialN' },
    { name: 'simpleSequentialN fractional', id: 'sequential-proportions', input: { ...base, simpleSequentialN: 10.5, control: arm(300, 30), treatment: arm(300, 30) }, field: 'simpleSequentialN' },
    { name: 'n falls (means)', id: 'sequential-means', input: { ...base, earlierLooks: [{ control: mean(1, 1, 500), treatment: mean(1, 1, 400) }], control: mean(1, 1, 450), treatment: mean(1, 1, 450) }, field: 'earlierLooks.0.control.n' },
    { name: 'both sd 0 in an earlier look', id: 'sequential-means', input: { ...base, earlierLooks: [{ control: mean(1, 0, 50), treatment: mean(2, 0, 50) }], control: mean(1, 1, 100), treatment: mean(1, 1, 100) }, field: 'earlierLooks.0.control.sd', message: /^Look 1: Both standard deviations are 0/ },
    { name: 'both sd 0 at the latest look', id: 'sequential-means', input: { ...base, control: mean(1, 0, 100), treatment: mean(1, 0, 100) }, field: 'control.sd' },
    { name: 'n 1 at the latest look', id: 'sequential-means', input: { ...base, control: mean(1, 1, 1), treatment: mean(1, 1, 100) }, field: 'control.n' },
    { name: 'alpha 1', id: 'sequential-means', input: { ...base, alpha: 1, control: mean(1, 1, 100), treatment: mean(1, 1, 100) }, field: 'alpha' },
  ] as const)('$name', ({ id, input, field, message }) => {
    let thrown: unknown;
    try {
      calculate(id, input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatsInputError);
    expect((thrown as StatsInputError).field).toBe(field);
    if (message) expect((thrown as StatsInputError).message).toMatch(message);
  });
});
