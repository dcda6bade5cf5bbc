// Grading typed answers: numbers within the problem's tolerance (percent signs understood), and
// multiple-choice picks; a wrong answer is run past the problem's mistake detectors.
import { withinTolerance } from './generators/helpers';
import type { ChoiceProblem, NumericProblem } from './generators/types';

export interface ParsedNumber {
  value: number;
  /** The input carried a % sign. */
  percent: boolean;
  /**
   * One comma before exactly three digits ("2,973") reads as thousands (the value) but could be a
   * decimal comma: the decimal reading, for the grader to ask about.
   */
  decimalReading?: number;
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads "0.034", "3.4%", "3.4e-2", "-1.2", "12,400" or "1 234". A comma followed by exactly three
 * digits groups thousands ("12,400", with the decimal reading kept for the grader to ask about);
 * any other comma, or one after a lone 0, is a decimal comma ("0,034"). Returns null for anything else.
 */
export function parseNumericAnswer(input: string): ParsedNumber | null {
  let text = input.trim().replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, '');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  const decimalReading = /^[+-]?[1-9]\d{0,2},\d{3}$/.test(text) ? Number(text.replace(',', '.')) : undefined;
  if (/^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!NUMBER_RE.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return decimalReading === undefined ? { value, percent } : { value, percent, decimalReading };
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
  // A count has no decimals, so "12,400" is twelve thousand four hundred; elsewhere ask.
  if (parsed.decimalReading !== undefined && problem.unit !== 'count') {
    const typed = input.trim();
    return { status: 'invalid', value: null, feedback: `Is “${typed}” ${parsed.decimalReading} (a decimal comma) or ${parsed.value}? Type it with a point (${parsed.decimalReading}) or without the comma (${parsed.value}).` };
  }
  const value = parsed.percent && problem.unit !== 'percent' ? parsed.value / 100 : parsed.value;
  if (problem.atLeast && value < problem.atLeast.value) return { status: 'incorrect', value, feedback: problem.atLeast.message };
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
