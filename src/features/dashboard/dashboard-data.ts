// What the dashboard shows, computed from plain data: the week's episode, the writing streak,
// each certification's pace, and the rollups that pre-fill this week's episode.
import type { EpisodeDraft, SectionKind, WeeklyRollups } from '../../domain/episode';
import { replaceSectionMarkdown, sectionKindRegistry } from '../../domain/episode';

export type { WeeklyRollups } from '../../domain/episode';
import { addDaysIso, forecastCompletion, statusBanner, type CertificationSummary, type IsoDate, type StudyMinutes } from '../../domain/progress';
import { parseDay } from '../../domain/week';

export interface WeekEpisode {
  id: string;
  title: string;
  status: 'draft' | 'published';
  weekOf?: string;
  number?: number;
}

/** The episode filed under this week (the highest-numbered if there are several). */
export function episodeOfWeek<T extends WeekEpisode>(episodes: readonly T[], weekOf: string): T | undefined {
  return episodes.filter((e) => e.weekOf === weekOf).sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0];
}

/**
 * Consecutive ISO weeks with at least one episode. This week not written yet does not break the
 * streak until the week is over: the current streak then ends last week.
 */
export function writingStreak(weeksWritten: readonly (string | undefined)[], thisWeekOf: string): { current: number; longest: number; thisWeekDone: boolean } {
  const weeks = new Set(weeksWritten.filter((w): w is string => Boolean(w)));
  if (!parseDay(thisWeekOf)) return { current: 0, longest: 0, thisWeekDone: false };
  // Weeks are 'yyyy-MM-dd' Mondays; stepping them as day numbers (not Dates through a formatter)
  // keeps this at a fraction of a millisecond for years of weekly episodes.
  const step = (week: string, days: number) => addDaysIso(week as IsoDate, days);
  const thisWeekDone = weeks.has(thisWeekOf);
  let cursor = thisWeekDone ? thisWeekOf : step(thisWeekOf, -7);
  let current = 0;
  while (weeks.has(cursor)) {
    current++;
    cursor = step(cursor, -7);
  }
  let longest = 0;
  for (const week of weeks) {
    if (!parseDay(week) || weeks.has(step(week, -7))) continue; // not the start of a run
    let run = 0;
    let at = week;
    while (weeks.has(at)) {
      run++;
      at = step(at, 7);
    }
    longest = Math.max(longest, run);
  }
  return { current, longest, thisWeekDone };
}

/**
 * Puts each rollup into the first empty section of its kind; sections the template already filled
 * are left alone, and nothing is written where there is no rollup.
 */
export function fillWeeklyRollups(draft: EpisodeDraft, rollups: WeeklyRollups): EpisodeDraft {
  let filled = draft;
  const used = new Set<SectionKind>();
  draft.sections.forEach((section, index) => {
    if (used.has(section.kind) || section.markdown.trim() !== '') return;
    const text = sectionKindRegistry[section.kind].rollup?.text(rollups);
    if (!text) return;
    used.add(section.kind);
    filled = replaceSectionMarkdown(filled, index, `${text.trim()}\n\n`);
  });
  return filled;
}

/** An abtest block as the episode format describes it (JSON inside, which YAML readers accept too). */
export function abtestBlock(calculatorId: string, input: unknown): string {
  return ['```abtest', JSON.stringify({ calculator: calculatorId, input }, null, 2), '```'].join('\n');
}

export interface CertificationCard {
  id: string;
  name: string;
  /** 0..100 by estimated hours. */
  percent: number;
  paceHoursPerWeek: number;
  forecast: string | null;
  bannerKind: string;
  banner: string;
}

/**
 * `sessions` cover the pace window only; `firstStudyDate` is the first day of study ever, so a
 * new starter's pace counts from when they began (or the start date, if earlier).
 */
export function certificationCard(
  summary: CertificationSummary,
  sessions: readonly StudyMinutes[],
  today: string,
  firstStudyDate?: string,
): CertificationCard {
  const cert = firstStudyDate && (!summary.startDate || firstStudyDate < summary.startDate) ? { ...summary, startDate: firstStudyDate } : summary;
  const total = cert.totalHours;
  const banner = statusBanner(cert, sessions, today);
  const forecast = forecastCompletion(cert, sessions, today);
  return {
    id: cert.id,
    name: cert.name,
    percent: total > 0 ? Math.round((cert.earnedHours / total) * 100) : 0,
    paceHoursPerWeek: Math.round(banner.paceHoursPerWeek * 10) / 10,
    forecast: forecast.status === 'done' ? 'Done' : forecast.expected,
    bannerKind: banner.kind,
    banner: banner.message,
  };
}
