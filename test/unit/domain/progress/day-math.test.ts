import { describe, expect, it } from 'vitest';
import { isIsoDate, isoWeekLabel } from '../../../../src/domain/progress';
import { dayNumber, fromDayNumber } from '../../../../src/domain/progress/day-math';

// Expected ISO weeks from Python: date(y, m, d).isocalendar().
describe('isoWeekLabel', () => {
  it.each([
    { date: '2026-11-02', expected: '2026-W45' }, // Monday
    { date: '2026-11-08', expected: '2026-W45' }, // Sunday, same week
    { date: '2026-11-09', expected: '2026-W46' },
    { date: '2025-12-29', expected: '2026-W01' }, // December day in next ISO year
    { date: '2026-12-31', expected: '2026-W53' }, // 2026 starts on a Thursday: 53 weeks
    { date: '2027-01-01', expected: '2026-W53' }, // January day in previous ISO year
    { date: '2027-01-03', expected: '2026-W53' },
    { date: '2027-01-04', expected: '2027-W01' },
  ])('$date is in $expected', ({ date, expected }) => {
    expect(isoWeekLabel(date)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    { value: '2026-02-28', expected: true },
    { value: '2028-02-29', expected: true }, // leap year
    { value: '2026-02-29', expected: false },
    { value: '2026-02-30', expected: false },
    { value: '2026-13-01', expected: false },
    { value: '2026-1-05', expected: false },
    { value: '05/01/2026', expected: false },
    { value: '2026-01-05T10:00', expected: false },
  ])('$value -> $expected', ({ value, expected }) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

// Reference: Python (date(y, m, d) - date(1970, 1, 1)).days.
describe('dayNumber / fromDayNumber', () => {
  it.each([
    { date: '1970-01-01', day: 0 },
    { date: '1969-12-31', day: -1 },
    { date: '2000-02-29', day: 11016 },
    { date: '2000-03-01', day: 11017 },
    { date: '2026-12-31', day: 20818 },
    { date: '2027-01-01', day: 20819 },
    { date: '2100-03-01', day: 47541 }, // 2100 is not a leap year
  ])('$date <-> $day', ({ date, day }) => {
    expect(dayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it('agrees with Date.UTC for every day 1999..2031', () => {
    for (let day = 10592; day < 22645; day++) {
      expect(fromDayNumber(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it.each(['2026-3-01', '2026/03/01', 'abcd-ef-gh', ''])('throws on %j', (bad) => {
    expect(() => dayNumber(bad)).toThrow(RangeError);
  });
});
