import { describe, expect, it } from 'vitest';
import { checkNumericAnswer, parseNumericAnswer } from '../../../../src/domain/practice/answer-check';
import type { NumericProblem } from '../../../../src/domain/practice/generators';
import { mistake, unitMistake } from '../../../../src/domain/practice/generators/helpers';

describe('parseNumericAnswer', () => {
  it.each([
    { input: '0.034', expected: { value: 0.034, percent: false } },
    { input: '3.4%', expected: { value: 3.4, percent: true } },
    { input: ' 3.4 % ', expected: { value: 3.4, percent: true } },
    { input: '3.4e-2', expected: { value: 0.034, percent: false } },
    { input: '3.4E-2', expected: { value: 0.034, percent: false } },
    { input: '.5', expected: { value: 0.5, percent: false } },
    { input: '-1.25', expected: { value: -1.25, percent: false } },
    { input: '\u22121.25', expected: { value: -1.25, percent: false } },
    { input: '+2', expected: { value: 2, percent: false } },
    { input: '12,400', expected: { value: 12400, percent: false, decimalReading: 12.4 } },
    { input: '1,234,567.5', expected: { value: 1234567.5, percent: false } },
    { input: '0,034', expected: { value: 0.034, percent: false } },
    { input: '1 234', expected: { value: 1234, percent: false } },
    { input: '', expected: null },
    { input: 'abc', expected: null },
    { input: '3.4.5', expected: null },
    { input: '%', expected: null },
    { input: '1e999', expected: null },
    { input: '0x10', expected: null },
  ])('$input', ({ input, expected }) => {
    expect(parseNumericAnswer(input)).toEqual(expected);
  });
});

function problem(answer: number, unit: NumericProblem['unit'], tolerance: NumericProblem['tolerance']): NumericProblem {
  return {
    kind: 'numeric',
    topic: 'test',
    seed: 1,
    prompt: '',
    steps: [],
    takeaway: '',
    answer,
    unit,
    tolerance,
    answerText: String(answer),
    engine: { calculator: 'normal-quantile', input: { p: 0.5 }, output: 'quantile' },
    mistakes: [mistake(answer, tolerance, answer / 2, 'You halved it.'), unitMistake(answer, unit, tolerance)],
  };
}

describe('checkNumericAnswer', () => {
  const p = problem(0.034, 'proportion', { absolute: 0.001 });
  const lift = problem(4.2, 'percent', { absolute: 0.1 });
  const n = problem(12000, 'count', { relative: 0.03 });
  const floor = { value: 0, message: 'never negative' };
  const chi = { ...problem(2.973, 'number', { absolute: 0.05, relative: 0.02 }), atLeast: floor };
  const tiny = { ...problem(0.012, 'number', { absolute: 0.05, relative: 0.02 }), atLeast: floor };
  it.each([
    { p, input: '0.034', status: 'correct', feedback: null },
    { p, input: '3.4%', status: 'correct', feedback: null },
    { p, input: '3.4e-2', status: 'correct', feedback: null },
    { p, input: '0.0349', status: 'correct', feedback: null },
    { p, input: '0.036', status: 'incorrect', feedback: null },
    { p, input: '0.017', status: 'incorrect', feedback: 'You halved it.' },
    { p, input: '3.4', status: 'incorrect', feedback: expect.stringContaining('looks like a percent') },
    { p, input: 'three', status: 'invalid', feedback: expect.stringContaining('Type a number') },
    { p: lift, input: '4.2', status: 'correct', feedback: null },
    { p: lift, input: '4.2%', status: 'correct', feedback: null },
    { p: lift, input: '0.042', status: 'incorrect', feedback: expect.stringContaining('looks like a proportion') },
    { p: n, input: '12,300', status: 'correct', feedback: null },
    { p: n, input: '11,500', status: 'incorrect', feedback: null },
    { p: n, input: '6000', status: 'incorrect', feedback: 'You halved it.' },
    // "2,973" could be a decimal comma: asked about, never marked wrong; a count has no decimals.
    { p: chi, input: '2,973', status: 'invalid', feedback: 'Is “2,973” 2.973 (a decimal comma) or 2973? Type it with a point (2.973) or without the comma (2973).' },
    { p: chi, input: '2.973', status: 'correct', feedback: null },
    { p: chi, input: '2,97', status: 'correct', feedback: null },
    { p: n, input: '12,000', status: 'correct', feedback: null },
    // A chi-square statistic is never negative, however close to the truth.
    { p: chi, input: '-2.973', status: 'incorrect', feedback: 'never negative' },
    { p: tiny, input: '-0.01', status: 'incorrect', feedback: 'never negative' },
  ])('$input against $p.answer ($p.unit) is $status', ({ p: prob, input, status, feedback }) => {
    const r = checkNumericAnswer(prob, input);
    expect(r.status).toBe(status);
    expect(r.feedback).toEqual(feedback);
  });
});
