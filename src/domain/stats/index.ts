// Public entry point of the statistics engine (contract: docs/specs/stats-calculators.md).
import { fromZodError, StatsInputError } from './errors';
import type { CalculatorId, CalculatorInput, CalculatorOutput } from './registry';
import { calculators } from './registry';

export { StatsInputError } from './errors';
export { calculatorIds, calculators } from './registry';
export { describeInput } from './describe-input';
export type { InputRow } from './describe-input';
export type { CalculatorId, CalculatorInput, CalculatorOutput, CalculatorRegistry } from './registry';
export type { Calculator, CalculatorCategory } from './types';
export type { ProportionArm, MeanArm, TestAlternative, PlanAlternative } from './schema-parts';
export type { TwoProportionZTestInput, TwoProportionZTestOutput } from './calculators/two-proportion-z-test';
export type {
  TwoSampleTInput,
  WelchTTestOutput,
  StudentTTestOutput,
  OneSampleTInput,
  OneSampleTTestOutput,
} from './calculators/mean-tests';
export type { ChiSquareIndependenceInput, ChiSquareIndependenceOutput, SrmCheckInput, SrmCheckOutput } from './calculators/chi-square';
export type {
  SampleSizeProportionsInput,
  SampleSizeProportionsOutput,
  PowerProportionsInput,
  PowerProportionsOutput,
  MdeProportionsInput,
  MdeProportionsOutput,
} from './calculators/proportion-planning';
export type {
  SampleSizeMeansInput,
  SampleSizeMeansOutput,
  PowerMeansInput,
  PowerMeansOutput,
  MdeMeansInput,
  MdeMeansOutput,
} from './calculators/mean-planning';
export type {
  NormalQuantileInput,
  TQuantileInput,
  NormalCriticalValueInput,
  TCriticalValueInput,
  NormalTailProbabilityInput,
  NormalTailProbabilityOutput,
} from './calculators/distribution-tools';
export type {
  ProportionCiInput,
  ProportionCiWilsonOutput,
  ProportionCiWaldOutput,
  RelativeLiftCiInput,
  RelativeLiftCiOutput,
} from './calculators/proportion-intervals';
export type { BayesianAbInput, BayesianAbOutput } from './calculators/bayesian-ab';
export type { ProportionMethodName, ProportionPlanningMethod } from './proportion-methods';
export type { MeanMethodName } from './mean-methods';

/** Validates `input` for calculator `id` (filling defaults) or throws StatsInputError. */
export function parseInput<K extends CalculatorId>(id: K, input: unknown): CalculatorInput<K> {
  const calc = calculators[id];
  if (!calc) throw new StatsInputError('id', `Unknown calculator "${String(id)}"`);
  const parsed = calc.schema.safeParse(input ?? {});
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data as CalculatorInput<K>;
}

/** Validates, then computes. Throws StatsInputError on bad input; undefined results are null. */
export function calculate<K extends CalculatorId>(id: K, input: unknown): CalculatorOutput<K> {
  const calc = calculators[id];
  const valid = parseInput(id, input);
  return (calc.compute as (i: CalculatorInput<K>) => CalculatorOutput<K>)(valid);
}

/** As calculate, reporting progress where the calculator can (otherwise once, at the end). */
export function calculateWithProgress<K extends CalculatorId>(id: K, input: unknown, onProgress: (done: number, total: number) => void): CalculatorOutput<K> {
  const calc = calculators[id] as { compute(i: unknown): unknown; computeWithProgress?(i: unknown, p: (done: number, total: number) => void): unknown };
  const valid = parseInput(id, input);
  if (calc.computeWithProgress) return calc.computeWithProgress(valid, onProgress) as CalculatorOutput<K>;
  const output = calc.compute(valid) as CalculatorOutput<K>;
  onProgress(1, 1);
  return output;
}

/** A complete, valid example input for prefilling a form (a fresh copy each call). */
export function defaultInput<K extends CalculatorId>(id: K): CalculatorInput<K> {
  return structuredClone(calculators[id].example) as CalculatorInput<K>;
}
