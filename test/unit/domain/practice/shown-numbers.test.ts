// Practice problems whose shown numbers add up: the prompt shows the inputs at the precision the
// answer is computed from, a worked solution followed by hand gives its own printed results, the
// graders accept what the prompt asks for, and the words read right ("p < 0.0001", "an 80.9%").
import { describe, expect, it } from 'vitest';
import { checkChoiceAnswer, checkNumericAnswer } from '../../../../src/domain/practice/answer-check';
import { generateProblem, generatorTopicIds, type Problem } from '../../../../src/domain/practice/generators';
import { article } from '../../../../src/domain/practice/generators/format';

const SEEDS = Array.from({ length: 300 }, (_, i) => i * 7919 + 3);
const problems = (topic: string) => SEEDS.map((seed) => generateProblem(topic, seed));

/** Inputs the asked number does not depend on, so the prompt need not state them. */
function ignored(problem: Problem, key: string): boolean {
  const output = problem.engine.output;
  if (key === 'alternative' || key === 'yatesCorrection' || key === 'threshold') return true;
  // Adjusted p-values do not depend on alpha; the confidence sequence does not use the mSPRT's tau.
  if (key === 'alpha' && /adjustedPValues/.test(output)) return true;
  if (key === 'tau' && !/mSPRT/.test(output)) return true;
  // CUPED and ratio problems give the means, sds and correlation their sums are built from, and
  // CUPED's variance reduction is r squared whatever the number of users.
  if (/^sum/.test(key)) return true;
  if (key === 'n' && (output === 'varianceReduction' || output === 'sampleSizeFactor')) return true;
  return key === 'alpha' && ['pValue', 'statistic', 't', 'relativeLift', 'probBBeatsA', 'varianceReduction', 'sampleSizeFactor', 'controlSe', 'treatmentSe', 'se'].includes(output);
}

/** The numeric inputs the engine is called with, with the key each sits under. */
function leaves(value: unknown, key = ''): { key: string; value: number }[] {
  if (typeof value === 'number') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [];
}

const pc = (x: number) => Number((x * 100).toPrecision(12));
/** How a prompt may show x: as a count, a decimal, a percent, a split ("90/10") or, for alpha, the confidence level. */
const renderings = (x: number, key: string): string[] => [
  x.toLocaleString('en-US', { maximumFractionDigits: 12 }),
  String(x),
  `${pc(x)}%`,
  ...(key === 'expectedRatios' ? [`${pc(x)}/${pc(1 - x)}`, `${pc(1 - x)}/${pc(x)}`] : []),
  ...(key === 'alpha' ? [`${pc(1 - x)}%`] : []),
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shows = (text: string, x: number, key: string) => renderings(x, key).some((r) => new RegExp(`(?<![\\d.,])${escape(r)}(?![\\d]|[.,]\\d)`).test(text));

/** Numbers in a TeX string: thousands written as {,}, small numbers as a \times 10^{b}. */
const numbersIn = (tex: string) =>
  (tex
    .replace(/\{,\}/g, '')
    .replace(/(\d) \\times 10\^\{(-?\d+)\}/g, '$1e$2')
    .match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
/** Units of the last printed place of a number as printed (with its exponent). */
const lastPlace = (printed: string) => {
  const [mantissa = '', exponent = '0'] = printed.split('e');
  return 10 ** (Number(exponent) - (mantissa.split('.')[1]?.length ?? 0));
};
/** A result recomputed from the printed inputs is within one unit of its printed last place. */
function addsUp(recomputed: number, printed: number) {
  expect(Math.abs(recomputed - printed), `${recomputed} against the printed ${printed}`).toBeLessThanOrEqual(lastPlace(String(printed)) * 1.0001);
}

describe('the prompt shows each input the answer is computed from, exactly', () => {
  it.each(generatorTopicIds)('%s', (topic) => {
    for (const problem of problems(topic)) {
      const input = problem.engine.input;
      const { prior, ...rest } = input as { prior?: { alpha: number; beta: number } };
      if (prior) expect(problem.prompt).toContain(`Beta(${prior.alpha},${prior.beta})`);
      const wanted = leaves(rest).filter((leaf) => !ignored(problem, leaf.key));
      // A contingency table's non-converted cells are the visitors minus the conversions.
      const table = input.table as number[][] | undefined;
      const numbers = table ? table.flatMap(([c, n]) => [{ key: 'table', value: c! }, { key: 'table', value: c! + n! }]) : wanted;
      for (const { key, value } of numbers) expect(shows(problem.prompt, value, key), `${topic} seed ${problem.seed}: ${key} ${value} in ${problem.prompt}`).toBe(true);
    }
  });
});

describe('a worked solution followed by hand gives its printed results', () => {
  const step = (problem: Problem, label: string | RegExp) => problem.steps.find((s) => (typeof label === 'string' ? s.label === label : label.test(s.label)))!;

  it.each(['z-test-p-value', 'z-test-decision', 'p-value-meaning'])('%s: z from the printed rates and standard error', (topic) => {
    for (const problem of problems(topic)) {
      const [pB, pA, se, z] = numbersIn(step(problem, 'Test statistic').substituted.split('z =')[1]!);
      addsUp((pB! - pA!) / se!, z!);
    }
  });

  it('ci-difference: the bound from the printed difference, critical value and standard error', () => {
    for (const problem of problems('ci-difference')) {
      const sign = problem.steps.at(-1)!.substituted.includes(' + ') ? 1 : -1;
      const [d, zc, se, bound] = numbersIn(problem.steps.at(-1)!.substituted.replace(/ [-+] /, ' '));
      addsUp(d! + sign * zc! * se!, bound!);
    }
  });

  it('welch-t-test: t from the printed difference and standard error', () => {
    for (const problem of problems('welch-t-test')) {
      const [diff, se, t] = numbersIn(step(problem, 't statistic').substituted.split('t =')[1]!);
      addsUp(diff! / se!, t!);
    }
  });

  it('relative-lift: the lift from the printed rates', () => {
    for (const problem of problems('relative-lift')) {
      const [pB, pA, pA2, , lift] = numbersIn(step(problem, 'Relative lift').substituted);
      expect(pA2).toBe(pA);
      addsUp(((pB! - pA!) / pA!) * 100, lift!);
    }
  });

  it('z-test-decision: the printed p-value compares with alpha the way the decision says', () => {
    for (const problem of problems('z-test-decision')) {
      const decision = step(problem, 'Decision').substituted;
      const [p, alpha] = numbersIn(decision);
      const rejects = decision.includes('\\text{reject');
      expect(p! < alpha!, `${decision}`).toBe(rejects);
      expect(checkChoiceAnswer(problem as Extract<Problem, { kind: 'choice' }>, rejects ? 0 : 1).status).toBe('correct');
    }
  });
});

describe('graders', () => {
  it('accept a CI bound typed at the prompt’s own precision (four decimals)', () => {
    for (const problem of problems('ci-difference')) {
      if (problem.kind !== 'numeric') continue;
      expect(problem.prompt).toContain('four decimals');
      expect(checkNumericAnswer(problem, problem.answer.toFixed(4)).status, `seed ${problem.seed}: ${problem.answer}`).toBe('correct');
    }
  });

  it.each(['srm-check', 'chi-square-abn'])('%s: reject a negative chi-square statistic, even a tiny one', (topic) => {
    const all = problems(topic);
    const small = all.filter((p) => p.kind === 'numeric' && p.answer < 0.02);
    for (const problem of [...all.slice(0, 20), ...small]) {
      if (problem.kind !== 'numeric') continue;
      const result = checkNumericAnswer(problem, String(-problem.answer || -0.01));
      expect(result.status).toBe('incorrect');
      expect(result.feedback).toMatch(/never negative/);
    }
    if (topic === 'srm-check') expect(small.length).toBeGreaterThan(0);
  });
});

describe('the words read right', () => {
  const texts = (problem: Problem): string[] => [
    problem.prompt,
    problem.takeaway,
    ...problem.steps.map((s) => s.label),
    ...(problem.kind === 'choice' ? problem.options.flatMap((_, i) => [problem.options[i]!, checkChoiceAnswer(problem, i).feedback ?? '']) : []),
  ];

  it.each(generatorTopicIds)('%s: "p < 0.0001", never "p = < 0.0001"; "an 80.9%", never "a 80.9%"', (topic) => {
    for (const problem of problems(topic)) {
      for (const text of texts(problem)) {
        expect(text).not.toMatch(/= [<>]/);
        expect(text, text).not.toMatch(/\ba (?:8|1[18](?!\d))/);
        expect(text, text).not.toMatch(/\ban (?:[02-79]|1(?!1(?!\d)|8(?!\d)))/);
      }
    }
  });

  it.each([
    ['80.9%', 'an'],
    ['8%', 'an'],
    ['11%', 'an'],
    ['18.5%', 'an'],
    ['11,000', 'an'],
    ['110%', 'a'],
    ['1,100', 'a'],
    ['12.5%', 'a'],
    ['1%', 'a'],
    ['-8%', 'a'],
  ])('article(%s) = %s', (text, expected) => {
    expect(article(text)).toBe(expected);
  });
});
