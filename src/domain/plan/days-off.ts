// Days off (vacations, breaks): ranges of local calendar days the person will not study. The exam
// plan gives those days no hours and the review plan moves reviews off them, so one list serves
// both (issue 23, point 5). Days are 'yyyy-MM-dd' strings, like every date in the progress domain.
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import { z } from 'zod';
import { parseDay } from '../week';

export interface DayOffRange {
  /** First day off, 'yyyy-MM-dd'. */
  from: string;
  /** Last day off (inclusive), 'yyyy-MM-dd'; equal to `from` for a single day. */
  to: string;
  /** What the break is ("Holiday in Lisbon"); may be empty. */
  label: string;
}

const daySchema = z.string().refine((value) => parseDay(value) !== undefined, 'must be a day as yyyy-MM-dd');

export const dayOffRangeSchema = z
  .object({ from: daySchema, to: daySchema, label: z.string().max(200, 'The label is at most 200 characters.') })
  .refine((range) => range.from <= range.to, { message: 'A break ends on or after the day it starts.', path: ['to'] });

/** At most ten years of breaks; more than this is not a person's calendar. */
export const daysOffSchema = z.array(dayOffRangeSchema).max(500, 'At most 500 breaks.');

/** True when `day` ('yyyy-MM-dd') falls in one of the ranges. */
export function isDayOff(day: string, ranges: readonly DayOffRange[]): boolean {
  return ranges.some((range) => range.from <= day && day <= range.to);
}

/** The days off between `from` and `to` (both inclusive), in order, without repeats. */
export function daysOffBetween(from: string, to: string, ranges: readonly DayOffRange[]): string[] {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end || from > to) return [];
  const out: string[] = [];
  const total = differenceInCalendarDays(end, start);
  for (let i = 0; i <= total; i += 1) {
    const day = format(addDays(start, i), 'yyyy-MM-dd');
    if (isDayOff(day, ranges)) out.push(day);
  }
  return out;
}

/** Ranges sorted by start, overlapping or touching ranges joined (labels joined with " · "). */
export function normalizeDaysOff(ranges: readonly DayOffRange[]): DayOffRange[] {
  const sorted = [...ranges].sort((a, b) => (a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from)));
  const out: DayOffRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    const dayAfterLast = last ? parseDay(last.to) : undefined;
    const touches = last && dayAfterLast && range.from <= format(addDays(dayAfterLast, 1), 'yyyy-MM-dd');
    if (last && touches) {
      if (range.to > last.to) last.to = range.to;
      if (range.label && !last.label.split(' · ').includes(range.label)) last.label = last.label ? `${last.label} · ${range.label}` : range.label;
    } else {
      out.push({ ...range });
    }
  }
  return out;
}
