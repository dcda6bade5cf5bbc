import { describe, expect, it } from 'vitest';
import type { CalculatorId } from '../../../../src/domain/stats';
import { calculate, calculatorIds, calculators, defaultInput, StatsInputError } from '../../../../src/domain/stats';

interface InvalidCase {
  name: string;
  id: CalculatorId;
  input: unknown;
  field: string;
  message?: RegExp;
}

const arms = (control: unknown, treatment: unknown) => ({ control, treatment });
const ok = { visitors: 1000, conversions: 100 };
const meanOk = { mean: 10, sd: 2, n: 30 };

const invalid: InvalidCase[] = [
  { name: 'conversions above visitors', id: 'two-proportion-z-test', input: arms(ok, { visitors: 1000, conversions: 1200 }), field: 'treatment.conversions', message: /^Conversions \(1200\) cannot exceed visitors \(1000\) in the treatment arm$/ },
  { name: 'conversions above visitors (Bayesian)', id: 'bayesian-ab', input: arms({ visitors: 10, conversions: 11 }, ok), field: 'control.conversions', message: /control arm/ },
  { name: 'conversions above visitors (lift CI)', id: 'relative-lift-ci', input: arms(ok, { visitors: 5, conversions: 6 }), field: 'treatment.conversions' },
  { name: 'negative visitors', id: 'two-proportion-z-test', input: arms({ visitors: -5, conversions: 0 }, ok), field: 'control.visitors', message: /cannot be negative \(got -5\)/ },
  { name: 'negative conversions', id: 'bayesian-ab', input: arms(ok, { visitors: 10, conversions: -1 }), field: 'treatment.conversions', message: /negative/ },
  { name: 'fractional conversions', id: 'two-proportion-z-test', input: arms({ visitors: 100, conversions: 10.5 }, ok), field: 'control.conversions', message: /whole number \(got 10\.5\)/ },
  { name: 'fractional visitors', id: 'relative-lift-ci', input: arms(ok, { visitors: 99.9, conversions: 1 }), field: 'treatment.visitors', message: /whole number/ },
  { name: 'zero visitors', id: 'two-proportion-z-test', input: arms({ visitors: 0, conversions: 0 }, ok), field: 'control.visitors', message: /at least 1/ },
  { name: 'zero visitors (Bayesian)', id: 'bayesian-ab', input: arms(ok, { visitors: 0, conversions: 0 }), field: 'treatment.visitors' },
  { name: 'missing arm', id: 'two-proportion-z-test', input: { control: ok }, field: 'treatment' },
  { name: 'count as a string', id: 'two-proportion-z-test', input: arms({ visitors: '100', conversions: 1 }, ok), field: 'control.visitors', message: /finite number/ },
  { name: 'n < 2 (Welch)', id: 'welch-t-test', input: arms({ ...meanOk, n: 1 }, meanOk), field: 'control.n', message: /at least 2 \(got 1\)/ },
  { name: 'n < 2 (Student)', id: 'student-t-test', input: arms(meanOk, { ...meanOk, n: 0 }), field: 'treatment.n' },
  { name: 'n < 2 (one-sample)', id: 'one-sample-t-test', input: { sample: { ...meanOk, n: 1 } }, field: 'sample.n' },
  { name: 'fractional n', id: 'welch-t-test', input: arms({ ...meanOk, n: 10.5 }, meanOk), field: 'control.n' },
  { name: 'negative sd', id: 'welch-t-test', input: arms(meanOk, { ...meanOk, sd: -1 }), field: 'treatment.sd', message: /cannot be negative/ },
  { name: 'both sd 0', id: 'student-t-test', input: arms({ ...meanOk, sd: 0 }, { ...meanOk, sd: 0 }), field: 'control.sd', message: /Both standard deviations are 0/ },
  { name: 'one-sample sd 0', id: 'one-sample-t-test', input: { sample: { ...meanOk, sd: 0 } }, field: 'sample.sd' },
  { name: 'nPerArm < 2 (proportions)', id: 'power-proportions', input: { baselineRate: 0.1, treatmentRate: 0.2, nPerArm: 1 }, field: 'nPerArm', message: /at least 2/ },
  { name: 'nPerArm < 2 (means)', id: 'mde-means', input: { sd: 1, nPerArm: 1 }, field: 'nPerArm' },
  { name: 'alpha 0', id: 'two-proportion-z-test', input: { ...arms(ok, ok), alpha: 0 }, field: 'alpha', message: /between 0 and 1/ },
  { name: 'alpha 1', id: 'welch-t-test', input: { ...arms(meanOk, meanOk), alpha: 1 }, field: 'alpha' },
  { name: 'alpha negative', id: 'sample-size-proportions', input: { baselineRate: 0.1, mde: 0.1, alpha: -0.05 }, field: 'alpha' },
  { name: 'alpha above 1', id: 'normal-critical-value', input: { alpha: 5 }, field: 'alpha', message: /\(got 5\)/ },
  { name: 'alpha above 1 (t)', id: 't-critical-value', input: { alpha: 1.5, df: 10 }, field: 'alpha' },
  { name: 'alpha 0 (Wilson)', id: 'proportion-ci-wilson', input: { successes: 1, trials: 10, alpha: 0 }, field: 'alpha' },
  { name: 'power 1', id: 'sample-size-proportions', input: { baselineRate: 0.1, mde: 0.1, power: 1 }, field: 'power', message: /Power must be between 0 and 1/ },
  { name: 'power 0', id: 'mde-means', input: { sd: 1, nPerArm: 100, power: 0 }, field: 'power' },
  { name: 'power above 1', id: 'sample-size-means', input: { sd: 1, mde: 0.1, power: 80 }, field: 'power' },
  { name: 'power not above alpha', id: 'mde-proportions', input: { baselineRate: 0.1, nPerArm: 100, alpha: 0.05, power: 0.04 }, field: 'power', message: /larger than alpha/ },
  { name: 'baseline 0', id: 'sample-size-proportions', input: { baselineRate: 0, mde: 0.01, mdeType: 'absolute' }, field: 'baselineRate' },
  { name: 'baseline 1', id: 'mde-proportions', input: { baselineRate: 1, nPerArm: 100 }, field: 'baselineRate' },
  { name: 'baseline above 1', id: 'power-proportions', input: { baselineRate: 1.2, treatmentRate: 0.5, nPerArm: 100 }, field: 'baselineRate' },
  { name: 'treatment rate 1', id: 'power-proportions', input: { baselineRate: 0.2, treatmentRate: 1, nPerArm: 100 }, field: 'treatmentRate' },
  { name: 'zero MDE (proportions)', id: 'sample-size-proportions', input: { baselineRate: 0.1, mde: 0 }, field: 'mde', message: /cannot be 0/ },
  { name: 'zero MDE (means)', id: 'sample-size-means', input: { sd: 1, mde: 0 }, field: 'mde', message: /cannot be 0/ },
  { name: 'zero MDE (power of means)', id: 'power-means', input: { sd: 1, mde: 0, nPerArm: 100 }, field: 'mde' },
  { name: 'MDE beyond 100%', id: 'sample-size-proportions', input: { baselineRate: 0.6, mde: 0.5, mdeType: 'absolute' }, field: 'mde', message: /between 0 and 1/ },
  { name: 'sd 0 (planning)', id: 'sample-size-means', input: { sd: 0, mde: 1 }, field: 'sd' },
  { name: 'unknown mdeType', id: 'sample-size-proportions', input: { baselineRate: 0.1, mde: 0.1, mdeType: 'percent' }, field: 'mdeType' },
  { name: 'unknown alternative', id: 'two-proportion-z-test', input: { ...arms(ok, ok), alternative: 'sideways' }, field: 'alternative', message: /two-sided, greater, less/ },
  { name: 'test alternative for planning', id: 'power-means', input: { sd: 1, mde: 1, nPerArm: 10, alternative: 'greater' }, field: 'alternative' },
  { name: 'negative cell', id: 'chi-square-independence', input: { table: [[1, -2], [3, 4]] }, field: 'table.0.1', message: /negative/ },
  { name: 'fractional cell', id: 'chi-square-independence', input: { table: [[1, 2], [3.5, 4]] }, field: 'table.1.0' },
  { name: 'empty row', id: 'chi-square-independence', input: { table: [[5, 6], [0, 0]] }, field: 'table.1', message: /Row 2 has no counts/ },
  { name: 'empty column', id: 'chi-square-independence', input: { table: [[0, 6], [0, 7]] }, field: 'table', message: /Column 1 has no counts/ },
  { name: 'ragged table', id: 'chi-square-independence', input: { table: [[1, 2, 3], [4, 5]] }, field: 'table.1' },
  { name: 'single row', id: 'chi-square-independence', input: { table: [[1, 2]] }, field: 'table' },
  { name: 'single column', id: 'chi-square-independence', input: { table: [[1], [2]] }, field: 'table.0' },
  { name: 'ratios of wrong length', id: 'srm-check', input: { observed: [100, 100], expectedRatios: [0.5, 0.3, 0.2] }, field: 'expectedRatios', message: /3 entries but there are 2/ },
  { name: 'ratios not summing to 1', id: 'srm-check', input: { observed: [100, 100], expectedRatios: [0.6, 0.6] }, field: 'expectedRatios', message: /sum to 1/ },
  { name: 'zero ratio', id: 'srm-check', input: { observed: [100, 100], expectedRatios: [1, 0] }, field: 'expectedRatios.1' },
  { name: 'negative observed count', id: 'srm-check', input: { observed: [100, -1] }, field: 'observed.1' },
  { name: 'no observations', id: 'srm-check', input: { observed: [0, 0] }, field: 'observed' },
  { name: 'single arm', id: 'srm-check', input: { observed: [100] }, field: 'observed' },
  { name: 'SRM threshold 0', id: 'srm-check', input: { observed: [100, 100], threshold: 0 }, field: 'threshold' },
  { name: 'successes above trials', id: 'proportion-ci-wilson', input: { successes: 11, trials: 10 }, field: 'successes', message: /^Successes \(11\) cannot exceed trials \(10\)$/ },
  { name: 'zero trials', id: 'proportion-ci-wald', input: { successes: 0, trials: 0 }, field: 'trials' },
  { name: 'p = 0', id: 'normal-quantile', input: { p: 0 }, field: 'p' },
  { name: 'p = 1', id: 't-quantile', input: { p: 1, df: 3 }, field: 'p' },
  { name: 'p missing', id: 'normal-quantile', input: {}, field: 'p', message: /is required/ },
  { name: 'df 0', id: 't-quantile', input: { p: 0.5, df: 0 }, field: 'df' },
  { name: 'df negative', id: 't-critical-value', input: { alpha: 0.05, df: -3 }, field: 'df' },
  { name: 'z not a number', id: 'normal-tail-probability', input: { z: 'abc' }, field: 'z' },
  { name: 'z infinite', id: 'normal-tail-probability', input: { z: Infinity }, field: 'z' },
  { name: 'prior alpha 0', id: 'bayesian-ab', input: { ...arms(ok, ok), prior: { alpha: 0, beta: 1 } }, field: 'prior.alpha' },
  { name: 'prior beta negative', id: 'bayesian-ab', input: { ...arms(ok, ok), prior: { alpha: 1, beta: -1 } }, field: 'prior.beta' },
  // Counts beyond 2^53 - 1 are too large to be exact, and the message says so (not "whole number").
  { name: 'visitors 1e308', id: 'two-proportion-z-test', input: arms({ visitors: 1e308, conversions: 1 }, ok), field: 'control.visitors', message: /^Visitors in the control arm must be at most 9,007,199,254,740,991: 1e\+308 is too large$/ },
  { name: 'nPerArm 2^53', id: 'power-proportions', input: { baselineRate: 0.1, treatmentRate: 0.2, nPerArm: 2 ** 53 }, field: 'nPerArm', message: /too large/ },
  // A design no experiment can run gets a field message instead of numbers past 2^53.
  { name: 'relative MDE 1e-7', id: 'sample-size-proportions', input: { baselineRate: 0.1, mde: 1e-7, mdeType: 'relative' }, field: 'mde', message: /needs more than 9 quadrillion visitors per arm/ },
  { name: 'absolute MDE 1e-9', id: 'sample-size-proportions', input: { baselineRate: 0.5, mde: 1e-9, mdeType: 'absolute' }, field: 'mde', message: /9 quadrillion/ },
  { name: 'MDE of 1e-9 sd (means)', id: 'sample-size-means', input: { sd: 1, mde: 1e-9 }, field: 'mde', message: /9 quadrillion/ },
];

describe('invalid input throws StatsInputError with the dotted field', () => {
  it.each(invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    let thrown: unknown;
    try {
      calculate(c.id, c.input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatsInputError);
    const err = thrown as StatsInputError;
    expect(err.field).toBe(c.field);
    expect(err.message.length).toBeGreaterThan(10);
    if (c.message) expect(err.message).toMatch(c.message);
  });

  it('rejects an unknown calculator id', () => {
    expect(() => calculate('no-such-calculator' as CalculatorId, {})).toThrow(StatsInputError);
  });
});

/** Every number anywhere in a result must be finite: undefined values are null. */
function assertNoNaN(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertNoNaN(v, `${path}.${k}`);
}

describe('the largest designs still answer', () => {
  it('a relative MDE of 1e-6 gives exact counts below 2^53', () => {
    const r = calculate('sample-size-proportions', { baselineRate: 0.1, mde: 1e-6, mdeType: 'relative' });
    expect(Number.isSafeInteger(r.byMethod.pooled.nPerArm)).toBe(true);
  });
});

describe('undefined results are null, never NaN', () => {
  const zero = { visitors: 500, conversions: 0 };
  const full = { visitors: 500, conversions: 500 };
  it('both arms at 0%: z, pValue and relativeLift are null', () => {
    const r = calculate('two-proportion-z-test', arms(zero, zero));
    expect(r.z).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.relativeLift).toBeNull();
    expect(r.significant).toBe(false);
    expect(r.diff).toBe(0);
    assertNoNaN(r);
  });
  it('both arms at 100%: z and pValue are null, relativeLift is 0', () => {
    const r = calculate('two-proportion-z-test', arms(full, full));
    expect(r.z).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.relativeLift).toBe(0);
    assertNoNaN(r);
  });
  it('control at 0%: relative lift and its intervals are null', () => {
    expect(calculate('two-proportion-z-test', arms(zero, ok)).relativeLift).toBeNull();
    const lift = calculate('relative-lift-ci', arms(zero, ok));
    expect(lift).toEqual({ relativeLift: null, se: null, ciLower: null, ciUpper: null, logMethod: { ciLower: null, ciUpper: null } });
  });
  it('treatment at 0%: lift is -1, the log-scale interval is null', () => {
    const lift = calculate('relative-lift-ci', arms(ok, zero));
    expect(lift.relativeLift).toBe(-1);
    expect(lift.logMethod).toEqual({ ciLower: null, ciUpper: null });
    assertNoNaN(lift);
  });
  it('one-sided tests return null intervals', () => {
    const r = calculate('welch-t-test', { ...arms(meanOk, meanOk), alternative: 'greater' });
    expect(r.ciLower).toBeNull();
    expect(r.ciUpper).toBeNull();
  });
  it('an MDE that no treatment rate reaches is null', () => {
    const r = calculate('mde-proportions', { baselineRate: 0.5, nPerArm: 2, power: 0.99 });
    expect(r.byMethod.pooled.treatmentRate).toBeNull();
    expect(r.byMethod.pooled.relativeMde).toBeNull();
    assertNoNaN(r);
  });
  it.each([
    ['bayesian-ab', arms(zero, full)],
    ['bayesian-ab', arms(zero, zero)],
    ['bayesian-ab', { ...arms(zero, { visitors: 1, conversions: 1 }), prior: { alpha: 0.1, beta: 0.1 } }],
    ['proportion-ci-wilson', { successes: 0, trials: 1 }],
    ['proportion-ci-wald', { successes: 1, trials: 1 }],
    ['welch-t-test', arms({ mean: 1, sd: 0, n: 2 }, { mean: 1, sd: 1, n: 2 })],
    ['chi-square-independence', { table: [[1, 0], [0, 1]], yatesCorrection: true }],
  ] as const)('%s stays finite on edge input %#', (id, input) => {
    assertNoNaN(calculate(id, input));
  });
});

describe('registry', () => {
  const specIds = [
    'two-proportion-z-test', 'welch-t-test', 'student-t-test', 'one-sample-t-test', 'chi-square-independence', 'srm-check',
    'sample-size-proportions', 'power-proportions', 'mde-proportions', 'sample-size-means', 'power-means', 'mde-means',
    'normal-quantile', 't-quantile', 'normal-critical-value', 't-critical-value', 'normal-tail-probability',
    'proportion-ci-wilson', 'proportion-ci-wald', 'bayesian-ab', 'relative-lift-ci',
    // second wave
    'multiple-testing-correction', 'sequential-proportions', 'sequential-means', 'cuped', 'ratio-metric', 'peeking-simulator',
  ];
  it('holds every calculator of the spec, each keyed by its own id', () => {
    expect([...calculatorIds].sort()).toEqual([...specIds].sort());
    for (const id of calculatorIds) {
      const calc = calculators[id];
      expect(calc.id).toBe(id);
      expect(calc.title.length).toBeGreaterThan(3);
      expect(calc.description.length).toBeGreaterThan(10);
      expect(['test', 'planning', 'bayesian', 'modern', 'tools']).toContain(calc.category);
    }
  });
  it.each(calculatorIds)('%s: the example input is valid and computes without NaN', (id) => {
    const input = defaultInput(id);
    expect(calculators[id].schema.safeParse(input).success).toBe(true);
    assertNoNaN(calculate(id, input));
  });
  it('fills defaults: alpha 0.05, two-sided, Beta(1, 1) prior', () => {
    const r = calculate('bayesian-ab', arms(ok, ok));
    expect(r.posteriorA).toEqual({ alpha: 101, beta: 901 });
    const z = calculate('two-proportion-z-test', arms(ok, { visitors: 1000, conversions: 140 }));
    expect(z.ciLower).not.toBeNull();
  });
  it('defaultInput returns a fresh copy', () => {
    const a = defaultInput('srm-check');
    a.observed[0] = 1;
    expect(defaultInput('srm-check').observed[0]).not.toBe(1);
  });
});
