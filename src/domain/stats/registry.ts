// The calculator registry, keyed by id: the UI renders from it and `calculate` dispatches through it.
import { bayesianAb } from './calculators/bayesian-ab';
import { chiSquareIndependence, srmCheck } from './calculators/chi-square';
import { normalCriticalValue, normalQuantile, normalTailProbability, tCriticalValue, tQuantileCalculator } from './calculators/distribution-tools';
import { mdeMeans, powerMeans, sampleSizeMeans } from './calculators/mean-planning';
import { oneSampleTTest, studentTTest, welchTTest } from './calculators/mean-tests';
import { proportionCiWald, proportionCiWilson, relativeLiftCi } from './calculators/proportion-intervals';
import { mdeProportions, powerProportions, sampleSizeProportions } from './calculators/proportion-planning';
import { twoProportionZTest } from './calculators/two-proportion-z-test';
import type { Calculator } from './types';

export const calculators = {
  'two-proportion-z-test': twoProportionZTest,
  'welch-t-test': welchTTest,
  'student-t-test': studentTTest,
  'one-sample-t-test': oneSampleTTest,
  'chi-square-independence': chiSquareIndependence,
  'srm-check': srmCheck,
  'sample-size-proportions': sampleSizeProportions,
  'power-proportions': powerProportions,
  'mde-proportions': mdeProportions,
  'sample-size-means': sampleSizeMeans,
  'power-means': powerMeans,
  'mde-means': mdeMeans,
  'normal-quantile': normalQuantile,
  't-quantile': tQuantileCalculator,
  'normal-critical-value': normalCriticalValue,
  't-critical-value': tCriticalValue,
  'normal-tail-probability': normalTailProbability,
  'proportion-ci-wilson': proportionCiWilson,
  'proportion-ci-wald': proportionCiWald,
  'bayesian-ab': bayesianAb,
  'relative-lift-ci': relativeLiftCi,
} as const satisfies Record<string, Calculator>;

export type CalculatorRegistry = typeof calculators;
export type CalculatorId = keyof CalculatorRegistry;
type InputOfCalc<C> = C extends { example: infer I } ? I : never;
type OutputOfCalc<C> = C extends { compute: (input: never) => infer O } ? O : never;
/** Validated input (defaults filled) of a calculator. */
export type CalculatorInput<K extends CalculatorId> = InputOfCalc<CalculatorRegistry[K]>;
export type CalculatorOutput<K extends CalculatorId> = OutputOfCalc<CalculatorRegistry[K]>;

export const calculatorIds = Object.keys(calculators) as CalculatorId[];
