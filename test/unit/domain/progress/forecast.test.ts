import { describe, expect, it } from 'vitest';
import { forecastCompletion, remainingHours, statusBanner, weeklyHoursNeeded } from '../../../../src/domain/progress';
import { cert, done, mod, session } from './builders';

const today = '2026-03-02';
// Pace fixture (see weekly-hours.test): weekly 2, 4, 0, 6 h -> mean 3, max 6, slowest active 2;
// study began before the four weeks (01-05), so the pace spans all four.
const paced = [session('2026-01-05', 60), session('2026-02-05', 120), session('2026-02-12', 240), session('2026-03-01', 360)];
// remaining = 10h * (1 - 0.4) + 6h * 1 + 4h * 0 = 6 + 6 + 0 = 12 h.
const twelveLeft = [mod('a', 10, { status: 'in-progress', percent: 40 }), mod('b', 6), done('c', 4, '2026-02-20')];

describe('remainingHours', () => {
  it.each([
    { modules: twelveLeft, expected: 12 },
    { modules: [mod('a', 6, { status: 'in-progress', percent: 40 })], expected: 3.6 }, // 6 * 0.6
    { modules: [done('a', 5)], expected: 0 },
    { modules: [], expected: 0 },
  ])('$expected h', ({ modules, expected }) => {
    expect(remainingHours(cert(modules))).toBeCloseTo(expected, 10);
  });
});

describe('forecastCompletion', () => {
  it('12 h left at 3 h/week -> 28 days; fastest 6 h/week -> 14 days; slowest active 2 h/week -> 42 days', () => {
    expect(forecastCompletion(cert(twelveLeft), paced, today)).toEqual({
      status: 'forecast',
      remainingHours: 12,
      paceHoursPerWeek: 3,
      expected: '2026-03-30', // 03-02 + 28
      optimistic: '2026-03-16', // 03-02 + 14
      pessimistic: '2026-04-13', // 03-02 + 42 (29 days to 03-31, 13 more)
      reason: null,
    });
  });

  it('rounds part days up: 1 h left at 3 h/week -> ceil(2.33) = 3 days', () => {
    const f = forecastCompletion(cert([mod('a', 1)]), paced, today);
    expect(f.expected).toBe('2026-03-05');
  });

  it('pace 0 -> no dates, with a reason', () => {
    const f = forecastCompletion(cert(twelveLeft), [session('2026-01-01', 300)], today);
    expect(f).toMatchObject({ status: 'no-pace', expected: null, optimistic: null, pessimistic: null, paceHoursPerWeek: 0 });
    expect(f.reason).toBe('No study logged in the last four weeks (2026-02-03 to 2026-03-02), so there is no pace to forecast from.');
  });

  it('a new starter with no study yet: the reason says since the start', () => {
    const f = forecastCompletion(cert(twelveLeft, { startDate: '2026-02-23' }), [], today);
    expect(f.reason).toBe('No study logged since the start (2026-02-23 to 2026-03-02), so there is no pace to forecast from.');
  });

  it('a new starter: one week of study a week in is that week’s pace, not a quarter of it', () => {
    // Started 02-24 (7 days to 03-02), 6 h logged: 6 h a week; 12 h left -> ceil(12 / 6 * 7) = 14 days.
    const f = forecastCompletion(cert(twelveLeft, { startDate: '2026-02-24' }), [session('2026-02-25', 240), session('2026-03-01', 120)], today);
    expect(f).toMatchObject({ status: 'forecast', paceHoursPerWeek: 6, expected: '2026-03-16' });
  });

  it('all done -> done today, even without a pace', () => {
    expect(forecastCompletion(cert([done('a', 4)]), [], today)).toMatchObject({ status: 'done', expected: today, remainingHours: 0 });
  });

  it('ignores sessions of other certifications', () => {
    const f = forecastCompletion(cert(twelveLeft), paced.map((s) => ({ ...s, certificationId: 'other' })), today);
    expect(f.status).toBe('no-pace');
  });
});

describe('weeklyHoursNeeded', () => {
  it.each([
    { name: 'target in 28 days, 12 h left -> 12 / 4 weeks = 3 h/week', extra: { targetDate: '2026-03-30' }, modules: twelveLeft, expected: { hoursPerWeek: 3, daysLeft: 28, reason: null } },
    { name: 'exam date used when no target', extra: { examDate: '2026-04-13' }, modules: twelveLeft, expected: { hoursPerWeek: 2, daysLeft: 42, reason: null } },
    { name: 'target wins over exam', extra: { targetDate: '2026-03-16', examDate: '2026-04-13' }, modules: twelveLeft, expected: { hoursPerWeek: 6, daysLeft: 14, reason: null } },
    { name: 'target today -> passed', extra: { targetDate: today }, modules: twelveLeft, expected: { hoursPerWeek: null, daysLeft: 0, reason: 'target-passed' } },
    { name: 'target in the past -> passed', extra: { targetDate: '2026-01-31' }, modules: twelveLeft, expected: { hoursPerWeek: null, daysLeft: 0, reason: 'target-passed' } },
    { name: 'all done -> 0 h/week, even after the target', extra: { targetDate: '2026-01-31' }, modules: [done('a', 3)], expected: { hoursPerWeek: 0, daysLeft: 0, reason: null } },
    { name: 'no target', extra: {}, modules: twelveLeft, expected: { hoursPerWeek: null, daysLeft: 0, reason: 'no-target' } },
  ])('$name', ({ extra, modules, expected }) => {
    expect(weeklyHoursNeeded(cert(modules, extra), today)).toMatchObject(expected);
  });
});

describe('statusBanner', () => {
  it.each([
    { name: 'needs 2 h/week, pace 3 -> on track', extra: { targetDate: '2026-04-13' }, sessions: paced, kind: 'on-track', message: 'On track.', shortfall: 0 },
    { name: 'needs 3 h/week, pace 3 -> on track (equal)', extra: { targetDate: '2026-03-30' }, sessions: paced, kind: 'on-track', message: 'On track.', shortfall: 0 },
    { name: 'needs 6 h/week, pace 3 -> behind by 3', extra: { targetDate: '2026-03-16' }, sessions: paced, kind: 'behind', message: 'Behind by 3 hours a week.', shortfall: 3 },
    { name: 'needs 3 h/week, no study -> behind by 3', extra: { targetDate: '2026-03-30' }, sessions: [], kind: 'behind', message: 'Behind by 3 hours a week.', shortfall: 3 },
    // 12 h over 84 days = 1 h/week needed; pace 0 -> behind by exactly 1 hour.
    { name: 'singular hour', extra: { targetDate: '2026-05-25' }, sessions: [], kind: 'behind', message: 'Behind by 1 hour a week.', shortfall: 1 },
    { name: 'target passed', extra: { targetDate: '2026-02-01' }, sessions: paced, kind: 'target-passed', message: 'The target date 2026-02-01 has passed with 12 hours left.', shortfall: 0 },
    { name: 'no target', extra: {}, sessions: paced, kind: 'no-target', message: 'Set a target or exam date to see whether you are on track.', shortfall: 0 },
  ])('$name', ({ extra, sessions, kind, message, shortfall }) => {
    const b = statusBanner(cert(twelveLeft, extra), sessions, today);
    expect({ kind: b.kind, message: b.message }).toEqual({ kind, message });
    expect(b.shortfallHoursPerWeek).toBeCloseTo(shortfall, 10);
  });

  it('all done', () => {
    expect(statusBanner(cert([done('a', 2)], { targetDate: '2026-01-01' }), [], today).kind).toBe('done');
  });
});
