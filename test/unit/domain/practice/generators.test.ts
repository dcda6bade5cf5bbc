// Every generator over many seeds: the answer is the engine's for the problem's own inputs, the
// steps end on the answer, the numbers are realistic, the same seed gives the same problem, and
// the mistake detectors stay silent for the right answer.
import { describe, expect, it } from 'vitest';
import { generateProblem, generatorTopicIds, generators, type Problem } from '../../../../src/domain/practice/generators';
import { withinTolerance } from '../../../../src/domain/practice/generators/helpers';
import { calculate } from '../../../../src/domain/stats';

const SEEDS = Array.from({ length: 200 }, (_, i) => i * 7919 + 1);

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);
}

function snapshot(p: Problem) {
  return JSON.stringify({ ...p, mistakes: p.mistakes.length });
}

/** Every visitor count, rate and sd reachable in the engine input, checked against real-world ranges. */
function assertRealistic(topic: string, input: Record<string, unknown>) {
  const arms = ['control', 'treatment'].map((k) => input[k] as Record<string, number> | undefined).filter((a) => a !== undefined);
  for (const arm of arms) {
    if ('sumY' in arm || 'sumM' in arm) {
      // CUPED and ratio arms: sums of real-looking users (positive variance, |r| < 1).
      expect(arm.n, topic).toBeGreaterThanOrEqual(1000);
      expect(arm.n, topic).toBeLessThanOrEqual(10_000);
      const [sum, squares] = 'sumY' in arm ? [arm.sumY!, arm.sumY2!] : [arm.sumM!, arm.sumM2!];
      expect(squares - (sum * sum) / arm.n!, topic).toBeGreaterThan(0);
    } else if ('visitors' in arm) {
      expect(arm.visitors, topic).toBeGreaterThanOrEqual(1000);
      expect(arm.visitors, topic).toBeLessThanOrEqual(210_000);
      const rate = arm.conversions! / arm.visitors!;
      expect(rate, topic).toBeGreaterThan(0);
      expect(rate, topic).toBeLessThan(0.5);
    } else {
      expect(arm.n, topic).toBeGreaterThanOrEqual(100);
      expect(arm.n, topic).toBeLessThanOrEqual(10_000);
      expect(arm.sd, topic).toBeGreaterThan(0);
      // Revenue is heavy-tailed: sd up to about three times the mean is realistic.
      expect(arm.sd! / arm.mean!, topic).toBeLessThan(3.5);
    }
  }
  if (typeof input.baselineRate === 'number') {
    expect(input.baselineRate).toBeGreaterThanOrEqual(0.01);
    expect(input.baselineRate).toBeLessThanOrEqual(0.3);
  }
  if (typeof input.nPerArm === 'number') {
    expect(input.nPerArm).toBeGreaterThanOrEqual(500);
    expect(input.nPerArm).toBeLessThanOrEqual(5_000_000);
  }
  if (Array.isArray(input.observed)) {
    const total = (input.observed as number[]).reduce((s, x) => s + x, 0);
    expect(total).toBeGreaterThanOrEqual(5000);
    expect(total).toBeLessThanOrEqual(400_000);
  }
  if (Array.isArray(input.pValues)) {
    expect(input.pValues.length).toBeGreaterThanOrEqual(4);
    for (const p of input.pValues as number[]) expect(p > 0 && p < 1).toBe(true);
  }
  if (Array.isArray(input.table)) {
    for (const row of input.table as number[][]) {
      expect(row[0]! + row[1]!).toBeGreaterThanOrEqual(900);
      expect(row[0]! + row[1]!).toBeLessThanOrEqual(42_000);
    }
  }
}

describe('generator registry', () => {
  it('has at least 12 generators keyed by their topic', () => {
    expect(generatorTopicIds.length).toBeGreaterThanOrEqual(12);
    for (const id of generatorTopicIds) expect(generators[id]!.topic).toBe(id);
  });

  it('rejects an unknown topic', () => {
    expect(() => generateProblem('nope', 1)).toThrow('Unknown practice topic "nope"');
  });
});

describe.each(generatorTopicIds)('generator %s', (topic) => {
  it('matches the engine for its own inputs, ends its steps on the answer and is deterministic, over 200 seeds', () => {
    for (const seed of SEEDS) {
      const p = generateProblem(topic, seed);
      expect(p.topic).toBe(topic);
      expect(snapshot(generateProblem(topic, seed))).toBe(snapshot(p));
      const engineValue = at(calculate(p.engine.calculator, p.engine.input), p.engine.output) as number;
      expect(Number.isFinite(engineValue), `${topic} seed ${seed}`).toBe(true);
      assertRealistic(topic, p.engine.input);
      expect(p.steps.length).toBeGreaterThanOrEqual(2);
      for (const step of p.steps) {
        expect(Number.isFinite(step.value), `${topic} ${step.label}`).toBe(true);
        expect(step.formula.length).toBeGreaterThan(0);
        expect(step.substituted).toMatch(/\d/);
      }
      expect(p.steps.at(-1)!.value).toBe(p.answer);
      if (p.kind === 'numeric') {
        expect(p.answer).toBe(engineValue * (p.engine.scale ?? 1));
        expect(p.tolerance.absolute ?? p.tolerance.relative).toBeGreaterThan(0);
        expect(p.answerText).toMatch(/\d/);
      } else {
        expect(p.options.length).toBeGreaterThanOrEqual(3);
        expect(p.options.length).toBeLessThanOrEqual(5);
        expect(p.answer).toBeGreaterThanOrEqual(0);
        expect(p.answer).toBeLessThan(p.options.length);
        expect(p.steps.some((s) => s.value === engineValue)).toBe(true);
      }
      // No detector fires for the right answer.
      for (const detect of p.mistakes) expect(detect(p.answer)).toBeNull();
    }
  });

  it('draws different problems for different seeds', () => {
    const prompts = new Set(SEEDS.slice(0, 50).map((seed) => generateProblem(topic, seed).prompt));
    expect(prompts.size).toBeGreaterThan(25);
  });
});

describe('numeric answers are accepted within the stated tolerance only', () => {
  it.each(generatorTopicIds.filter((t) => generateProblem(t, 1).kind === 'numeric'))('%s', (topic) => {
    for (const seed of SEEDS.slice(0, 50)) {
      const p = generateProblem(topic, seed);
      if (p.kind !== 'numeric') continue;
      expect(withinTolerance(Number(p.answerText.replace(/[,%]/g, '')), p.answer, p.tolerance), `${topic} ${p.answerText}`).toBe(true);
    }
  });
});
