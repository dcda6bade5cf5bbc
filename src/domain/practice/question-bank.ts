// Concept-question bank: the topic registry, the schema every shipped or imported question
// passes through, and answer checking. Question data lives in content/practice/*.json.
import { z } from 'zod';

export const conceptTopicIds = [
  'oec-guardrails',
  'randomization-unit',
  'srm',
  'peeking-sequential',
  'multiple-comparisons',
  'novelty-primacy',
  'simpsons-paradox',
  'twymans-law',
  'aa-tests',
  'power-mde',
  'ideas-fail',
  'p-values',
  'confidence-intervals',
  'variance-reduction',
  'interference',
] as const;

export type ConceptTopicId = (typeof conceptTopicIds)[number];

const topicLabels: Record<ConceptTopicId, string> = {
  'oec-guardrails': 'OEC and guardrail metrics',
  'randomization-unit': 'Randomization unit',
  srm: 'Sample ratio mismatch',
  'peeking-sequential': 'Peeking and sequential testing',
  'multiple-comparisons': 'Multiple comparisons',
  'novelty-primacy': 'Novelty and primacy effects',
  'simpsons-paradox': "Simpson's paradox",
  'twymans-law': "Twyman's law",
  'aa-tests': 'A/A tests',
  'power-mde': 'Power and MDE trade-offs',
  'ideas-fail': 'Why most ideas fail',
  'p-values': 'What a p-value is and is not',
  'confidence-intervals': 'Confidence intervals',
  'variance-reduction': 'Variance reduction (CUPED)',
  interference: 'Network effects and interference',
};

export interface ConceptTopic {
  readonly id: ConceptTopicId;
  readonly label: string;
}

/** Fixed, ordered topic list; the practice screen renders from it. */
export const conceptTopics: readonly ConceptTopic[] = conceptTopicIds.map((id) => ({ id, label: topicLabels[id] }));

export function conceptTopicLabel(id: ConceptTopicId): string {
  return topicLabels[id];
}

const MIN_OPTIONS = 3;
const MAX_OPTIONS = 5;
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

const baseShape = {
  id: z.string().regex(kebabCase, 'must be kebab-case (lowercase letters, digits, single hyphens)'),
  topic: z.enum(conceptTopicIds, { error: `must be one of: ${conceptTopicIds.join(', ')}` }),
  prompt: nonEmptyText,
  explanation: nonEmptyText,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' }),
  tags: z.array(z.string().regex(kebabCase, 'tags must be kebab-case')).default([]),
};

const multipleChoiceSchema = z
  .strictObject({
    ...baseShape,
    type: z.literal('multiple-choice'),
    options: z
      .array(nonEmptyText)
      .min(MIN_OPTIONS, `needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options`)
      .max(MAX_OPTIONS, `needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options`),
    answerIndex: z.number().int('must be a whole number').nonnegative('must not be negative'),
  })
  .superRefine((q, ctx) => {
    if (q.answerIndex >= q.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answerIndex'],
        message: `${q.answerIndex} is out of range for ${q.options.length} options`,
      });
    }
    const duplicate = firstDuplicate(q.options.map(normalizeAnswer));
    if (duplicate !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `duplicate option "${duplicate}"` });
    }
  });

const shortAnswerSchema = z
  .strictObject({
    ...baseShape,
    type: z.literal('short-answer'),
    acceptedAnswers: z.array(nonEmptyText).min(1, 'needs at least one accepted answer'),
  })
  .superRefine((q, ctx) => {
    const duplicate = firstDuplicate(q.acceptedAnswers.map(normalizeAnswer));
    if (duplicate !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['acceptedAnswers'], message: `duplicate accepted answer "${duplicate}"` });
    }
  });

export const conceptQuestionSchema = z.discriminatedUnion('type', [multipleChoiceSchema, shortAnswerSchema], {
  error: 'must be "multiple-choice" or "short-answer"',
});

export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;
export type ShortAnswerQuestion = z.infer<typeof shortAnswerSchema>;
export type ConceptQuestion = z.infer<typeof conceptQuestionSchema>;
export type ConceptQuestionType = ConceptQuestion['type'];

export interface QuestionBankProblem {
  /** The question's id, or null when the item has no usable id. */
  readonly questionId: string | null;
  readonly index: number;
  /** Dotted path of the offending field, e.g. "answerIndex" or "options.2"; "" for the item itself. */
  readonly field: string;
  readonly message: string;
}

/** Thrown when a bank fails validation; the message lists every problem, one per line. */
export class QuestionBankError extends Error {
  readonly problems: readonly QuestionBankProblem[];

  constructor(problems: readonly QuestionBankProblem[], source?: string) {
    const where = source ? ` in ${source}` : '';
    const lines = problems.map((p) => `  ${describeProblem(p)}`);
    super(`Invalid concept question bank${where}:\n${lines.join('\n')}`);
    this.name = 'QuestionBankError';
    this.problems = problems;
  }
}

function describeProblem(p: QuestionBankProblem): string {
  const who = p.questionId === null ? `question #${p.index}` : `question "${p.questionId}" (#${p.index})`;
  const what = p.field === '' ? '' : ` field "${p.field}"`;
  return `${who}${what}: ${p.message}`;
}

/**
 * Validates one bank (an array of questions, as stored in a content/practice file), fills
 * defaults and returns the cleaned questions. Throws QuestionBankError naming each bad id and field.
 */
export function validateQuestionBank(data: unknown, source?: string): ConceptQuestion[] {
  if (!Array.isArray(data)) {
    throw new QuestionBankError([{ questionId: null, index: -1, field: '', message: `expected an array of questions, got ${describeType(data)}` }], source);
  }
  if (data.length === 0) {
    throw new QuestionBankError([{ questionId: null, index: -1, field: '', message: 'the bank has no questions' }], source);
  }
  const problems: QuestionBankProblem[] = [];
  const questions: ConceptQuestion[] = [];
  const firstIndexById = new Map<string, number>();
  data.forEach((item: unknown, index) => {
    const questionId = readId(item);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ questionId, index, field: '', message: `expected a question object, got ${describeType(item)}` });
      return;
    }
    const parsed = conceptQuestionSchema.safeParse(item, { error: missingFieldMessage });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ questionId, index, field: issueField(issue), message: issue.message });
      }
      return;
    }
    const earlier = firstIndexById.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push({ questionId, index, field: 'id', message: `duplicate id, already used by question #${earlier}` });
      return;
    }
    firstIndexById.set(parsed.data.id, index);
    questions.push(parsed.data);
  });
  if (problems.length > 0) throw new QuestionBankError(problems, source);
  return questions;
}

/**
 * Validates several banks keyed by file name and merges them, checking that ids are unique
 * across files as well as within each one.
 */
export function validateQuestionBankFiles(files: Readonly<Record<string, unknown>>): ConceptQuestion[] {
  const merged: ConceptQuestion[] = [];
  const fileById = new Map<string, string>();
  const problems: QuestionBankProblem[] = [];
  for (const [fileName, data] of Object.entries(files)) {
    validateQuestionBank(data, fileName).forEach((question, index) => {
      const other = fileById.get(question.id);
      if (other !== undefined) {
        problems.push({ questionId: question.id, index, field: 'id', message: `duplicate id in ${fileName}, already used in ${other}` });
        return;
      }
      fileById.set(question.id, fileName);
      merged.push(question);
    });
  }
  if (problems.length > 0) throw new QuestionBankError(problems, 'the combined bank');
  return merged;
}

function readId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || !('id' in item)) return null;
  const id: unknown = item.id;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

// Per-parse fallback so a missing field reads "is required" rather than "expected string, received undefined".
function missingFieldMessage(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;
}

function issueField(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return issue.path.map(String).join('.');
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** Case-, spacing- and apostrophe-insensitive form used to compare typed answers. */
export function normalizeAnswer(answer: string): string {
  return answer.trim().replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02BC`]/g, "'").toLowerCase();
}

export interface ConceptAnswerResult {
  readonly correct: boolean;
  /** The answer to show the learner: the correct option's text or the first accepted answer. */
  readonly expected: string;
}

/**
 * Multiple-choice: a number is compared with answerIndex; a string is compared with the correct
 * option's text. Short-answer: the answer is matched against acceptedAnswers after normalizing.
 */
export function checkConceptAnswer(question: ConceptQuestion, answer: string | number): ConceptAnswerResult {
  if (question.type === 'multiple-choice') {
    const expected = question.options[question.answerIndex] ?? '';
    const correct = typeof answer === 'number' ? answer === question.answerIndex : normalizeAnswer(answer) === normalizeAnswer(expected);
    return { correct, expected };
  }
  const given = normalizeAnswer(String(answer));
  const correct = given !== '' && question.acceptedAnswers.some((accepted) => normalizeAnswer(accepted) === given);
  return { correct, expected: question.acceptedAnswers[0] ?? '' };
}

export function questionsForTopic(questions: readonly ConceptQuestion[], topic: ConceptTopicId): ConceptQuestion[] {
  return questions.filter((question) => question.topic === topic);
}
