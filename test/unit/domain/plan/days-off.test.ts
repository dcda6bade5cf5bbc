import { describe, expect, it } from 'vitest';
import { daysOffBetween, daysOffSchema, isDayOff, normalizeDaysOff } from '../../../../src/domain/plan';

const holiday = { from: '2026-12-24', to: '2026-12-27', label: 'Holidays' };

describe('days off', () => {
  it('counts the first and last day of a break as off', () => {
    expect(isDayOff('2026-12-23', [holiday])).toBe(false);
    expect(isDayOff('2026-12-24', [holiday])).toBe(true);
    expect(isDayOff('2026-12-27', [holiday])).toBe(true);
    expect(isDayOff('2026-12-28', [holiday])).toBe(false);
  });

  it('lists the days off inside a window, across a month end', () => {
    expect(daysOffBetween('2026-12-26', '2027-01-02', [holiday, { from: '2027-01-01', to: '2027-01-01', label: '' }])).toEqual([
      '2026-12-26',
      '2026-12-27',
      '2027-01-01',
    ]);
    expect(daysOffBetween('2027-01-02', '2026-12-26', [holiday])).toEqual([]);
  });

  it('joins overlapping and touching breaks and keeps both labels', () => {
    expect(
      normalizeDaysOff([
        { from: '2026-12-28', to: '2026-12-30', label: 'Family' },
        holiday,
        { from: '2027-02-01', to: '2027-02-01', label: '' },
      ]),
    ).toEqual([
      { from: '2026-12-24', to: '2026-12-30', label: 'Holidays · Family' },
      { from: '2027-02-01', to: '2027-02-01', label: '' },
    ]);
  });

  it('refuses a break that ends before it starts and a day that is not a day', () => {
    expect(daysOffSchema.safeParse([{ from: '2026-12-24', to: '2026-12-20', label: '' }]).success).toBe(false);
    expect(daysOffSchema.safeParse([{ from: '2026-02-30', to: '2026-03-01', label: '' }]).success).toBe(false);
    expect(daysOffSchema.safeParse([holiday]).success).toBe(true);
  });
});
