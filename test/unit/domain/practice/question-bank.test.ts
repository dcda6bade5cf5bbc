import { describe, expect, it } from 'vitest';
import type { ConceptQuestion } from '../../../../src/domain/practice/question-bank';
import {
  QuestionBankError,
  checkConceptAnswer,
  conceptTopicIds,
  conceptTopicLabel,
  conceptTopics,
  normalizeAnswer,
  questionsForTopic,
  validateQuestionBank,
  validateQuestionBankFiles,
} from '../../../../src/domain/practice/question-bank';

const mc = {
  id: 'mc-sample',
  topic: 'srm',
  type: 'multiple-choice',
  prompt: 'Which test detects a sample ratio mismatch?',
  options: ['A t-test on the OEC', 'A chi-squared goodness-of-fit test', 'A Mann-Whitney test'],
  answerIndex: 1,
  explanation: 'The check compares counts with the design. It is not about outcomes.',
  difficulty: 2,
};

const sa = {
  id: 'sa-sample',
  topic: 'twymans-law',
  type: 'short-answer',
  prompt: 'Which law says surprising figures are usually wrong?',
  acceptedAnswers: ["Twyman's law", 'Twyman'],
  explanation: 'Surprising results are more often bugs. Check before believing.',
  difficulty: 1,
};

function captureError(run: () => unknown): QuestionBankError {
  try {
    run();
  } catch (error) {
    if (error instanceof QuestionBankError) return error;
    throw error;
  }
  throw new Error('expected validation to fail');
}

describe('conceptTopics', () => {
  it('lists every topic id once, in order, with a non-empty label', () => {
    expect(conceptTopics.map((t) => t.id)).toEqual([...conceptTopicIds]);
    for (const topic of conceptTopics) {
      expect(topic.label.trim()).not.toBe('');
      expect(conceptTopicLabel(topic.id)).toBe(topic.label);
    }
    expect(new Set(conceptTopics.map((t) => t.label)).size).toBe(conceptTopics.length);
  });
});

describe('validateQuestionBank', () => {
  it('accepts valid questions, trims text and defaults tags to []', () => {
    const [first, second] = validateQuestionBank([{ ...mc, prompt: '  padded  ' }, { ...sa, tags: ['law'] }]);
    expect(first).toMatchObject({ id: 'mc-sample', prompt: 'padded', tags: [] });
    expect(second).toMatchObject({ id: 'sa-sample', tags: ['law'] });
  });

  const invalidCases: { name: string; bank: unknown[]; id: string | null; field: string; message: RegExp }[] = [
    { name: 'answerIndex past the last option', bank: [{ ...mc, answerIndex: 3 }], id: 'mc-sample', field: 'answerIndex', message: /out of range/ },
    { name: 'negative answerIndex', bank: [{ ...mc, answerIndex: -1 }], id: 'mc-sample', field: 'answerIndex', message: /negative/ },
    { name: 'fractional answerIndex', bank: [{ ...mc, answerIndex: 1.5 }], id: 'mc-sample', field: 'answerIndex', message: /whole number/ },
    { name: 'missing answerIndex', bank: [{ ...mc, answerIndex: undefined }], id: 'mc-sample', field: 'answerIndex', message: /required/ },
    { name: 'only two options', bank: [{ ...mc, options: ['a', 'b'], answerIndex: 0 }], id: 'mc-sample', field: 'options', message: /3 to 5/ },
    { name: 'six options', bank: [{ ...mc, options: ['a', 'b', 'c', 'd', 'e', 'f'] }], id: 'mc-sample', field: 'options', message: /3 to 5/ },
    { name: 'options equal after normalizing', bank: [{ ...mc, options: ['Yes', ' yes ', 'No'] }], id: 'mc-sample', field: 'options', message: /duplicate option/ },
    { name: 'blank option', bank: [{ ...mc, options: ['a', '  ', 'c'] }], id: 'mc-sample', field: 'options.1', message: /empty/ },
    { name: 'blank explanation', bank: [{ ...mc, explanation: '   ' }], id: 'mc-sample', field: 'explanation', message: /empty/ },
    { name: 'missing prompt', bank: [{ ...sa, prompt: undefined }], id: 'sa-sample', field: 'prompt', message: /required/ },
    { name: 'unknown topic', bank: [{ ...mc, topic: 'bayesian-ab' }], id: 'mc-sample', field: 'topic', message: /must be one of/ },
    { name: 'difficulty 4', bank: [{ ...sa, difficulty: 4 }], id: 'sa-sample', field: 'difficulty', message: /1, 2 or 3/ },
    { name: 'unknown type', bank: [{ ...sa, type: 'true-false' }], id: 'sa-sample', field: 'type', message: /multiple-choice/ },
    { name: 'id not kebab-case', bank: [{ ...mc, id: 'Bad_Id' }], id: 'Bad_Id', field: 'id', message: /kebab-case/ },
    { name: 'missing id', bank: [{ ...mc, id: undefined }], id: null, field: 'id', message: /required/ },
    { name: 'empty acceptedAnswers', bank: [{ ...sa, acceptedAnswers: [] }], id: 'sa-sample', field: 'acceptedAnswers', message: /at least one/ },
    { name: 'accepted answers equal after normalizing', bank: [{ ...sa, acceptedAnswers: ['SRM', 'srm'] }], id: 'sa-sample', field: 'acceptedAnswers', message: /duplicate accepted answer/ },
    { name: 'misspelled field', bank: [{ ...sa, acceptedanswers: ['x'] }], id: 'sa-sample', field: 'acceptedanswers', message: /Unrecognized key/ },
    { name: 'short-answer field on a multiple-choice question', bank: [{ ...mc, acceptedAnswers: ['x'] }], id: 'mc-sample', field: 'acceptedAnswers', message: /Unrecognized key/ },
    { name: 'tag not kebab-case', bank: [{ ...sa, tags: ['Big Tag'] }], id: 'sa-sample', field: 'tags.0', message: /kebab-case/ },
    { name: 'duplicate id in one bank', bank: [mc, sa, { ...sa, prompt: 'again' }], id: 'sa-sample', field: 'id', message: /duplicate id, already used by question #1/ },
    { name: 'item that is not an object', bank: [mc, 'srm'], id: null, field: '', message: /expected a question object, got string/ },
  ];

  it.each(invalidCases)('rejects $name, naming the id and field', ({ bank, id, field, message }) => {
    const error = captureError(() => validateQuestionBank(bank, 'test.json'));
    const problem = error.problems.find((p) => p.field === field);
    expect(problem, `problems: ${JSON.stringify(error.problems)}`).toBeDefined();
    expect(problem?.questionId).toBe(id);
    expect(problem?.message).toMatch(message);
    expect(error.message).toContain('test.json');
    expect(error.message).toContain(id === null ? 'question #' : `question "${id}"`);
    if (field !== '') expect(error.message).toContain(`field "${field}"`);
  });

  it.each([
    { name: 'an object', data: { questions: [mc] }, message: /expected an array of questions, got object/ },
    { name: 'null', data: null, message: /got null/ },
    { name: 'an empty array', data: [], message: /no questions/ },
  ])('rejects a bank that is $name', ({ data, message }) => {
    expect(() => validateQuestionBank(data)).toThrow(message);
  });

  it('reports every problem, not just the first', () => {
    const error = captureError(() => validateQuestionBank([{ ...mc, answerIndex: 9 }, { ...sa, difficulty: 0 }]));
    expect(error.problems.map((p) => [p.questionId, p.field])).toEqual([
      ['mc-sample', 'answerIndex'],
      ['sa-sample', 'difficulty'],
    ]);
  });
});

describe('validateQuestionBankFiles', () => {
  it('merges valid files in order', () => {
    expect(validateQuestionBankFiles({ 'a.json': [mc], 'b.json': [sa] }).map((q) => q.id)).toEqual(['mc-sample', 'sa-sample']);
  });

  it('rejects an id used in two files, naming both files', () => {
    const error = captureError(() => validateQuestionBankFiles({ 'a.json': [mc], 'b.json': [sa, { ...mc, prompt: 'copy' }] }));
    expect(error.problems).toEqual([expect.objectContaining({ questionId: 'mc-sample', field: 'id' })]);
    expect(error.message).toMatch(/duplicate id in b\.json, already used in a\.json/);
  });

  it('names the file that failed', () => {
    expect(() => validateQuestionBankFiles({ 'good.json': [mc], 'bad.json': [{ ...sa, topic: 'nope' }] })).toThrow(/in bad\.json[\s\S]*"sa-sample"[\s\S]*field "topic"/);
  });
});

describe('checkConceptAnswer', () => {
  const [mcQuestion, saQuestion] = validateQuestionBank([mc, sa]) as [ConceptQuestion, ConceptQuestion];
  const numericQuestion = validateQuestionBank([{ ...sa, id: 'numeric', acceptedAnswers: ['2', 'two'] }])[0] as ConceptQuestion;

  it.each([
    { name: 'MC correct index', question: mcQuestion, answer: 1, correct: true },
    { name: 'MC wrong index', question: mcQuestion, answer: 0, correct: false },
    { name: 'MC index out of range', question: mcQuestion, answer: 7, correct: false },
    { name: 'MC NaN', question: mcQuestion, answer: Number.NaN, correct: false },
    { name: 'MC correct option text, other case and spacing', question: mcQuestion, answer: '  a CHI-SQUARED  goodness-of-fit test ', correct: true },
    { name: 'MC wrong option text', question: mcQuestion, answer: 'A t-test on the OEC', correct: false },
    { name: 'MC index as a string is not an index', question: mcQuestion, answer: '1', correct: false },
    { name: 'SA exact', question: saQuestion, answer: "Twyman's law", correct: true },
    { name: 'SA other case and padding', question: saQuestion, answer: "  TWYMAN'S LAW \n", correct: true },
    { name: 'SA second accepted answer', question: saQuestion, answer: 'twyman', correct: true },
    { name: 'SA curly apostrophe', question: saQuestion, answer: 'Twyman\u2019s law', correct: true },
    { name: 'SA doubled inner space', question: saQuestion, answer: "twyman's  law", correct: true },
    { name: 'SA wrong', question: saQuestion, answer: "Murphy's law", correct: false },
    { name: 'SA partial', question: saQuestion, answer: 'twy', correct: false },
    { name: 'SA empty', question: saQuestion, answer: '   ', correct: false },
    { name: 'SA number matching an accepted answer', question: numericQuestion, answer: 2, correct: true },
    { name: 'SA number not accepted', question: numericQuestion, answer: 4, correct: false },
  ])('$name', ({ question, answer, correct }) => {
    expect(checkConceptAnswer(question, answer).correct).toBe(correct);
  });

  it.each([
    { question: mcQuestion, expected: 'A chi-squared goodness-of-fit test' },
    { question: saQuestion, expected: "Twyman's law" },
  ])('reports "$expected" as the expected answer whatever was given', ({ question, expected }) => {
    expect(checkConceptAnswer(question, 'nonsense').expected).toBe(expected);
    expect(checkConceptAnswer(question, 0).expected).toBe(expected);
  });
});

describe('helpers', () => {
  it.each([
    { input: '  Sample  Ratio\tMismatch ', expected: 'sample ratio mismatch' },
    { input: 'Simpson\u2019s Paradox', expected: "simpson's paradox" },
    { input: '', expected: '' },
  ])('normalizeAnswer($input) = $expected', ({ input, expected }) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });

  it('questionsForTopic filters by topic', () => {
    const bank = validateQuestionBank([mc, sa]);
    expect(questionsForTopic(bank, 'srm').map((q) => q.id)).toEqual(['mc-sample']);
    expect(questionsForTopic(bank, 'p-values')).toEqual([]);
  });
});
