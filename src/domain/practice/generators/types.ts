// What every practice problem generator produces. Problems are rebuilt from (topic, seed), so
// nothing here is stored: only attempts and review cards are.
import type { CalculatorId } from '../../stats';

/** How the answer is written: a proportion (0.034), a percent (3.4), a plain number or a count. */
export type AnswerUnit = 'proportion' | 'percent' | 'number' | 'count';

/** An answer is accepted when it is within `absolute` OR within `relative` (fraction) of the truth. */
export interface Tolerance {
  absolute?: number;
  relative?: number;
}

export interface SolutionStep {
  label: string;
  /** The formula in TeX, symbols only. */
  formula: string;
  /** The same formula in TeX with this problem's numbers substituted. */
  substituted: string;
  /** The step's result (numeric steps) or the chosen option's index (the last step of a choice problem). */
  value: number;
}

/** Looks at a wrong answer and names the specific mistake it reveals, or returns null. */
export type MistakeDetector = (answer: number) => string | null;

/**
 * The engine call behind the problem: for numeric problems the answer is output (a dotted path)
 * times scale; for choice problems it is the statistic the right option rests on. Tests re-run it.
 */
export interface EngineCall {
  calculator: CalculatorId;
  input: Record<string, unknown>;
  output: string;
  scale?: number;
}

interface ProblemBase {
  /** Generator topic id, e.g. 'z-test-p-value'. */
  topic: string;
  seed: number;
  /** Markdown: paragraphs separated by blank lines and **bold**; no TeX (prices use $). */
  prompt: string;
  steps: SolutionStep[];
  /** One sentence for the end of the worked solution. */
  takeaway: string;
  mistakes: MistakeDetector[];
  engine: EngineCall;
}

export interface NumericProblem extends ProblemBase {
  kind: 'numeric';
  answer: number;
  unit: AnswerUnit;
  tolerance: Tolerance;
  /** The answer as the worked solution shows it, e.g. "0.0342" or "12.5%". */
  answerText: string;
  /** Answers below `value` are never right (a chi-square statistic is not negative), with why. */
  atLeast?: { value: number; message: string };
}

export interface ChoiceProblem extends ProblemBase {
  kind: 'choice';
  options: string[];
  /** Index of the correct option. */
  answer: number;
}

export type Problem = NumericProblem | ChoiceProblem;

export interface ProblemGenerator {
  topic: string;
  label: string;
  /** What the generator practises, for the topic picker. */
  description: string;
  generate(seed: number): Problem;
}
