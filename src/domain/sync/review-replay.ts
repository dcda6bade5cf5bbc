// FSRS card state from the merged review log: every attempt replayed in time order through the
// scheduler, so two devices that practised offline end with the cards one device would have had
// after the same answers.
import type { PracticeAttempt } from '../practice/records';
import { newReviewCard, reviewCard, type ReviewCardRecord } from '../practice/scheduling';

type ReviewPart = Pick<PracticeAttempt, 'id' | 'cardId' | 'kind' | 'topic' | 'questionId' | 'answeredAt' | 'rating'>;

/** The card of each id, from its attempts (any order; ties broken by attempt id, the same on every device). */
export function cardsFromReviews(attempts: readonly ReviewPart[]): Map<string, ReviewCardRecord> {
  const ordered = [...attempts].sort((a, b) => a.answeredAt - b.answeredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cards = new Map<string, ReviewCardRecord>();
  for (const attempt of ordered) {
    const card = cards.get(attempt.cardId) ?? newReviewCard(attempt.kind, attempt.kind === 'concept' ? (attempt.questionId ?? attempt.topic) : attempt.topic, attempt.topic, attempt.answeredAt);
    cards.set(attempt.cardId, reviewCard(card, attempt.rating, attempt.answeredAt));
  }
  return cards;
}
