// The app's practice repository and live-query hooks for the practice screens.
import { useLiveQuery } from 'dexie-react-hooks';
import type { PracticeAttempt } from '../domain/practice/records';
import type { ReviewCardRecord } from '../domain/practice/scheduling';
import { getDatabase } from './db';
import { PracticeRepo, type Loaded } from './practice-repo';

let repo: PracticeRepo | null = null;

export function getPracticeRepo(): PracticeRepo {
  repo ??= new PracticeRepo(getDatabase());
  return repo;
}

/** Every valid attempt, oldest first; undefined while loading. */
export function usePracticeAttempts(): Loaded<PracticeAttempt> | undefined {
  return useLiveQuery(() => getPracticeRepo().listAttempts(), []);
}

/** Every valid review card, soonest due first; undefined while loading. */
export function useReviewCards(): Loaded<ReviewCardRecord> | undefined {
  return useLiveQuery(() => getPracticeRepo().listCards(), []);
}
