import { describe, expect, it } from 'vitest';
import { cardIdFor, dueCards, gradeAttempt, newReviewCard, reviewCard } from '../../../../src/domain/practice/scheduling';

describe('gradeAttempt (FSRS rating from correctness and time)', () => {
  it.each([
    { correct: false, seconds: 5, kind: 'generator', rating: 1 },
    { correct: false, seconds: 500, kind: 'generator', rating: 1 },
    { correct: true, seconds: 59.9, kind: 'generator', rating: 4 },
    { correct: true, seconds: 60, kind: 'generator', rating: 3 },
    { correct: true, seconds: 180, kind: 'generator', rating: 3 },
    { correct: true, seconds: 180.1, kind: 'generator', rating: 2 },
    { correct: true, seconds: 14, kind: 'concept', rating: 4 },
    { correct: true, seconds: 30, kind: 'concept', rating: 3 },
    { correct: true, seconds: 46, kind: 'concept', rating: 2 },
    { correct: false, seconds: 10, kind: 'concept', rating: 1 },
  ] as const)('$kind, correct=$correct, $seconds s -> $rating', ({ correct, seconds, kind, rating }) => {
    expect(gradeAttempt({ correct, seconds, kind })).toBe(rating);
  });
});

const T0 = Date.UTC(2026, 10, 16, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

describe('reviewCard', () => {
  it('makes one card per generator topic and per concept question', () => {
    expect(cardIdFor('generator', 'power')).toBe('gen:power');
    expect(cardIdFor('concept', 'srm-what-is')).toBe('concept:srm-what-is');
    const card = newReviewCard('generator', 'power', 'power', T0);
    expect(card).toMatchObject({ id: 'gen:power', kind: 'generator', ref: 'power', topic: 'power', due: T0, reps: 0, state: 0, lastReview: null });
  });

  it('schedules Again within minutes and Easy days later, and pushes a right answer further out each time', () => {
    const fresh = newReviewCard('generator', 'power', 'power', T0);
    const again = reviewCard(fresh, 1, T0);
    const good = reviewCard(fresh, 3, T0);
    const easy = reviewCard(fresh, 4, T0);
    expect(again.due - T0).toBeLessThanOrEqual(10 * MIN);
    expect(again.due).toBeLessThan(good.due);
    expect(good.due).toBeLessThan(easy.due);
    expect(easy.due - T0).toBeGreaterThanOrEqual(DAY);
    expect(easy).toMatchObject({ reps: 1, lapses: 0, lastReview: T0 });
    // Review the easy card when due, correctly again: the interval grows.
    const second = reviewCard(easy, 4, easy.due);
    expect(second.due - easy.due).toBeGreaterThan(easy.due - T0);
    // A miss on a review card is a lapse and brings it back soon.
    const lapse = reviewCard(second, 1, second.due);
    expect(lapse.lapses).toBe(1);
    expect(lapse.due - second.due).toBeLessThan(DAY);
  });

  it('is deterministic (no fuzz)', () => {
    const fresh = newReviewCard('concept', 'q', 'srm', T0);
    expect(reviewCard(reviewCard(fresh, 3, T0), 3, T0 + 3 * DAY)).toEqual(reviewCard(reviewCard(fresh, 3, T0), 3, T0 + 3 * DAY));
  });
});

describe('dueCards', () => {
  it('keeps cards due by now, most overdue first', () => {
    const card = (ref: string, due: number) => ({ ...newReviewCard('generator', ref, ref, T0), due });
    const cards = [card('a', T0 + DAY), card('b', T0 - DAY), card('c', T0), card('d', T0 - 2 * DAY)];
    expect(dueCards(cards, T0).map((c) => c.ref)).toEqual(['d', 'b', 'c']);
  });
});
