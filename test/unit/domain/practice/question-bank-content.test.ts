// Checks the shipped bank in content/practice: it must load, cover every topic and read well.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conceptQuestionFiles, conceptQuestions as loadConceptQuestions } from '../../../../src/domain/practice/question-bank-data';

const conceptQuestions = loadConceptQuestions();
import { checkConceptAnswer, conceptTopics, normalizeAnswer, validateQuestionBank } from '../../../../src/domain/practice/question-bank';

const contentDir = fileURLToPath(new URL('../../../../content/practice/', import.meta.url));
const jsonFiles = readdirSync(contentDir).filter((name) => name.endsWith('.json')).sort();
const multipleChoice = conceptQuestions.flatMap((q) => (q.type === 'multiple-choice' ? [q] : []));
const shortAnswer = conceptQuestions.flatMap((q) => (q.type === 'short-answer' ? [q] : []));

// Counts sentence ends: ., ! or ? followed by whitespace or the end of the text.
function sentenceCount(text: string): number {
  return text.match(/[.!?](?=\s|$)/g)?.length ?? 0;
}

describe('shipped concept question bank', () => {
  it('imports every JSON file in content/practice, and nothing else', () => {
    expect(Object.keys(conceptQuestionFiles).sort()).toEqual(jsonFiles);
  });

  it.each(jsonFiles)('%s parses from disk and validates', (name) => {
    const onDisk: unknown = JSON.parse(readFileSync(`${contentDir}${name}`, 'utf8'));
    expect(onDisk).toEqual(conceptQuestionFiles[name]);
    expect(validateQuestionBank(onDisk, name).length).toBeGreaterThan(0);
  });

  it('has at least 64 questions with unique ids', () => {
    expect(conceptQuestions.length).toBeGreaterThanOrEqual(64);
    expect(new Set(conceptQuestions.map((q) => q.id)).size).toBe(conceptQuestions.length);
  });

  it.each(conceptTopics.map((t) => [t.id, t.label] as const))('topic %s (%s) has at least 4 questions', (topic) => {
    expect(conceptQuestions.filter((q) => q.topic === topic).length).toBeGreaterThanOrEqual(4);
  });

  it('mixes both question types and all difficulties', () => {
    expect(shortAnswer.length).toBeGreaterThanOrEqual(10);
    expect(multipleChoice.length).toBeGreaterThanOrEqual(40);
    expect(new Set(conceptQuestions.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('multiple-choice questions have 3-5 unique options and an answerIndex within them', () => {
    for (const q of multipleChoice) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(5);
      expect(new Set(q.options.map(normalizeAnswer)).size, q.id).toBe(q.options.length);
      expect(Number.isInteger(q.answerIndex) && q.answerIndex >= 0 && q.answerIndex < q.options.length, q.id).toBe(true);
    }
  });

  it('does not give the answer away by position', () => {
    const counts = new Map<number, number>();
    for (const q of multipleChoice) counts.set(q.answerIndex, (counts.get(q.answerIndex) ?? 0) + 1);
    for (const [index, count] of counts) {
      expect(count / multipleChoice.length, `answerIndex ${index}`).toBeLessThanOrEqual(0.4);
    }
  });

  it('every question is answered correctly by its own key', () => {
    for (const q of multipleChoice) {
      expect(checkConceptAnswer(q, q.answerIndex).correct, q.id).toBe(true);
      expect(checkConceptAnswer(q, q.options[q.answerIndex] ?? '').correct, q.id).toBe(true);
    }
    for (const q of shortAnswer) {
      for (const accepted of q.acceptedAnswers) {
        expect(checkConceptAnswer(q, accepted.toUpperCase()).correct, `${q.id}: ${accepted}`).toBe(true);
      }
    }
  });

  it('short answers are a word or short phrase', () => {
    for (const q of shortAnswer) {
      for (const accepted of q.acceptedAnswers) {
        expect(accepted.split(/\s+/).length, `${q.id}: ${accepted}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it('explanations are non-empty and 2-4 sentences long', () => {
    for (const q of conceptQuestions) {
      expect(q.explanation.trim(), q.id).not.toBe('');
      const sentences = sentenceCount(q.explanation);
      expect(sentences, `${q.id}: ${q.explanation}`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${q.id}: ${q.explanation}`).toBeLessThanOrEqual(4);
    }
  });

  // Numbers are exempt: a prompt may quote alpha = 0.05 and still ask for a share of 5%.
  it('short-answer prompts do not contain their own answer', () => {
    for (const q of shortAnswer) {
      const prompt = normalizeAnswer(q.prompt);
      const leaked = q.acceptedAnswers.filter((a) => /[a-z]{3}/i.test(a) && prompt.includes(normalizeAnswer(a)));
      expect(leaked, q.id).toEqual([]);
    }
  });

  it('each file holds a single topic, matching its file name', () => {
    for (const [name, data] of Object.entries(conceptQuestionFiles)) {
      const topics = new Set(validateQuestionBank(data, name).map((q) => q.topic));
      expect([...topics].map((t) => `concepts-${t}.json`), name).toEqual([name]);
    }
  });
});
