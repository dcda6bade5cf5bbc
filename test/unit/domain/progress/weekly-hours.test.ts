import { describe, expect, it } from 'vitest';
import { currentPace, hoursPerWeek } from '../../../../src/domain/progress';
import { session } from './builders';

// Weekdays and ISO weeks checked with Python: date(...).isocalendar().
describe('hoursPerWeek', () => {
  it.each([
    {
      name: '3 sessions of 60, 90, 30 min in W45 -> 3.0 h; the next Monday starts W46',
      sessions: [session('2026-11-02', 60), session('2026-11-04', 90), session('2026-11-08', 30), session('2026-11-09', 45)],
      today: '2026-11-10',
      expected: [
        { week: '2026-W45', weekStart: '2026-11-02', minutes: 180, hours: 3 },
        { week: '2026-W46', weekStart: '2026-11-09', minutes: 45, hours: 0.75 },
      ],
    },
    {
      name: 'across the year boundary: 2026-12-28, 12-31 and 2027-01-01 are all 2026-W53 (60+90+30 = 3 h); empty weeks filled',
      sessions: [session('2026-12-28', 60), session('2026-12-31', 90), session('2027-01-01', 30), session('2027-01-05', 45)],
      today: '2027-01-20', // Wednesday of 2027-W03
      expected: [
        { week: '2026-W53', weekStart: '2026-12-28', minutes: 180, hours: 3 },
        { week: '2027-W01', weekStart: '2027-01-04', minutes: 45, hours: 0.75 },
        { week: '2027-W02', weekStart: '2027-01-11', minutes: 0, hours: 0 },
        { week: '2027-W03', weekStart: '2027-01-18', minutes: 0, hours: 0 },
      ],
    },
    {
      name: 'a session after today is not history yet',
      sessions: [session('2026-11-02', 60), session('2026-11-20', 600)],
      today: '2026-11-03',
      expected: [{ week: '2026-W45', weekStart: '2026-11-02', minutes: 60, hours: 1 }],
    },
    { name: 'no sessions -> no weeks', sessions: [], today: '2026-11-03', expected: [] },
  ])('$name', ({ sessions, today, expected }) => {
    expect(hoursPerWeek(sessions, today)).toEqual(expected);
  });

  it('from starts the chart earlier, zero-filled', () => {
    const weeks = hoursPerWeek([session('2026-11-09', 60)], '2026-11-09', { from: '2026-10-28' });
    // 2026-10-28 is in W44 (Mon 10-26): W44 0 h, W45 0 h, W46 1 h.
    expect(weeks.map((w) => [w.week, w.hours])).toEqual([['2026-W44', 0], ['2026-W45', 0], ['2026-W46', 1]]);
  });

  it('counts only the given certification', () => {
    const weeks = hoursPerWeek([session('2026-11-02', 60), session('2026-11-03', 120, 'a', 'other')], '2026-11-03', { certificationId: 'c1' });
    expect(weeks[0]!.minutes).toBe(60);
  });
});

describe('currentPace', () => {
  // today 2026-03-02: the 28-day window is 2026-02-03..2026-03-02, blocks
  // [02-03..02-09] [02-10..02-16] [02-17..02-23] [02-24..03-02].
  const today = '2026-03-02';
  it.each([
    {
      name: '2, 4, 0, 6 h -> mean 12/4 = 3 h/week, range 0..6, slowest active 2',
      sessions: [session('2026-02-02', 600), session('2026-02-05', 120), session('2026-02-12', 240), session('2026-03-01', 300), session('2026-03-02', 60)],
      expected: { hoursPerWeek: 3, weeklyHours: [2, 4, 0, 6], minWeekHours: 0, maxWeekHours: 6, slowestActiveWeekHours: 2 },
    },
    {
      name: 'block edges: 02-09 is block 1, 02-10 block 2 (study began before the window, on 01-20)',
      sessions: [session('2026-01-20', 45), session('2026-02-09', 60), session('2026-02-10', 30)],
      expected: { hoursPerWeek: 0.375, weeklyHours: [1, 0.5, 0, 0], minWeekHours: 0, maxWeekHours: 1, slowestActiveWeekHours: 0.5 },
    },
    {
      name: 'no study in the window -> pace 0',
      sessions: [session('2026-01-10', 600)],
      expected: { hoursPerWeek: 0, weeklyHours: [0, 0, 0, 0], minWeekHours: 0, maxWeekHours: 0, slowestActiveWeekHours: null },
    },
  ])('$name', ({ sessions, expected }) => {
    expect(currentPace(sessions, today)).toEqual({ ...expected, windowStart: '2026-02-03', windowEnd: '2026-03-02', days: 28 });
  });

  // A new starter: the pace counts from the first session or the start date, whichever is earlier.
  it.each([
    {
      name: 'first session 4 days ago, 4 h logged: less than a week counts as a week -> 4 h/week (not 4/4 = 1)',
      sessions: [session('2026-02-27', 180), session('2026-03-01', 60)],
      startedOn: undefined,
      expected: { hoursPerWeek: 4, weeklyHours: [4], windowStart: '2026-02-27', days: 4 },
    },
    {
      name: 'started 02-21 (10 days), 3 h logged -> 3 / 10 * 7 = 2.1 h/week; one whole week since, 3 h',
      sessions: [session('2026-02-28', 120), session('2026-03-02', 60)],
      startedOn: '2026-02-21',
      expected: { hoursPerWeek: 2.1, weeklyHours: [3], windowStart: '2026-02-21', days: 10 },
    },
    {
      name: 'a session before the start date counts from the session (02-14, 17 days): 7 h -> 7 / 17 * 7',
      sessions: [session('2026-02-14', 300), session('2026-03-01', 120)],
      startedOn: '2026-02-20',
      expected: { hoursPerWeek: (7 / 17) * 7, weeklyHours: [0, 2], windowStart: '2026-02-14', days: 17 },
    },
    {
      name: 'a start date ahead of today: the pace spans today only',
      sessions: [],
      startedOn: '2026-04-01',
      expected: { hoursPerWeek: 0, weeklyHours: [0], windowStart: '2026-03-02', days: 1 },
    },
  ])('$name', ({ sessions, startedOn, expected }) => {
    const pace = currentPace(sessions, today, undefined, startedOn);
    expect(pace).toMatchObject({ ...expected, hoursPerWeek: expect.closeTo(expected.hoursPerWeek, 10) });
  });
});
