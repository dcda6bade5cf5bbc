import { describe, expect, it } from 'vitest';
import { weeklyCourseMarkdown, weeklyCourseSummary } from '../../../../src/domain/progress';
import { cert, done, mod, session } from './builders';

// W45 of 2026 runs Mon 11-02 .. Sun 11-08.
const c = cert([
  done('b', 2, '2026-11-08', { title: 'Module B' }),
  done('a', 2, '2026-11-04', { title: 'Module A' }),
  done('c', 2, '2026-11-09', { title: 'Module C' }), // next week
  done('z', 2, '2026-10-30', { title: 'Module Z' }), // previous week
  mod('d', 2, { title: 'Module D' }),
]);
const sessions = [
  session('2026-11-02', 60),
  session('2026-11-04', 90),
  session('2026-11-08', 60),
  session('2026-11-09', 45), // W46
  session('2026-11-05', 500, 'a', 'other'), // another certification
];

describe('weeklyCourseSummary', () => {
  it('60 + 90 + 60 = 210 min = 3.5 h; completed in completion order', () => {
    expect(weeklyCourseSummary(c, sessions, '2026-11-05')).toEqual({
      week: '2026-W45',
      weekStart: '2026-11-02',
      weekEnd: '2026-11-08',
      modulesCompleted: ['Module A', 'Module B'],
      minutes: 210,
      hours: 3.5,
    });
  });

  it('week of 2027-01-01 is 2026-W53, Mon 2026-12-28 .. Sun 2027-01-03', () => {
    const s = weeklyCourseSummary(cert([]), [session('2026-12-28', 30), session('2027-01-03', 30), session('2027-01-04', 30)], '2027-01-01');
    expect(s).toMatchObject({ week: '2026-W53', weekStart: '2026-12-28', weekEnd: '2027-01-03', minutes: 60, hours: 1 });
  });
});

describe('weeklyCourseMarkdown', () => {
  it.each([
    { name: 'hours and completions', c, sessions, weekOf: '2026-11-05', expected: '**This week:** 3.5 hours studied; completed: Module A, Module B.' },
    { name: 'one hour, nothing completed', c, sessions: [session('2026-11-16', 60)], weekOf: '2026-11-16', expected: '**This week:** 1 hour studied.' },
    { name: 'completion without study', c, sessions: [], weekOf: '2026-11-09', expected: '**This week:** no study logged; completed: Module C.' },
    { name: 'nothing at all', c: cert([]), sessions: [], weekOf: '2026-11-09', expected: '**This week:** no study logged.' },
    { name: '20 min rounds to 0.3 h', c: cert([]), sessions: [session('2026-11-09', 20)], weekOf: '2026-11-09', expected: '**This week:** 0.3 hours studied.' },
    {
      name: 'markdown in titles is escaped',
      c: cert([done('x', 1, '2026-11-10', { title: 'Intro *to* [LLMs]' })]),
      sessions: [],
      weekOf: '2026-11-10',
      expected: '**This week:** no study logged; completed: Intro \\*to\\* \\[LLMs\\].',
    },
  ])('$name', ({ c: input, sessions: list, weekOf, expected }) => {
    expect(weeklyCourseMarkdown(input, list, weekOf)).toBe(expected);
  });
});
