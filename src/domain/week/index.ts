// ISO-8601 weeks for episodes. An episode's week is always an ISO week (Monday start); the
// user's preferred first day of the week only changes how weeks are grouped for display.
//
// Exports:
//   isoWeekString(date)                    -> '2026-W47'
//   parseIsoWeek('2026-W47')               -> { year, week } | undefined
//   weekOfFromIsoWeek('2026-W47')          -> '2026-11-16' (the Monday) | undefined
//   isoWeekFromWeekOf('2026-11-18')        -> '2026-W47' | undefined (any day of the week works)
//   weekOfFromDate(date)                   -> Monday of date's ISO week, 'yyyy-MM-dd'
//   currentIsoWeek(today)                  -> isoWeekString(today)
//   parseDay('2026-11-16')                 -> local Date | undefined (strict yyyy-MM-dd)
//   displayWeekStart(weekOf, weekStartsOn) -> first day of the display week holding that Monday
//   monthKey(weekOf, { weekStartsOn })     -> 'yyyy-MM' of the month holding most of the week
import {
  addDays,
  addWeeks,
  format,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  startOfISOWeek,
  startOfWeek,
} from 'date-fns';

export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_FORMAT = 'yyyy-MM-dd';
const ISO_WEEK_RE = /^(\d{4})-W(\d{1,2})$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isoWeekString(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

export function currentIsoWeek(today: Date): string {
  return isoWeekString(today);
}

/** Accepts '2026-W47' (and the lenient '2026-W7'); rejects weeks the year does not have. */
export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = ISO_WEEK_RE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  // Jan 4th is always in ISO week 1 of its year.
  if (week < 1 || week > getISOWeeksInYear(new Date(year, 0, 4))) return undefined;
  return { year, week };
}

export function weekOfFromIsoWeek(text: string): string | undefined {
  const parsed = parseIsoWeek(text);
  if (!parsed) return undefined;
  const monday = addWeeks(startOfISOWeek(new Date(parsed.year, 0, 4)), parsed.week - 1);
  return format(monday, DAY_FORMAT);
}

/**
 * Strict 'yyyy-MM-dd' to a local-midnight Date. Read by arithmetic rather than date-fns `parse`:
 * the timeline reads a thousand of these per render, and `parse` costs ~50 µs each.
 */
export function parseDay(text: string): Date | undefined {
  if (!DAY_RE.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < 1) return undefined; // there is no year 0000 (date-fns rejects it too)
  const date = new Date(year, month - 1, day);
  // Years 0-99 would be read as 1900-1999 by the Date constructor.
  date.setFullYear(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function weekOfFromDate(date: Date): string {
  return format(startOfISOWeek(date), DAY_FORMAT);
}

export function isoWeekFromWeekOf(weekOf: string): string | undefined {
  const date = parseDay(weekOf);
  return date ? isoWeekString(date) : undefined;
}

export function displayWeekStart(weekOf: string, weekStartsOn: WeekStartsOn = 1): string | undefined {
  const date = parseDay(weekOf);
  return date ? format(startOfWeek(date, { weekStartsOn }), DAY_FORMAT) : undefined;
}

/**
 * The month a week is filed under: the month of the display week's fourth day, i.e. the month
 * holding most of its days (for Monday-start weeks this is the ISO rule: Thursday's month).
 */
export function monthKey(weekOf: string, options: { weekStartsOn?: WeekStartsOn } = {}): string | undefined {
  const date = parseDay(weekOf);
  if (!date) return undefined;
  const middle = addDays(startOfWeek(date, { weekStartsOn: options.weekStartsOn ?? 1 }), 3);
  return `${pad(middle.getFullYear(), 4)}-${pad(middle.getMonth() + 1)}`;
}

/** The week field's text for a stored Monday ('2026-11-16' -> '2026-W47'). */
export function weekInputValue(weekOf: string | undefined): string {
  return (weekOf && isoWeekFromWeekOf(weekOf)) || '';
}

/** Parses the week field: '' clears the week; anything else must be a real ISO week. */
export function parseWeekInput(text: string): { weekOf: string | undefined } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { weekOf: undefined };
  const weekOf = /^\d{4}-W\d{2}$/.test(trimmed) ? weekOfFromIsoWeek(trimmed) : undefined;
  return weekOf ? { weekOf } : { error: 'Use an ISO week such as 2026-W47 (weeks 01–52, or 53 in long years).' };
}
