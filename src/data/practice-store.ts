// The app's practice repository and live-query hooks for the practice screens.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewCardRecord } from '../domain/practice/scheduling';
import { getDatabase } from './db';
import { PracticeRepo, type Loaded, type PracticeTotals } from './practice-repo';

let repo: PracticeRepo | null = null;

export function getPracticeRepo(): PracticeRepo {
  repo ??= new PracticeRepo(getDatabase());
  return repo;
}

/** Every answer summed per day and topic; undefined while loading. */
export function usePracticeTotals(): PracticeTotals | undefined {
  return useLiveQuery(() => getPracticeRepo().totals(), []);
}

/** Every valid review card, soonest due first; undefined while loading. */
export function useReviewCards(): Loaded<ReviewCardRecord> | undefined {
  return useLiveQuery(() => getPracticeRepo().listCards(), []);
}
