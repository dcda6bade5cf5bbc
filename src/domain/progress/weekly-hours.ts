// Hours per ISO week (Monday to Sunday) and the current study pace.
import { dayNumber, fromDayNumber, isoWeekLabel, isoWeekStart } from './day-math';
import { buildStudyIndex, minutesBetween } from './study-index';
import type { StudyIndex } from './study-index';
import type { IsoDate, StudySession } from './types';

export interface WeekHours {
  /** ISO week label, e.g. '2026-W53'. */
  week: string;
  /** The Monday that starts the week. */
  weekStart: IsoDate;
  minutes: number;
  hours: number;
}

export interface WeekOptions {
  /** First day to chart; defaults to the first session. */
  from?: IsoDate;
  certificationId?: string;
}

/** Every ISO week from the first session's week to today's week, weeks without study as zero. */
export function hoursPerWeek(sessions: readonly StudySession[], today: IsoDate, options: WeekOptions = {}): WeekHours[] {
  return hoursPerWeekFromIndex(buildStudyIndex(sessions, today, options.certificationId), options.from);
}

export function hoursPerWeekFromIndex(index: StudyIndex, from?: IsoDate): WeekHours[] {
  const startDay = from !== undefined ? dayNumber(from) : index.firstDay;
  if (startDay === null || startDay > index.today) return [];
  const byWeek = new Map<number, number>();
  for (const [day, minutes] of index.minutesByDay) {
    if (day < startDay) continue;
    const week = isoWeekStart(day);
    byWeek.set(week, (byWeek.get(week) ?? 0) + minutes);
  }
  const out: WeekHours[] = [];
  for (let week = isoWeekStart(startDay); week <= index.today; week += 7) {
    const minutes = byWeek.get(week) ?? 0;
    const weekStart = fromDayNumber(week);
    out.push({ week: isoWeekLabel(weekStart), weekStart, minutes, hours: minutes / 60 });
  }
  return out;
}

export interface Pace {
  /** Mean of the four weekly totals. */
  hoursPerWeek: number;
  /** The four rolling 7-day totals, oldest first; the last one ends today. */
  weeklyHours: [number, number, number, number];
  minWeekHours: number;
  maxWeekHours: number;
  /** The slowest week that had any study, or null when none had. */
  slowestActiveWeekHours: number | null;
  windowStart: IsoDate;
  windowEnd: IsoDate;
}

/**
 * Trailing four weeks = the 28 days ending today, cut into four 7-day blocks. Rolling blocks
 * rather than calendar weeks, so a Monday does not halve the pace; today counts as studied so
 * far, so a session logged now moves the pace at once.
 */
export function currentPace(sessions: readonly StudySession[], today: IsoDate, certificationId?: string): Pace {
  return paceFromIndex(buildStudyIndex(sessions, today, certificationId));
}

export function paceFromIndex(index: StudyIndex): Pace {
  const end = index.today;
  const weeks = [3, 2, 1, 0].map((back) => {
    const blockEnd = end - back * 7;
    return minutesBetween(index, blockEnd - 6, blockEnd) / 60;
  }) as [number, number, number, number];
  const active = weeks.filter((h) => h > 0);
  return {
    hoursPerWeek: (weeks[0] + weeks[1] + weeks[2] + weeks[3]) / 4,
    weeklyHours: weeks,
    minWeekHours: Math.min(...weeks),
    maxWeekHours: Math.max(...weeks),
    slowestActiveWeekHours: active.length > 0 ? Math.min(...active) : null,
    windowStart: fromDayNumber(end - 27),
    windowEnd: fromDayNumber(end),
  };
}
