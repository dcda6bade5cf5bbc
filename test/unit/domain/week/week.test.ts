// Reference values: Python's datetime, e.g. date.fromisocalendar(2026, 47, 1) -> 2026-11-16 and
// date.fromisoformat('2027-01-01').isocalendar() -> (2026, 53, 5).
import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  currentIsoWeek,
  displayWeekStart,
  isoWeekFromWeekOf,
  isoWeekString,
  monthKey,
  parseDay,
  parseIsoWeek,
  weekOfFromDate,
  weekOfFromIsoWeek,
} from '../../../../src/domain/week';

const day = (text: string): Date => {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
};

describe('isoWeekString / currentIsoWeek', () => {
  test.each([
    ['2026-11-18', '2026-W47'],
    ['2026-11-16', '2026-W47'],
    ['2026-11-22', '2026-W47'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s -> %s', (date, expected) => {
    expect(isoWeekString(day(date))).toBe(expected);
    expect(currentIsoWeek(day(date))).toBe(expected);
  });
});

describe('weekOfFromIsoWeek', () => {
  test.each([
    ['2026-W47', '2026-11-16'],
    ['2026-W01', '2025-12-29'],
    ['2020-W53', '2020-12-28'],
    ['2027-W01', '2027-01-04'],
    ['2024-W01', '2024-01-01'],
    ['2026-W53', '2026-12-28'],
    [' 2026-W7 ', '2026-02-09'],
    ['2025-W53', undefined],
    ['2026-W00', undefined],
    ['2026-47', undefined],
    ['', undefined],
    ['next week', undefined],
  ])('%j -> %j', (input, expected) => {
    expect(weekOfFromIsoWeek(input)).toBe(expected);
  });
});

describe('parseIsoWeek', () => {
  test.each([
    ['2026-W47', { year: 2026, week: 47 }],
    ['2026-W54', undefined],
    ['W47', undefined],
  ])('%s', (input, expected) => {
    expect(parseIsoWeek(input)).toEqual(expected);
  });
});

describe('isoWeekFromWeekOf / weekOfFromDate / parseDay', () => {
  test.each([
    ['2026-11-16', '2026-W47'],
    ['2026-11-19', '2026-W47'],
    ['2027-01-01', '2026-W53'],
    ['2026-02-30', undefined],
    ['2026-1-5', undefined],
    ['garbage', undefined],
  ])('%s -> %j', (input, expected) => {
    expect(isoWeekFromWeekOf(input)).toBe(expected);
  });

  test.each([
    ['2026-11-19', '2026-11-16'],
    ['2026-11-22', '2026-11-16'],
    ['2027-01-01', '2026-12-28'],
  ])('weekOfFromDate(%s) -> %s', (input, expected) => {
    expect(weekOfFromDate(day(input))).toBe(expected);
  });

  test('parseDay is strict and local', () => {
    expect(parseDay('2026-11-16')?.getDate()).toBe(16);
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('2026-02-29')).toBeUndefined();
    expect(parseDay('2028-02-29')?.getMonth()).toBe(1);
    expect(parseDay('2026-11-31')).toBeUndefined();
    expect(parseDay('2026-00-10')).toBeUndefined();
    expect(parseDay('2026-11-00')).toBeUndefined();
    expect(parseDay('2026-11-16 ')).toBeUndefined();
    expect(parseDay('0099-03-01')?.getFullYear()).toBe(99);
  });

  test('parseDay agrees with date-fns parse(…, "yyyy-MM-dd") with the round-trip check, on any digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const reference = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
        const expected = isValid(reference) && format(reference, 'yyyy-MM-dd') === text ? reference.getTime() : undefined;
        expect(parseDay(text)?.getTime()).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  test('round trip over three years of Mondays', () => {
    for (let date = day('2025-12-29'); date < day('2028-12-31'); date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7)) {
      const week = isoWeekString(date);
      expect(isoWeekFromWeekOf(weekOfFromIsoWeek(week) ?? '')).toBe(week);
    }
  });
});

describe('display grouping', () => {
  test.each([
    // [weekOf, weekStartsOn, display start, month]
    ['2026-11-16', 1, '2026-11-16', '2026-11'],
    ['2026-11-16', 0, '2026-11-15', '2026-11'],
    ['2026-11-30', 1, '2026-11-30', '2026-12'], // Thu Dec 3: December holds most days
    ['2026-11-30', 0, '2026-11-29', '2026-12'], // Sun Nov 29 .. Sat Dec 5
    ['2026-06-29', 1, '2026-06-29', '2026-07'], // Thu Jul 2
    ['2026-06-29', 0, '2026-06-28', '2026-07'], // Wed Jul 1 is the 4th day
    ['2026-06-29', 6, '2026-06-27', '2026-06'], // Sat Jun 27 .. Fri Jul 3: Tue Jun 30
  ] as const)('%s starting on %i', (weekOf, weekStartsOn, start, month) => {
    expect(displayWeekStart(weekOf, weekStartsOn)).toBe(start);
    expect(monthKey(weekOf, { weekStartsOn })).toBe(month);
  });

  test('defaults to ISO (Monday) and rejects bad dates', () => {
    expect(monthKey('2026-11-30')).toBe('2026-12');
    expect(monthKey('nope')).toBeUndefined();
    expect(displayWeekStart('nope')).toBeUndefined();
  });
});
