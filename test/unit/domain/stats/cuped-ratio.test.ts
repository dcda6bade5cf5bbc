// cuped and ratio-metric against gbstats (RegressionAdjustedStatistic, RatioStatistic, TwoSidedTTest)
// on sums of seeded numpy data (cuped-ratio.reference.ts, call beside each value), and the spec's rules
// for degenerate covariates, impossible sums and a zero baseline.
import { describe, expect, it } from 'vitest';
import { calculate, StatsInputError } from '../../../../src/domain/stats';
import { cupedRatioCases } from './cuped-ratio.reference';
import type { RefCase } from './reference';
import { caseName, checkCase } from './reference';

describe('against gbstats', () => {
  it.each(cupedRatioCases.map((c) => [caseName(c), c] as [string, RefCase]))('%s', (_name, c) => checkCase(c));
});

const cupedArm = (n: number, sumY: number, sumY2: number, sumX: number, sumX2: number, sumXY: number) => ({ n, sumY, sumY2, sumX, sumX2, sumXY });
const ratioArm = (n: number, sumM: number, sumM2: number, sumD: number, sumD2: number, sumMD: number) => ({ n, sumM, sumM2, sumD, sumD2, sumMD });

describe('CUPED edge cases', () => {
  it('a constant covariate gives theta 0, no correlation, and the plain comparison', () => {
    // X = 1 for every user: sumX = n, sumX2 = n, sumXY = sumY.
    const r = calculate('cuped', { control: cupedArm(10, 100, 1300, 10, 10, 100), treatment: cupedArm(10, 120, 1700, 10, 10, 120) });
    expect(r.theta).toBe(0);
    expect(r.correlation).toBeNull();
    expect(r.sampleSizeFactor).toBeNull();
    expect(r.diff).toBe(r.diffUnadjusted);
    expect(r.se).toBe(r.seUnadjusted);
    expect(r.varianceReduction).toBe(0);
  });

  it('no variation at all: z, p and the interval are null, not significant', () => {
    // Y = 2 and X = 1 for every user.
    const r = calculate('cuped', { control: cupedArm(5, 10, 20, 5, 5, 10), treatment: cupedArm(5, 10, 20, 5, 5, 10) });
    expect(r.se).toBe(0);
    expect([r.z, r.pValue, r.ciLower, r.ciUpper, r.varianceReduction]).toEqual([null, null, null, null, null]);
    expect(r.significant).toBe(false);
  });

  it('Y = X exactly (binary, sumY2 = sumY): the adjusted variance is 0 up to rounding, never negative', () => {
    const r = calculate('cuped', { control: cupedArm(100, 30, 30, 30, 30, 30), treatment: cupedArm(100, 40, 40, 40, 40, 40) });
    expect(r.correlation).toBeCloseTo(1, 12);
    expect(r.se).toBeGreaterThanOrEqual(0);
    expect(r.se).toBeLessThan(1e-7);
  });
});

describe('ratio edge cases', () => {
  it('a control ratio of 0 leaves every relative field null', () => {
    const r = calculate('ratio-metric', { control: ratioArm(10, 0, 0, 20, 50, 0), treatment: ratioArm(10, 5, 5, 20, 50, 12) });
    expect(r.controlRatio).toBe(0);
    expect([r.relativeLift, r.relativeSe, r.relativeCiLower, r.relativeCiUpper]).toEqual([null, null, null, null]);
    expect(r.pValue).not.toBeNull();
  });

  it('M exactly twice D for every user in both arms: the ratio does not vary, z and p are null', () => {
    // D = (1, 1, 1), M = (2, 2, 2) per user: sumM2 = 12, sumD2 = 3, sumMD = 6.
    const r = calculate('ratio-metric', { control: ratioArm(3, 6, 12, 3, 3, 6), treatment: ratioArm(3, 6, 12, 3, 3, 6) });
    expect(r.se).toBe(0);
    expect([r.z, r.pValue, r.ciLower, r.relativeCiLower]).toEqual([null, null, null, null]);
  });
});

describe('invalid sums name the field', () => {
  it.each([
    { name: 'sum of squares too small', id: 'cuped', input: { control: cupedArm(10, 100, 500, 10, 20, 100), treatment: cupedArm(10, 100, 1300, 10, 20, 100) }, field: 'control.sumY2', message: /^The sum of squares of Y in the control arm \(500\) is too small for its sum \(100\) over 10 units/ },
    { name: 'cross sum beyond Cauchy-Schwarz', id: 'cuped', input: { control: cupedArm(10, 100, 1300, 10, 20, 100), treatment: cupedArm(10, 100, 1300, 10, 20, 900) }, field: 'treatment.sumXY', message: /correlation would be beyond ±1/ },
    { name: 'n 1', id: 'cuped', input: { control: cupedArm(1, 1, 1, 1, 1, 1), treatment: cupedArm(10, 100, 1300, 10, 20, 100) }, field: 'control.n', message: /at least 2/ },
    { name: 'a sum that is not a number', id: 'cuped', input: { control: { ...cupedArm(10, 100, 1300, 10, 20, 100), sumX: 'x' }, treatment: cupedArm(10, 100, 1300, 10, 20, 100) }, field: 'control.sumX', message: /finite number/ },
    { name: 'an infinite sum', id: 'ratio-metric', input: { control: ratioArm(10, Infinity, 1, 10, 20, 1), treatment: ratioArm(10, 1, 1, 10, 20, 1) }, field: 'control.sumM' },
    { name: 'denominator 0', id: 'ratio-metric', input: { control: ratioArm(10, 5, 5, 0, 0, 0), treatment: ratioArm(10, 5, 5, 10, 20, 8) }, field: 'control.sumD', message: /must be greater than 0 \(got 0\)/ },
    { name: 'negative variance of D', id: 'ratio-metric', input: { control: ratioArm(10, 5, 5, 10, 20, 8), treatment: ratioArm(10, 5, 5, 20, 30, 8) }, field: 'treatment.sumD2', message: /sum of squares of D in the treatment arm/ },
    { name: 'cross sum M·D beyond ±1', id: 'ratio-metric', input: { control: ratioArm(10, 5, 5, 10, 20, 300), treatment: ratioArm(10, 5, 5, 10, 20, 8) }, field: 'control.sumMD' },
    { name: 'missing arm', id: 'ratio-metric', input: { control: ratioArm(10, 5, 5, 10, 20, 8) }, field: 'treatment' },
    { name: 'alpha 0', id: 'cuped', input: { control: cupedArm(10, 100, 1300, 10, 20, 100), treatment: cupedArm(10, 100, 1300, 10, 20, 100), alpha: 0 }, field: 'alpha' },
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

  it('a variance a hair below 0 from rounding counts as 0', () => {
    // Y = 3 for 10 users: sumY2 = 90 exactly; 90 - 1e-12 is rounding, not an error.
    expect(() => calculate('cuped', { control: cupedArm(10, 30, 90 - 1e-12, 10, 20, 30), treatment: cupedArm(10, 30, 91, 10, 20, 30) })).not.toThrow();
  });
});
