// The calculator registry, keyed by each calculator's own id: the UI renders from it and `calculate`
// dispatches through it. Adding a calculator is its engine file and one entry in `all`.
import type { z } from 'zod';
import { bayesianAb } from './calculators/bayesian-ab';
import { chiSquareIndependence, srmCheck } from './calculators/chi-square';
import { cuped } from './calculators/cuped';
import { normalCriticalValue, normalQuantile, normalTailProbability, tCriticalValue, tQuantileCalculator } from './calculators/distribution-tools';
import { mdeMeans, powerMeans, sampleSizeMeans } from './calculators/mean-planning';
import { oneSampleTTest, studentTTest, welchTTest } from './calculators/mean-tests';
import { proportionCiWald, proportionCiWilson, relativeLiftCi } from './calculators/proportion-intervals';
import { multipleTestingCorrection } from './calculators/multiple-testing';
import { peekingSimulator } from './calculators/peeking-simulator';
import { ratioMetric } from './calculators/ratio-metric';
import { mdeProportions, powerProportions, sampleSizeProportions } from './calculators/proportion-planning';
import { sequentialMeans, sequentialProportions } from './calculators/sequential';
import { twoProportionZTest } from './calculators/two-proportion-z-test';

/** In display order. */
const all = [
  twoProportionZTest,
  welchTTest,
  studentTTest,
  oneSampleTTest,
  chiSquareIndependence,
  srmCheck,
  sampleSizeProportions,
  powerProportions,
  mdeProportions,
  sampleSizeMeans,
  powerMeans,
  mdeMeans,
  normalQuantile,
  tQuantileCalculator,
  normalCriticalValue,
  tCriticalValue,
  normalTailProbability,
  proportionCiWilson,
  proportionCiWald,
  bayesianAb,
  relativeLiftCi,
  multipleTestingCorrection,
  sequentialProportions,
  sequentialMeans,
  cuped,
  ratioMetric,
  peekingSimulator,
] as const;

type Entry = (typeof all)[number];
export type CalculatorRegistry = { [C in Entry as C['id']]: C };
export type CalculatorId = keyof CalculatorRegistry;

export const calculators = Object.fromEntries(all.map((c) => [c.id, c])) as unknown as CalculatorRegistry;

type InputOfCalc<C> = C extends { schema: z.ZodType<infer I> } ? I : never;
type OutputOfCalc<C> = C extends { compute: (input: never) => infer O } ? O : never;
/** Validated input (defaults filled) of a calculator. */
export type CalculatorInput<K extends CalculatorId> = InputOfCalc<CalculatorRegistry[K]>;
export type CalculatorOutput<K extends CalculatorId> = OutputOfCalc<CalculatorRegistry[K]>;

export const calculatorIds = all.map((c) => c.id) as CalculatorId[];
