// One live query for everything the dashboard shows, so it renders once with all its data.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspiration } from '../domain/inspirations';
import type { ReviewCardRecord } from '../domain/practice/scheduling';
import type { PracticeAttempt } from '../domain/practice/records';
import type { Certification, StudySession } from '../domain/progress';
import { getCertificationsRepo } from './certifications-store';
import { getDatabase } from './db';
import type { EpisodeMeta } from './episode-record';
import { getEpisodesRepo } from './episodes-store';
import { getInspirationsRepo } from './inspirations-store';
import { getPracticeRepo } from './practice-store';
import type { SavedCalculation } from './saved-calculations-repo';

export interface DashboardData {
  episodes: EpisodeMeta[];
  certifications: { certification: Certification; sessions: StudySession[] }[];
  attempts: PracticeAttempt[];
  cards: ReviewCardRecord[];
  inspirations: Inspiration[];
  calculations: SavedCalculation[];
  /** Ids of the example episodes shipped for the first run. */
  starterIds: string[];
}

export async function loadDashboard(): Promise<DashboardData> {
  const certsRepo = getCertificationsRepo();
  const practice = getPracticeRepo();
  const [episodes, { certifications }, attempts, cards, inspirations, calculations, starter] = await Promise.all([
    getEpisodesRepo().list(),
    certsRepo.list(),
    practice.listAttempts(),
    practice.listCards(),
    getInspirationsRepo().list(),
    getDatabase().savedCalculations.orderBy('createdAt').reverse().limit(5).toArray(),
    getDatabase().settings.get('starter-episode-ids'),
  ]);
  const active = certifications.filter((c) => !c.archived);
  const sessions = await Promise.all(active.map((c) => certsRepo.listSessions(c.id)));
  return {
    episodes,
    certifications: active.map((certification, i) => ({ certification, sessions: sessions[i] ?? [] })),
    attempts: attempts.rows,
    cards: cards.rows,
    inspirations: inspirations.slice(0, 5),
    calculations: calculations as unknown as SavedCalculation[],
    starterIds: Array.isArray(starter?.value) ? (starter.value as string[]) : [],
  };
}

export function useDashboard(): DashboardData | undefined {
  return useLiveQuery(loadDashboard, []);
}
