// Pure helpers for the session screen: URL parameters, resolving a planned item to what is shown,
// and grading whatever the learner entered.
import { checkChoiceAnswer, checkNumericAnswer } from '../../domain/practice/answer-check';
import { generateProblem, generators, isGeneratorTopic, type Problem } from '../../domain/practice/generators';
import { fmt } from '../../domain/practice/generators/format';
import { practiceTopicLabel } from '../../domain/practice/progress';
import { checkConceptAnswer, type ConceptQuestion } from '../../domain/practice/question-bank';
import { conceptQuestions } from '../../domain/practice/question-bank-data';
import type { SessionItem, SessionMode } from '../../domain/practice/session';

export interface SessionParams {
  mode: SessionMode;
  count: number;
  topics: string[];
  seed: number;
}

const modes: SessionMode[] = ['mixed', 'topics', 'due'];

export function parseSessionParams(params: URLSearchParams, fallbackSeed: number): SessionParams {
  const mode = modes.find((m) => m === params.get('mode')) ?? 'mixed';
  const count = Number(params.get('n'));
  const seed = Number(params.get('seed'));
  return {
    mode,
    count: Number.isInteger(count) && count > 0 ? Math.min(count, 50) : 10,
    topics: (params.get('topics') ?? '').split(',').filter(isGeneratorTopic),
    seed: Number.isInteger(seed) && params.get('seed') !== null ? seed : fallbackSeed,
  };
}

export function sessionSearch(p: Omit<SessionParams, 'seed'> & { seed?: number }): string {
  const q = new URLSearchParams({ mode: p.mode, n: String(p.count) });
  if (p.mode === 'topics' && p.topics.length > 0) q.set('topics', p.topics.join(','));
  if (p.seed !== undefined) q.set('seed', String(p.seed));
  return `?${q.toString()}`;
}

export type SessionQuestion =
  | { kind: 'generator'; ref: string; topic: string; label: string; seed: number; problem: Problem }
  | { kind: 'concept'; ref: string; topic: string; label: string; seed: null; question: ConceptQuestion };

let byId: Map<string, ConceptQuestion> | null = null;
const questionById = (id: string) => (byId ??= new Map(conceptQuestions().map((q) => [q.id, q]))).get(id);

export function resolveItem(item: SessionItem): SessionQuestion | null {
  if (item.kind === 'generator') {
    if (!generators[item.topic]) return null;
    return { kind: 'generator', ref: item.topic, topic: item.topic, label: practiceTopicLabel(item.topic), seed: item.seed, problem: generateProblem(item.topic, item.seed) };
  }
  const question = questionById(item.questionId);
  if (!question) return null;
  return { kind: 'concept', ref: question.id, topic: question.topic, label: practiceTopicLabel(question.topic), seed: null, question };
}

export function conceptIds(): string[] {
  return conceptQuestions().map((q) => q.id);
}

/** Options shown for a multiple-choice item, or null for a typed answer. */
export function optionsOf(q: SessionQuestion): string[] | null {
  if (q.kind === 'generator') return q.problem.kind === 'choice' ? q.problem.options : null;
  return q.question.type === 'multiple-choice' ? q.question.options : null;
}

export interface Graded {
  status: 'correct' | 'incorrect' | 'invalid';
  feedback: string | null;
  /** The right answer as text. */
  expected: string;
  /** What was entered, as stored with the attempt. */
  answer: string;
}

export function gradeAnswer(q: SessionQuestion, typed: string, choice: number | null): Graded {
  if (q.kind === 'generator') {
    const p = q.problem;
    if (p.kind === 'choice') {
      const r = checkChoiceAnswer(p, choice ?? -1);
      return { status: r.status, feedback: r.feedback, expected: `${p.answer + 1}. ${p.options[p.answer]}`, answer: String(choice ?? '') };
    }
    const r = checkNumericAnswer(p, typed);
    return { status: r.status, feedback: r.feedback, expected: p.answerText, answer: typed.trim() };
  }
  const question = q.question;
  if (question.type === 'multiple-choice') {
    if (choice === null) return { status: 'invalid', feedback: `Pick an option from 1 to ${question.options.length}.`, expected: '', answer: '' };
    const r = checkConceptAnswer(question, choice);
    return { status: r.correct ? 'correct' : 'incorrect', feedback: null, expected: `${question.answerIndex + 1}. ${r.expected}`, answer: String(choice) };
  }
  if (typed.trim() === '') return { status: 'invalid', feedback: 'Type an answer first.', expected: '', answer: '' };
  const r = checkConceptAnswer(question, typed);
  return { status: r.correct ? 'correct' : 'incorrect', feedback: null, expected: r.expected, answer: typed.trim() };
}

/** "in 10 min", "in 3 days" from now to `due`. */
export function relativeDue(due: number, now: number): string {
  const minutes = Math.round((due - now) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} h`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

export function formatSeconds(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export { fmt };
