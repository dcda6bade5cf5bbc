// One live query for everything the dashboard shows, so it renders once with all its data.
import { addDays } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspiration } from '../domain/inspirations';
import type { ReviewCardRecord } from '../domain/practice/scheduling';
import type { PracticeAttempt } from '../domain/practice/records';
import { addDaysIso, type CertificationSummary, type StudyMinutes } from '../domain/progress';
import { parseDay } from '../domain/week';
import { getCertificationsRepo } from './certifications-store';
import type { EpisodeMeta } from './episode-record';
import { getEpisodesRepo } from './episodes-store';
import { getInspirationsRepo } from './inspirations-store';
import { getPracticeRepo } from './practice-store';
import { getSavedCalculationsRepo, type SavedCalculation } from './saved-calculations-repo';
import { getSettingsRepo } from './settings-store';

export interface DashboardData {
  /** Live episodes of this week (usually one). */
  weekEpisodes: EpisodeMeta[];
  /** The week (yyyy-MM-dd Monday) of every live episode: the writing streak. */
  weeksWritten: string[];
  /** Ids of every live episode. */
  liveIds: string[];
  /** Active certifications with the minutes studied per day and module in the pace window, and their first day of study. */
  certifications: { certification: CertificationSummary; sessions: StudyMinutes[]; firstStudyDate?: string }[];
  attempts: PracticeAttempt[];
  cards: ReviewCardRecord[];
  /** The newest added or listed-in-episodes inspirations. */
  inspirations: Inspiration[];
  calculations: SavedCalculation[];
  /** Ids of the example episodes shipped for the first run. */
  starterIds: string[];
}

/** Newest episodes whose listed inspirations the dashboard reads. */
const DASHBOARD_INSPIRATION_EPISODES = 3;

/** Days of study the dashboard reads: the four-week pace window (28 days) and a week's margin. */
export const DASHBOARD_SESSION_DAYS = 35;

/**
 * `today` (yyyy-MM-dd) and this week's Monday decide what is read: the sessions of the pace window,
 * the week's practice attempts and this week's episodes, not years of any of them (the other weeks
 * come from the episodes' indexes, without their rows).
 */
export async function loadDashboard(today: string, weekOf: string): Promise<DashboardData> {
  const certsRepo = getCertificationsRepo();
  const practice = getPracticeRepo();
  const monday = parseDay(weekOf)!;
  const episodes = getEpisodesRepo();
  const from = addDaysIso(today, -(DASHBOARD_SESSION_DAYS - 1));
  const [live, weekEpisodes, certifications, recent, attempts, cards, inspirations, calculations, starter] = await Promise.all([
    episodes.liveWeeks(),
    episodes.listWeek(weekOf),
    certsRepo.listSummaries(),
    certsRepo.sessions.recentStudyWithStart(from, today),
    practice.listAttemptsBetween(monday.getTime(), addDays(monday, 7).getTime()),
    practice.listCards(),
    getInspirationsRepo().listAll(DASHBOARD_INSPIRATION_EPISODES),
    getSavedCalculationsRepo().newest(5),
    getSettingsRepo().get('starter-episode-ids'),
  ]);
  const active = certifications.filter((c) => !c.archived);
  // A certification without a usable aggregate row (new, or damaged) has its sessions read.
  const sessions = await Promise.all(active.map((c) => recent.get(c.id)?.sessions ?? certsRepo.sessions.listSessionsBetween(c.id, from, today)));
  return {
    weekEpisodes,
    weeksWritten: live.flatMap((e) => (e.weekOf ? [e.weekOf] : [])),
    liveIds: live.map((e) => e.id),
    certifications: active.map((certification, i) => {
      const firstStudyDate = recent.get(certification.id)?.firstDate;
      return { certification, sessions: sessions[i] ?? [], ...(firstStudyDate ? { firstStudyDate } : {}) };
    }),
    attempts: attempts.rows,
    cards: cards.rows,
    inspirations: inspirations.slice(0, 5),
    calculations,
    starterIds: starter,
  };
}

export function useDashboard(today: string, weekOf: string): DashboardData | undefined {
  return useLiveQuery(() => loadDashboard(today, weekOf), [today, weekOf]);
}
