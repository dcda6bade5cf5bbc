// Mistake detectors fire for the mistake they name. Each wrong answer is rebuilt here from the
// problem's own engine input, the way a learner would make the mistake.
import { describe, expect, it } from 'vitest';
import { checkNumericAnswer } from '../../../../src/domain/practice/answer-check';
import { generateProblem, type NumericProblem, type Problem } from '../../../../src/domain/practice/generators';
import { withinTolerance } from '../../../../src/domain/practice/generators/helpers';
import { calculate } from '../../../../src/domain/stats';

const SEEDS = Array.from({ length: 200 }, (_, i) => i * 104729 + 3);

type Arm = { visitors: number; conversions: number };
/** `min`: how many of the 200 seeds must make the mistake distinguishable from the right answer. */
type Mistake = { name: string; wrong: (p: NumericProblem) => number | null; says: string; min?: number };

const arms = (p: Problem) => p.engine.input as { control: Arm; treatment: Arm; alpha?: number };

const cases: Record<string, Mistake[]> = {
  'z-test-p-value': [
    {
      name: 'a one-sided p-value where two-sided was asked',
      wrong: (p) => {
        const direction = calculate('two-proportion-z-test', arms(p)).diff >= 0 ? 'greater' : 'less';
        return calculate('two-proportion-z-test', { ...arms(p), alternative: direction }).pValue;
      },
      says: 'one-sided p-value',
    },
    {
      name: 'the unpooled SE in the test statistic',
      wrong: (p) => {
        const r = calculate('two-proportion-z-test', arms(p));
        return calculate('normal-tail-probability', { z: r.diff / r.seUnpooled }).twoSidedP;
      },
      says: 'unpooled standard error',
      // Pooled and unpooled SEs differ visibly only with unequal arms and different rates.
      min: 10,
    },
    { name: 'a percent where a proportion was asked', wrong: (p) => p.answer * 100, says: 'looks like a percent' },
  ],
  'relative-lift': [
    {
      name: 'the absolute difference in percentage points',
      wrong: (p) => calculate('two-proportion-z-test', arms(p)).diff * 100,
      says: 'absolute difference in percentage points',
    },
    { name: 'a flipped sign', wrong: (p) => -p.answer, says: 'sign is flipped' },
  ],
  'ci-difference': [
    {
      name: 'the pooled SE in the interval',
      wrong: (p) => {
        const r = calculate('two-proportion-z-test', arms(p));
        const z = calculate('normal-critical-value', { alpha: arms(p).alpha, alternative: 'two-sided' }).zCritical;
        return p.engine.output === 'ciLower' ? r.diff - z * r.sePooled : r.diff + z * r.sePooled;
      },
      says: 'pooled standard error',
      min: 10,
    },
  ],
  'welch-t-test': [
    {
      name: "Student's pooled t",
      wrong: (p) => calculate('student-t-test', p.engine.input).t,
      says: "Student's t",
    },
    { name: 'a flipped sign', wrong: (p) => -p.answer, says: 'sign is flipped' },
  ],
  'sample-size': [
    { name: 'the total instead of per arm', wrong: (p) => p.answer * 2, says: 'total for both arms' },
    {
      name: 'a one-sided sample size',
      wrong: (p) => calculate('sample-size-proportions', { ...p.engine.input, alternative: 'one-sided' }).byMethod.pooled.nPerArm,
      says: 'one-sided sample size',
    },
  ],
  power: [
    { name: 'beta instead of power', wrong: (p) => 1 - p.answer, says: 'Power is 1 − β' },
    {
      name: 'one-sided power',
      wrong: (p) => calculate('power-proportions', { ...p.engine.input, alternative: 'one-sided' }).byMethod.pooled.power,
      says: 'one-sided power',
    },
  ],
  mde: [
    {
      name: 'the relative MDE',
      wrong: (p) => calculate('mde-proportions', p.engine.input).byMethod.pooled.relativeMde,
      says: 'relative MDE',
    },
  ],
  'srm-check': [
    {
      name: 'only one arm summed',
      wrong: (p) => {
        const input = p.engine.input as { observed: number[]; expectedRatios: number[] };
        const e = calculate('srm-check', input).expectedCounts[0]!;
        return (input.observed[0]! - e) ** 2 / e;
      },
      says: 'only one arm',
    },
  ],
  'p-value-adjustment': [
    {
      name: 'the unadjusted p-value',
      wrong: (p) => {
        const { pValues } = p.engine.input as { pValues: number[] };
        return pValues[Number(p.engine.output.split('.').at(-1))]!;
      },
      says: 'unadjusted p-value',
    },
    {
      name: 'Bonferroni where another method was asked',
      wrong: (p) => {
        if (p.engine.output.includes('bonferroni')) return null;
        const input = p.engine.input as { pValues: number[] };
        return calculate('multiple-testing-correction', input).byMethod.bonferroni.adjustedPValues[Number(p.engine.output.split('.').at(-1))]!;
      },
      says: 'Bonferroni adjustment',
    },
  ],
  'cuped-reduction': [
    {
      name: 'r instead of r squared',
      wrong: (p) => {
        const r = calculate('cuped', p.engine.input).correlation!;
        return p.engine.output === 'varianceReduction' ? r : (1 - r) * p.engine.scale!;
      },
      says: 'Square the correlation',
    },
  ],
  'delta-method-se': [
    {
      name: 'the per-user sd instead of the SE',
      wrong: (p) => p.answer * Math.sqrt((p.engine.input as { control: { n: number } }).control.n),
      says: 'divide its variance by n',
    },
  ],
  'one-vs-two-sided': [
    {
      name: 'the other sidedness',
      wrong: (p) => {
        const t = calculate('normal-tail-probability', p.engine.input);
        return p.engine.output === 'sf' ? t.twoSidedP : t.sf;
      },
      says: 'sided p-value',
    },
  ],
};

describe.each(Object.entries(cases))('mistakes in %s', (topic, mistakes) => {
  it.each(mistakes)('names $name', ({ wrong, says, min }) => {
    let fired = 0;
    for (const seed of SEEDS) {
      const p = generateProblem(topic, seed) as NumericProblem;
      const value = wrong(p);
      if (value === null || withinTolerance(value, p.answer, p.tolerance)) continue; // indistinguishable here
      const result = checkNumericAnswer(p, String(value));
      expect(result.status).toBe('incorrect');
      const messages = p.mistakes.map((d) => d(value)).filter((m): m is string => m !== null);
      expect(messages.join(' | '), `${topic} seed ${seed}`).toContain(says);
      fired++;
    }
    expect(fired).toBeGreaterThanOrEqual(min ?? 20);
  });
});

describe('choice problems give feedback for every wrong option and none for the right one', () => {
  it.each(['z-test-decision', 'prob-b-beats-a', 'p-value-meaning', 'sequential-look'])('%s', (topic) => {
    for (const seed of SEEDS.slice(0, 50)) {
      const p = generateProblem(topic, seed);
      if (p.kind !== 'choice') throw new Error('expected choice');
      p.options.forEach((_, i) => {
        const message = p.mistakes.map((d) => d(i)).find((m) => m !== null) ?? null;
        if (i === p.answer) expect(message).toBeNull();
        else expect(message, `${topic} seed ${seed} option ${i}`).toEqual(expect.any(String));
      });
    }
  });
});
