// Practice attempts and FSRS review cards in IndexedDB. Recording an attempt grades it,
// reschedules its card and stores both in one transaction; every row read back passes through
// restoreAttempt / restoreReviewCard, and damaged rows are skipped and counted, not thrown.
import type { PracticeCells } from '../domain/practice/progress';
import type { PracticeAttempt } from '../domain/practice/records';
import { restoreAll, restoreAttempt, restoreReviewCard } from '../domain/practice/records';
import type { CardKind, ReviewCardRecord } from '../domain/practice/scheduling';
import { cardIdFor, dueCards, gradeAttempt, newReviewCard, reviewCard } from '../domain/practice/scheduling';
import type { EpisodesDatabase } from './db';
import { appScheduling, DerivedRows, type Scheduling } from './derived';
import { practiceRow } from './derived/practice-row';

/** What the practice screen knows when an answer is submitted. */
export interface AttemptInput {
  kind: CardKind;
  /** Generator topic id or concept question id. */
  ref: string;
  /** Generator topic id or the concept question's topic. */
  topic: string;
  seed: number | null;
  answer: string;
  correct: boolean;
  seconds: number;
  mistake: string | null;
}

export interface RecordedAttempt {
  attempt: PracticeAttempt;
  /** The card before and after this attempt (before is null for a first attempt). */
  before: ReviewCardRecord | null;
  card: ReviewCardRecord;
}

export interface Loaded<T> {
  rows: T[];
  /** Rows that failed validation and were left out. */
  rejected: number;
}

/** Every answer summed per day and topic (what the practice screen's progress needs). */
export interface PracticeTotals {
  cells: PracticeCells;
  /** Stored attempts that failed validation and are not counted. */
  rejected: number;
}

export class PracticeRepo {
  private readonly derived: DerivedRows;

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly newId: () => string = () => crypto.randomUUID(),
    scheduling: Scheduling = appScheduling,
  ) {
    this.derived = new DerivedRows(db, scheduling);
  }

  async recordAttempt(input: AttemptInput, now: number = Date.now()): Promise<RecordedAttempt> {
    const id = cardIdFor(input.kind, input.ref);
    return this.db.transaction('rw', [this.db.reviewCards, this.db.practiceAttempts, this.db.aggregates], async () => {
      const stored = await this.db.reviewCards.get(id);
      let before: ReviewCardRecord | null = null;
      if (stored) {
        try {
          before = restoreReviewCard(stored);
        } catch {
          before = null; // A damaged card starts over rather than blocking practice.
        }
      }
      const rating = gradeAttempt({ correct: input.correct, seconds: input.seconds, kind: input.kind });
      const card = reviewCard(before ?? newReviewCard(input.kind, input.ref, input.topic, now), rating, now);
      const attempt: PracticeAttempt = {
        id: this.newId(),
        cardId: id,
        kind: input.kind,
        topic: input.topic,
        seed: input.seed,
        questionId: input.kind === 'concept' ? input.ref : null,
        answer: input.answer,
        correct: input.correct,
        seconds: Math.round(input.seconds * 10) / 10,
        answeredAt: now,
        rating,
        dueAfter: card.due,
        mistake: input.mistake,
      };
      await this.db.reviewCards.put(card);
      await this.db.practiceAttempts.put(attempt);
      await this.derived.adjust(practiceRow, '', [attempt]);
      return { attempt, before, card };
    });
  }

  /**
   * Progress figures' input from the aggregate row: one read instead of every attempt. A missing or
   * damaged row is computed from the attempts for this answer and rebuilt in the background; a
   * well-formed one is used at once and checked against the attempts' count later (once per
   * session), rebuilt if they differ.
   */
  async totals(): Promise<PracticeTotals> {
    const aggregate = (await this.derived.read(practiceRow))!;
    const counted = aggregate.cells.attempts.reduce((sum, n) => sum + n, 0);
    return { cells: aggregate.cells, rejected: aggregate.count - counted };
  }

  /** Rebuilds the stored row when its count differs from the attempts stored. True when it had to. */
  checkTotals(): Promise<boolean> {
    return this.derived.check(practiceRow);
  }

  rebuildTotals(): Promise<void> {
    return this.derived.rebuild(practiceRow);
  }

  async listAttempts(): Promise<Loaded<PracticeAttempt>> {
    const { valid, rejected } = restoreAll(await this.db.practiceAttempts.orderBy('answeredAt').toArray(), restoreAttempt);
    return { rows: valid, rejected };
  }

  /** Attempts answered in [start, end) (epoch ms), oldest first: a week's summary without reading every attempt. */
  async listAttemptsBetween(start: number, end: number): Promise<Loaded<PracticeAttempt>> {
    const { valid, rejected } = restoreAll(await this.db.practiceAttempts.where('answeredAt').between(start, end, true, false).toArray(), restoreAttempt);
    return { rows: valid, rejected };
  }

  async listCards(): Promise<Loaded<ReviewCardRecord>> {
    const { valid, rejected } = restoreAll(await this.db.reviewCards.orderBy('due').toArray(), restoreReviewCard);
    return { rows: valid, rejected };
  }

  async getCard(id: string): Promise<ReviewCardRecord | null> {
    const row = await this.db.reviewCards.get(id);
    return row ? restoreAll([row], restoreReviewCard).valid[0] ?? null : null;
  }

  /** Cards due at `now`, most overdue first. */
  async due(now: number = Date.now()): Promise<ReviewCardRecord[]> {
    const rows = await this.db.reviewCards.where('due').belowOrEqual(now).toArray();
    return dueCards(restoreAll(rows, restoreReviewCard).valid, now);
  }

  /** A card's review history, oldest first. */
  async history(cardId: string): Promise<PracticeAttempt[]> {
    const rows = await this.db.practiceAttempts.where('cardId').equals(cardId).toArray();
    return restoreAll(rows, restoreAttempt).valid.sort((a, b) => a.answeredAt - b.answeredAt);
  }
}
