// The registry of practice problem generators, keyed by topic id; the practice screen renders from it.
import { ciDifference, relativeLift } from './intervals';
import { chiSquareAbn, srmCheck } from './chi-square';
import { pValueAdjustment, sequentialLook } from './corrections';
import { probBBeatsA, pValueMeaning } from './interpretation';
import { minimumDetectableEffect, powerAtN, sampleSize } from './planning';
import type { Problem, ProblemGenerator } from './types';
import { cupedReduction, deltaMethodSe } from './variance';
import { welchTTest } from './welch';
import { oneVsTwoSided, zTestDecision, zTestPValue } from './z-tests';

export type { AnswerUnit, ChoiceProblem, EngineCall, MistakeDetector, NumericProblem, Problem, ProblemGenerator, SolutionStep, Tolerance } from './types';
export { withinTolerance } from './helpers';

const all: ProblemGenerator[] = [
  zTestPValue,
  zTestDecision,
  welchTTest,
  ciDifference,
  relativeLift,
  sampleSize,
  powerAtN,
  minimumDetectableEffect,
  srmCheck,
  chiSquareAbn,
  oneVsTwoSided,
  probBBeatsA,
  pValueMeaning,
  pValueAdjustment,
  sequentialLook,
  cupedReduction,
  deltaMethodSe,
];

export const generators: Readonly<Record<string, ProblemGenerator>> = Object.fromEntries(all.map((g) => [g.topic, g]));

/** Topic ids in display order. */
export const generatorTopicIds: readonly string[] = all.map((g) => g.topic);

export function isGeneratorTopic(topic: string): boolean {
  return Object.hasOwn(generators, topic);
}

/** Builds the problem for (topic, seed); throws on an unknown topic. */
export function generateProblem(topic: string, seed: number): Problem {
  const generator = generators[topic];
  if (!generator) throw new Error(`Unknown practice topic "${topic}"`);
  return generator.generate(seed);
}
