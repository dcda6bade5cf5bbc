// Grading typed answers: numbers within the problem's tolerance (percent signs understood), and
// multiple-choice picks; a wrong answer is run past the problem's mistake detectors.
import { withinTolerance } from './generators/helpers';
import type { ChoiceProblem, NumericProblem } from './generators/types';

export interface ParsedNumber {
  value: number;
  /** The input carried a % sign. */
  percent: boolean;
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads "0.034", "3.4%", "3.4e-2", "-1.2", "12,400" or "1 234". A comma followed by exactly three
 * digits groups thousands ("12,400"); any other comma, or one after a lone 0, is a decimal comma ("0,034"). Returns null for anything else.
 */
export function parseNumericAnswer(input: string): ParsedNumber | null {
  let text = input.trim().replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, '');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (/^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!NUMBER_RE.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? { value, percent } : null;
}

export interface AnswerResult {
  status: 'correct' | 'incorrect' | 'invalid';
  /** The answer on the problem's scale (a "3.4%" typed for a proportion becomes 0.034). */
  value: number | null;
  /** A specific mistake the answer reveals, or a hint for an unreadable answer. */
  feedback: string | null;
}

export function checkNumericAnswer(problem: NumericProblem, input: string): AnswerResult {
  const parsed = parseNumericAnswer(input);
  if (!parsed) {
    return { status: 'invalid', value: null, feedback: 'Type a number such as 0.034, 3.4% or 3.4e-2.' };
  }
  const value = parsed.percent && problem.unit !== 'percent' ? parsed.value / 100 : parsed.value;
  if (withinTolerance(value, problem.answer, problem.tolerance)) return { status: 'correct', value, feedback: null };
  return { status: 'incorrect', value, feedback: firstMistake(problem, value) };
}

export function checkChoiceAnswer(problem: ChoiceProblem, index: number): AnswerResult {
  if (!Number.isInteger(index) || index < 0 || index >= problem.options.length) {
    return { status: 'invalid', value: null, feedback: `Pick an option from 1 to ${problem.options.length}.` };
  }
  if (index === problem.answer) return { status: 'correct', value: index, feedback: null };
  return { status: 'incorrect', value: index, feedback: firstMistake(problem, index) };
}

function firstMistake(problem: NumericProblem | ChoiceProblem, value: number): string | null {
  for (const detect of problem.mistakes) {
    const message = detect(value);
    if (message) return message;
  }
  return null;
}
