// Charts and panels under each result, keyed by calculator id (the page renders from this map).
import type { ComponentType } from 'react';
import type { CalculatorId } from '../../domain/stats';
import type { CalculatorController } from './use-calculator';
import { MdeMeansView, MdeProportionsView, PowerMeansView, PowerProportionsView, SampleSizeMeansView, SampleSizeProportionsView } from './views-planning';
import { BayesianView, ChiSquareView, LiftIntervalView, MeanTestView, OneProportionIntervalView, OneSampleView, ProportionTestView, SrmView } from './views-tests';
import { NormalCriticalView, NormalQuantileView, TailView, TCriticalView, TQuantileView } from './views-tools';

// Props are the validated input and the output of this calculator (the page passes them untyped).
export type ResultView = ComponentType<{ input: never; output: never; ctl: CalculatorController }>;

export const resultViews = {
  'two-proportion-z-test': ProportionTestView,
  'welch-t-test': MeanTestView,
  'student-t-test': MeanTestView,
  'one-sample-t-test': OneSampleView,
  'chi-square-independence': ChiSquareView,
  'srm-check': SrmView,
  'sample-size-proportions': SampleSizeProportionsView,
  'power-proportions': PowerProportionsView,
  'mde-proportions': MdeProportionsView,
  'sample-size-means': SampleSizeMeansView,
  'power-means': PowerMeansView,
  'mde-means': MdeMeansView,
  'normal-quantile': NormalQuantileView,
  't-quantile': TQuantileView,
  'normal-critical-value': NormalCriticalView,
  't-critical-value': TCriticalView,
  'normal-tail-probability': TailView,
  'proportion-ci-wilson': OneProportionIntervalView,
  'proportion-ci-wald': OneProportionIntervalView,
  'bayesian-ab': BayesianView,
  'relative-lift-ci': LiftIntervalView,
} satisfies Record<CalculatorId, unknown>;
