// Calendar-day arithmetic on integer day numbers (days since 1970-01-01, UTC-free of DST), so
// chart code can bucket thousands of sessions with plain integer maps instead of Date objects.
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { IsoDate } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written 'yyyy-MM-dd' (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // Plain calendar arithmetic (restoring thousands of sessions calls this for each one).
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * Day number of a 'yyyy-MM-dd' string. Integer civil-calendar arithmetic (H. Hinnant's
 * days_from_civil) instead of a regex and a Date: chart code calls this for every session.
 */
export function dayNumber(date: IsoDate): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) throw new RangeError(`Not a yyyy-MM-dd date: ${date}`);
  const y0 = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber (Hinnant's civil_from_days). */
export function fromDayNumber(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${pad(m)}-${pad(d)}`;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new RangeError(`Not a yyyy-MM-dd date: ${text}`);
    n = n * 10 + c;
  }
  return n;
}

/** Formats a local Date as its calendar day. */
export function toIsoDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local-midnight Date for date-fns calls that need one. */
export function toLocalDate(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday, 0 = Monday ... 6 = Sunday (1970-01-01, day 0, was a Thursday). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Day number of the Monday that starts the ISO week containing `day`. */
export function isoWeekStart(day: number): number {
  return day - isoWeekday(day);
}

const weekLabels = new Map<number, string>();

/**
 * 'YYYY-Www' label, using the ISO week-numbering year (2027-01-01 is in 2026-W53). date-fns
 * decides the numbering; labels are cached per week because the call is slow-ish (~7 us).
 */
export function isoWeekLabel(date: IsoDate): string {
  const week = isoWeekStart(dayNumber(date));
  let label = weekLabels.get(week);
  if (label === undefined) {
    const local = toLocalDate(fromDayNumber(week));
    label = `${getISOWeekYear(local)}-W${pad(getISOWeek(local))}`;
    weekLabels.set(week, label);
  }
  return label;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
