// The stored shapes of practice attempts and review cards, and the one restore step every row
// loaded from the database (or a backup) passes through: defaults filled, garbage rejected.
import { z } from 'zod';
import type { ReviewCardRecord } from './scheduling';

export interface PracticeAttempt {
  id: string;
  cardId: string;
  kind: 'generator' | 'concept';
  /** Generator topic id or concept topic id. */
  topic: string;
  /** Generator problems: the seed that rebuilds the problem. */
  seed: number | null;
  /** Concept questions: the question id. */
  questionId: string | null;
  /** What was typed or the option index picked, as text. */
  answer: string;
  correct: boolean;
  seconds: number;
  answeredAt: number;
  /** FSRS rating given: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: 1 | 2 | 3 | 4;
  /** The card's next due time after this attempt. */
  dueAfter: number;
  /** The common-mistake feedback shown, if any. */
  mistake: string | null;
}

const time = z.number().int().nonnegative();
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const attemptSchema = z.object({
  id: z.string().min(1),
  cardId: z.string().min(1),
  kind: z.enum(['generator', 'concept']),
  topic: z.string().min(1),
  seed: z.number().int().nullable().default(null),
  questionId: z.string().nullable().default(null),
  answer: z.string().default(''),
  correct: z.boolean(),
  seconds: z.number().nonnegative().finite(),
  answeredAt: time,
  rating,
  dueAfter: time,
  mistake: z.string().nullable().default(null),
});

const cardSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['generator', 'concept']),
  topic: z.string().min(1),
  ref: z.string().min(1),
  due: time,
  stability: z.number().nonnegative().finite(),
  difficulty: z.number().nonnegative().finite(),
  elapsedDays: z.number().nonnegative().finite().default(0),
  scheduledDays: z.number().nonnegative().finite().default(0),
  learningSteps: z.number().int().nonnegative().default(0),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: time.nullable().default(null),
});

export class PracticeRecordError extends Error {
  constructor(what: string, issues: z.core.$ZodIssue[]) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path.join('.') || '(row)'} ${i.message}`).join('; ')}`);
    this.name = 'PracticeRecordError';
  }
}

/** Validates a stored attempt; throws PracticeRecordError naming the bad fields. */
export function restoreAttempt(row: unknown): PracticeAttempt {
  const parsed = attemptSchema.safeParse(row);
  if (!parsed.success) throw new PracticeRecordError('practice attempt', parsed.error.issues);
  return parsed.data;
}

export function restoreReviewCard(row: unknown): ReviewCardRecord {
  const parsed = cardSchema.safeParse(row);
  if (!parsed.success) throw new PracticeRecordError('review card', parsed.error.issues);
  return parsed.data;
}

/** Keeps the valid rows and counts the rest, so one damaged row cannot hide a whole history. */
export function restoreAll<T>(rows: readonly unknown[], restore: (row: unknown) => T): { valid: T[]; rejected: number } {
  const valid: T[] = [];
  let rejected = 0;
  for (const row of rows) {
    try {
      valid.push(restore(row));
    } catch {
      rejected++;
    }
  }
  return { valid, rejected };
}
