// How ready each topic is: its retrievability (ts-fsrs's forgetting curve, through
// `get_retrievability`) and its accuracy so far. A topic is at the goal when it would be recalled
// with at least the goal retention and, once it has a few answers, it is answered right often enough.
import type { Card } from 'ts-fsrs';
import { practiceTopicLabel } from '../practice/progress';
import { GOAL_RETENTION, schedulerFor } from './review-plan-fsrs';

/** Below this many answers a topic's accuracy says little, and only its retrievability counts. */
export const MIN_ATTEMPTS_FOR_ACCURACY = 3;
/** Share of right answers a practised topic needs to count as ready (reviews assume Good answers). */
export const GOAL_ACCURACY = 0.7;

export interface TopicAccuracy {
  topic: string;
  attempts: number;
  /** 0..1 */
  accuracy: number;
}

export interface TopicReadiness {
  topic: string;
  label: string;
  /** 0..1: the chance of recalling it at that moment (0 for a topic not started). */
  retrievability: number;
  /** 0..1, or null with no answers yet. */
  accuracy: number | null;
  attempts: number;
  atGoal: boolean;
}

/** A topic's retrievability at `at`: the lowest of its cards' (0 with no card yet). */
export function topicRetrievability(cards: readonly Card[], at: Date): number {
  if (cards.length === 0) return 0;
  // The scheduler's retention does not change the forgetting curve; any instance reads it.
  const scheduler = schedulerFor(GOAL_RETENTION);
  return Math.min(...cards.map((c) => (c.state === 0 ? 0 : scheduler.get_retrievability(c, at, false))));
}

export function topicReadiness(topic: string, cards: readonly Card[], at: Date, accuracy: TopicAccuracy | undefined): TopicReadiness {
  const retrievability = topicRetrievability(cards, at);
  const attempts = accuracy?.attempts ?? 0;
  const acc = accuracy && attempts > 0 ? accuracy.accuracy : null;
  const accurateEnough = attempts < MIN_ATTEMPTS_FOR_ACCURACY || (acc ?? 0) >= GOAL_ACCURACY;
  // A hair of tolerance: a card reviewed exactly on time sits on the goal, not below it.
  return { topic, label: practiceTopicLabel(topic), retrievability, accuracy: acc, attempts, atGoal: retrievability >= GOAL_RETENTION - 1e-9 && accurateEnough };
}

/** Weakest first: not at the goal first, then lowest retrievability, then lowest accuracy. */
export function weakestReadinessFirst(a: TopicReadiness, b: TopicReadiness): number {
  return Number(a.atGoal) - Number(b.atGoal) || a.retrievability - b.retrievability || (a.accuracy ?? 1) - (b.accuracy ?? 1) || a.label.localeCompare(b.label);
}

/** Average minutes a review takes from the person's answers, or the default with fewer than 5. */
export function minutesPerReviewFrom(stats: readonly { attempts: number; avgSeconds: number }[], fallback: number): number {
  const attempts = stats.reduce((sum, s) => sum + s.attempts, 0);
  if (attempts < 5) return fallback;
  const seconds = stats.reduce((sum, s) => sum + s.attempts * s.avgSeconds, 0) / attempts;
  return Math.max(0.5, Math.round((seconds / 60) * 10) / 10);
}
