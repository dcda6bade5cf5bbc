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
  /** Hours logged from the pace's first day to today, as hours a week. */
  hoursPerWeek: number;
  /** The 7-day totals ending today (oldest first): up to four, only whole weeks since the start. */
  weeklyHours: number[];
  minWeekHours: number;
  maxWeekHours: number;
  /** The slowest week that had any study, or null when none had. */
  slowestActiveWeekHours: number | null;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  /** Days from windowStart to today, both counted (28 once study began four weeks ago or more). */
  days: number;
}

/** Days the pace looks back at most. */
const WINDOW_DAYS = 28;

/**
 * Hours a week over the last four weeks, or, for a new starter, since the study began: the
 * earlier of the first session and the start date. One week of study a week after starting is
 * that week's hours, not a quarter of them. Less than a week counts as a week, so a first long
 * day is not multiplied by seven. Today counts as studied so far, so a session logged now moves
 * the pace at once.
 */
export function currentPace(sessions: readonly StudySession[], today: IsoDate, certificationId?: string, startedOn?: IsoDate): Pace {
  return paceFromIndex(buildStudyIndex(sessions, today, certificationId), startedOn);
}

export function paceFromIndex(index: StudyIndex, startedOn?: IsoDate): Pace {
  const end = index.today;
  const starts = [index.firstDay, startedOn ? dayNumber(startedOn) : null].filter((day): day is number => day !== null);
  const began = starts.length ? Math.min(...starts, end) : end - WINDOW_DAYS + 1;
  const from = Math.max(end - WINDOW_DAYS + 1, began);
  const days = end - from + 1;
  const hoursPerWeek = (minutesBetween(index, from, end) / 60 / Math.max(days, 7)) * 7;
  // Rolling 7-day blocks ending today rather than calendar weeks, so a Monday does not halve the pace.
  const weeks: number[] = [];
  for (let blockEnd = end; blockEnd - 6 >= from; blockEnd -= 7) weeks.unshift(minutesBetween(index, blockEnd - 6, blockEnd) / 60);
  if (weeks.length === 0) weeks.push(hoursPerWeek);
  const active = weeks.filter((h) => h > 0);
  return {
    hoursPerWeek,
    weeklyHours: weeks,
    minWeekHours: Math.min(...weeks),
    maxWeekHours: Math.max(...weeks),
    slowestActiveWeekHours: active.length > 0 ? Math.min(...active) : null,
    windowStart: fromDayNumber(from),
    windowEnd: fromDayNumber(end),
    days,
  };
}
