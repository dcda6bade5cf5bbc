// One live query for everything the dashboard shows, so it renders once with all its data.
import { addDays } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspiration } from '../domain/inspirations';
import type { ReviewCardRecord } from '../domain/practice/scheduling';
import type { PracticeAttempt } from '../domain/practice/records';
import { addDaysIso, type Certification, type StudySession } from '../domain/progress';
import { parseDay } from '../domain/week';
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

/** Days of study sessions the dashboard reads: the four-week pace window (28 days) and a week's margin. */
export const DASHBOARD_SESSION_DAYS = 35;

/**
 * `today` (yyyy-MM-dd) and this week's Monday decide what is read: the sessions of the pace window
 * and the week's practice attempts, not years of either.
 */
export async function loadDashboard(today: string, weekOf: string): Promise<DashboardData> {
  const certsRepo = getCertificationsRepo();
  const practice = getPracticeRepo();
  const monday = parseDay(weekOf)!;
  const [episodes, { certifications }, attempts, cards, inspirations, calculations, starter] = await Promise.all([
    getEpisodesRepo().list(),
    certsRepo.list(),
    practice.listAttemptsBetween(monday.getTime(), addDays(monday, 7).getTime()),
    practice.listCards(),
    getInspirationsRepo().list(),
    getDatabase().savedCalculations.orderBy('createdAt').reverse().limit(5).toArray(),
    getDatabase().settings.get('starter-episode-ids'),
  ]);
  const active = certifications.filter((c) => !c.archived);
  const from = addDaysIso(today, -(DASHBOARD_SESSION_DAYS - 1));
  const sessions = await Promise.all(active.map((c) => certsRepo.listSessionsBetween(c.id, from, today)));
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

export function useDashboard(today: string, weekOf: string): DashboardData | undefined {
  return useLiveQuery(() => loadDashboard(today, weekOf), [today, weekOf]);
}
