// Spaced repetition with FSRS (ts-fsrs). Every generator topic and every concept question is a
// card; an attempt is graded from correctness and time, and the card is rescheduled. Pure: the
// caller stores the results (src/data/practice-repo.ts).
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export type CardKind = 'generator' | 'concept';

/** A review card as stored: ts-fsrs's card with dates as epoch milliseconds. */
export interface ReviewCardRecord {
  id: string;
  kind: CardKind;
  /** Generator topic id, or the concept question's topic. */
  topic: string;
  /** Generator topic id or concept question id. */
  ref: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: number | null;
}

export type PracticeRating = 1 | 2 | 3 | 4;
export const ratingLabels: Record<PracticeRating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export function cardIdFor(kind: CardKind, ref: string): string {
  return `${kind === 'generator' ? 'gen' : 'concept'}:${ref}`;
}

/**
 * Time thresholds for grading (seconds). A numeric problem takes a few minutes by hand in an
 * interview: under 60 s is fluent, over 180 s is a struggle. A concept question is a reading:
 * under 15 s is instant recall, over 45 s is hesitation.
 */
export const gradeThresholds: Record<CardKind, { fastSeconds: number; slowSeconds: number }> = {
  generator: { fastSeconds: 60, slowSeconds: 180 },
  concept: { fastSeconds: 15, slowSeconds: 45 },
};

/** Wrong → Again; right and slow → Hard; right → Good; right and fast → Easy. */
export function gradeAttempt(attempt: { correct: boolean; seconds: number; kind: CardKind }): PracticeRating {
  if (!attempt.correct) return Rating.Again;
  const t = gradeThresholds[attempt.kind];
  if (attempt.seconds > t.slowSeconds) return Rating.Hard;
  if (attempt.seconds < t.fastSeconds) return Rating.Easy;
  return Rating.Good;
}

// No fuzz, so the same history always gives the same schedule (and tests can pin it).
const scheduler = fsrs({ enable_fuzz: false });

export function newReviewCard(kind: CardKind, ref: string, topic: string, now: number): ReviewCardRecord {
  return fromCard(createEmptyCard(new Date(now)), { id: cardIdFor(kind, ref), kind, ref, topic });
}

/** Reschedules `card` after an attempt graded `rating` at `now`. */
export function reviewCard(card: ReviewCardRecord, rating: PracticeRating, now: number): ReviewCardRecord {
  const { card: next } = scheduler.next(toCard(card), new Date(now), rating as Grade);
  return fromCard(next, card);
}

/** Cards due at `now`, most overdue first. */
export function dueCards(cards: readonly ReviewCardRecord[], now: number): ReviewCardRecord[] {
  return cards.filter((c) => c.due <= now).sort((a, b) => a.due - b.due);
}

/** The stored card as ts-fsrs's Card (the review plan simulates reviews on it). */
export function toCard(r: ReviewCardRecord): Card {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsedDays,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    last_review: r.lastReview === null ? undefined : new Date(r.lastReview),
  };
}

function fromCard(c: Card, who: Pick<ReviewCardRecord, 'id' | 'kind' | 'ref' | 'topic'>): ReviewCardRecord {
  return {
    id: who.id,
    kind: who.kind,
    ref: who.ref,
    topic: who.topic,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as ReviewCardRecord['state'],
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}
