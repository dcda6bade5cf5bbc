// The weekly rollup the journal inserts into an episode.
import { dayNumber, fromDayNumber, isoWeekLabel, isoWeekStart } from './day-math';
import { hoursPhrase } from './study-index';
import type { Certification, IsoDate, StudySession } from './types';

export interface WeeklyCourseSummary {
  week: string;
  weekStart: IsoDate;
  weekEnd: IsoDate;
  /** Titles of modules completed Monday-Sunday of the week, in completion order. */
  modulesCompleted: string[];
  minutes: number;
  hours: number;
}

/** `weekOf` is any day of the ISO week (Monday to Sunday). */
export function weeklyCourseSummary(cert: Certification, sessions: readonly StudySession[], weekOf: IsoDate): WeeklyCourseSummary {
  const start = isoWeekStart(dayNumber(weekOf));
  const weekStart = fromDayNumber(start);
  const weekEnd = fromDayNumber(start + 6);
  const inWeek = (date: IsoDate) => date >= weekStart && date <= weekEnd;
  const minutes = sessions.reduce((sum, s) => (s.certificationId === cert.id && inWeek(s.date) ? sum + s.minutes : sum), 0);
  const modulesCompleted = cert.modules
    .map((m, order) => ({ m, order }))
    .filter(({ m }) => m.status === 'done' && m.completedOn !== undefined && inWeek(m.completedOn))
    .sort((a, b) => a.m.completedOn!.localeCompare(b.m.completedOn!) || a.order - b.order)
    .map(({ m }) => m.title);
  return { week: isoWeekLabel(weekStart), weekStart, weekEnd, modulesCompleted, minutes, hours: minutes / 60 };
}

/** '**This week:** 3.5 hours studied; completed: Module A, Module B.' */
export function weeklyCourseMarkdown(cert: Certification, sessions: readonly StudySession[], weekOf: IsoDate): string {
  const s = weeklyCourseSummary(cert, sessions, weekOf);
  const parts: string[] = [];
  parts.push(s.minutes > 0 ? `${hoursPhrase(s.hours)} studied` : 'no study logged');
  if (s.modulesCompleted.length > 0) parts.push(`completed: ${s.modulesCompleted.map(escapeInline).join(', ')}`);
  return `**This week:** ${parts.join('; ')}.`;
}

/** Module titles are user text; keep them from turning into markdown emphasis or links. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
