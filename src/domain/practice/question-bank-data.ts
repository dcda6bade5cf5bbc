// The shipped concept-question bank: every content/practice file, validated once, when practice
// first needs it (not while the app starts).
// A new file must be added here; the unit test fails if a JSON file in content/practice is missing.
import aaTests from '../../../content/practice/concepts-aa-tests.json';
import confidenceIntervals from '../../../content/practice/concepts-confidence-intervals.json';
import ideasFail from '../../../content/practice/concepts-ideas-fail.json';
import interference from '../../../content/practice/concepts-interference.json';
import multipleComparisons from '../../../content/practice/concepts-multiple-comparisons.json';
import noveltyPrimacy from '../../../content/practice/concepts-novelty-primacy.json';
import oecGuardrails from '../../../content/practice/concepts-oec-guardrails.json';
import pValues from '../../../content/practice/concepts-p-values.json';
import peekingSequential from '../../../content/practice/concepts-peeking-sequential.json';
import powerMde from '../../../content/practice/concepts-power-mde.json';
import randomizationUnit from '../../../content/practice/concepts-randomization-unit.json';
import simpsonsParadox from '../../../content/practice/concepts-simpsons-paradox.json';
import srm from '../../../content/practice/concepts-srm.json';
import twymansLaw from '../../../content/practice/concepts-twymans-law.json';
import varianceReduction from '../../../content/practice/concepts-variance-reduction.json';
import type { ConceptQuestion } from './question-bank';
import { validateQuestionBankFiles } from './question-bank';

/** Raw file contents keyed by file name, in topic order. */
export const conceptQuestionFiles: Readonly<Record<string, unknown>> = {
  'concepts-oec-guardrails.json': oecGuardrails,
  'concepts-randomization-unit.json': randomizationUnit,
  'concepts-srm.json': srm,
  'concepts-peeking-sequential.json': peekingSequential,
  'concepts-multiple-comparisons.json': multipleComparisons,
  'concepts-novelty-primacy.json': noveltyPrimacy,
  'concepts-simpsons-paradox.json': simpsonsParadox,
  'concepts-twymans-law.json': twymansLaw,
  'concepts-aa-tests.json': aaTests,
  'concepts-power-mde.json': powerMde,
  'concepts-ideas-fail.json': ideasFail,
  'concepts-p-values.json': pValues,
  'concepts-confidence-intervals.json': confidenceIntervals,
  'concepts-variance-reduction.json': varianceReduction,
  'concepts-interference.json': interference,
};

let validated: readonly ConceptQuestion[] | null = null;

/** Every shipped concept question, validated on the first call. */
export function conceptQuestions(): readonly ConceptQuestion[] {
  validated ??= validateQuestionBankFiles(conceptQuestionFiles);
  return validated;
}
