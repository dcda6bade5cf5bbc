import { describe, expect, it } from 'vitest';
import { burnUpData, completionSeries, courseProgress, earnedHours, moduleProgress, progressCharts } from '../../../../src/domain/progress';
import { cert, done, mod, session } from './builders';

// 3 modules, 20 h: a 4 h done 03-02, b 6 h done 03-04, c 10 h at 50%.
const c = cert([done('a', 4, '2026-03-02'), done('b', 6, '2026-03-04'), mod('c', 10, { status: 'in-progress', percent: 50 })], {
  startDate: '2026-03-01',
});

describe('completionSeries', () => {
  it('daily points from the start date to today', () => {
    const third = (1 / 3) * 100;
    const expected = [
      { date: '2026-03-01', modulesDone: 0, hoursDone: 0, percentByModules: 0, percentByHours: 0 },
      { date: '2026-03-02', modulesDone: 1, hoursDone: 4, percentByModules: third, percentByHours: 20 }, // 4/20
      { date: '2026-03-03', modulesDone: 1, hoursDone: 4, percentByModules: third, percentByHours: 20 },
      { date: '2026-03-04', modulesDone: 2, hoursDone: 10, percentByModules: 2 * third, percentByHours: 50 }, // 10/20
      { date: '2026-03-05', modulesDone: 2, hoursDone: 10, percentByModules: 2 * third, percentByHours: 50 },
    ];
    const series = completionSeries(c, '2026-03-05');
    expect(series.map(({ percentByModules: _p, ...rest }) => rest)).toEqual(expected.map(({ percentByModules: _p, ...rest }) => rest));
    series.forEach((p, i) => expect(p.percentByModules).toBeCloseTo(expected[i]!.percentByModules, 10));
  });

  it("weekly steps keep Sundays and today: 03-01 is a Sunday, today 03-05", () => {
    expect(completionSeries(c, '2026-03-05', { step: 'week' }).map((p) => [p.date, p.hoursDone])).toEqual([
      ['2026-03-01', 0],
      ['2026-03-05', 10],
    ]);
  });

  it.each([
    {
      name: 'done without completedOn counts from the first day',
      c: cert([done('a', 2), mod('b', 2)], { startDate: '2026-03-01' }),
      expected: [['2026-03-01', 1], ['2026-03-02', 1]],
    },
    {
      name: 'a completion before the start counts on the first day',
      c: cert([done('a', 2, '2026-02-01'), mod('b', 2)], { startDate: '2026-03-01' }),
      expected: [['2026-03-01', 1], ['2026-03-02', 1]],
    },
    {
      name: 'without startDate the series starts at createdAt or the earliest module date',
      c: cert([done('a', 2, '2026-03-02', { startedOn: '2026-02-28' })], { createdAt: '2026-03-01' }),
      expected: [['2026-02-28', 0], ['2026-03-01', 0], ['2026-03-02', 1]],
    },
    { name: 'no modules -> 0%', c: cert([], { startDate: '2026-03-02' }), expected: [['2026-03-02', 0]] },
  ])('$name', ({ c: input, expected }) => {
    expect(completionSeries(input, '2026-03-02').map((p) => [p.date, p.modulesDone])).toEqual(expected);
  });

  it('auto step: more than 400 days turns weekly', () => {
    // 2025-01-01..2026-03-02 is 426 days (Python). Weekly: Sundays 2025-01-05..2026-03-01 are
    // 420 / 7 + 1 = 61 points, plus today = 62.
    const long = cert([mod('a', 1)], { startDate: '2025-01-01' });
    const weekly = completionSeries(long, '2026-03-02');
    expect([weekly.length, weekly[0]!.date, weekly.at(-1)!.date]).toEqual([62, '2025-01-05', '2026-03-02']);
    expect(completionSeries(long, '2026-03-02', { step: 'day' })).toHaveLength(426);
  });

  it('percentByHours falls back to modules when nothing has an estimate', () => {
    const [point] = completionSeries(cert([done('a', 0), mod('b', 0)], { startDate: '2026-03-02' }), '2026-03-02');
    expect(point).toMatchObject({ percentByModules: 50, percentByHours: 50 });
  });
});

describe('burnUpData', () => {
  // Started 03-01 with 360 min that day; today 03-05 is 5 days in, which counts as a week: pace
  // 6 h/week (not 6 / 4 = 1.5), fastest and slowest 6. Remaining 10 * 0.5 = 5 h; earned 4 + 6 + 5 = 15 of 20.
  const b = burnUpData({ ...c, targetDate: '2026-04-01', examDate: '2026-04-15' }, [session('2026-03-01', 360)], '2026-03-05');

  it('scope, earned and actual line', () => {
    expect(b.scopeHours).toBe(20);
    expect(b.earnedHours).toBe(15);
    expect(b.actual.map((p) => p.hours)).toEqual([0, 4, 4, 10, 10]);
  });

  it('forecast lines run from (today, earned) to (finish, scope)', () => {
    // ceil(5 / 6 * 7) = ceil(5.83) = 6 days -> 03-11 for all three.
    expect(b.forecast).toEqual({
      expected: [{ date: '2026-03-05', hours: 15 }, { date: '2026-03-11', hours: 20 }],
      optimistic: [{ date: '2026-03-05', hours: 15 }, { date: '2026-03-11', hours: 20 }],
      pessimistic: [{ date: '2026-03-05', hours: 15 }, { date: '2026-03-11', hours: 20 }],
    });
  });

  it('the pace needed for the target as a line: 5 h left over the 27 days to 04-01 is 5 / 27 * 7 h a week', () => {
    expect(b.needed).toEqual({ line: [{ date: '2026-03-05', hours: 15 }, { date: '2026-04-01', hours: 20 }], hoursPerWeek: (5 / 27) * 7 });
    expect(burnUpData(c, [], '2026-03-05').needed).toBeNull();
  });

  it('markers for target and exam', () => {
    expect(b.markers).toEqual([
      { date: '2026-04-01', kind: 'target', label: 'Target' },
      { date: '2026-04-15', kind: 'exam', label: 'Exam' },
    ]);
  });

  it('no forecast line without a pace', () => {
    expect(burnUpData(c, [], '2026-03-05').forecast).toBeNull();
  });
});

describe('per module and per course', () => {
  it('module rows add logged minutes (30 + 45 = 75 on a; other certifications ignored)', () => {
    const rows = moduleProgress(c, [session('2026-03-01', 30, 'a'), session('2026-03-02', 45, 'a'), session('2026-03-02', 99, 'a', 'other')], '2026-03-05');
    expect(rows.map((r) => [r.moduleId, r.minutesLogged, r.earnedHours, r.remainingHours])).toEqual([
      ['a', 75, 4, 0],
      ['b', 0, 6, 0],
      ['c', 0, 5, 5],
    ]);
  });

  it('course groups in first-seen order; percent = earned / estimated', () => {
    const grouped = cert([
      mod('a', 4, { course: 'Feature Engineering', status: 'in-progress', percent: 50 }), // 2 earned
      done('b', 6, undefined, { course: 'Feature Engineering' }), // 6 earned
      mod('c', 3), // no course
    ]);
    expect(courseProgress(grouped)).toEqual([
      { course: 'Feature Engineering', modules: 2, modulesDone: 1, estimatedHours: 10, earnedHours: 8, percent: 80 },
      { course: '', modules: 1, modulesDone: 0, estimatedHours: 3, earnedHours: 0, percent: 0 },
    ]);
    expect(earnedHours(grouped)).toBe(8);
  });
});

describe('progressCharts', () => {
  it('bundles every chart from one index', () => {
    const charts = progressCharts({ ...c, targetDate: '2026-04-01' }, [session('2026-03-01', 360)], '2026-03-05');
    expect(Object.keys(charts).sort()).toEqual(['banner', 'burnUp', 'completion', 'courses', 'heatmap', 'modules', 'pace', 'plan', 'streaks', 'weeks']);
    expect(charts.pace.hoursPerWeek).toBe(6);
    expect(charts.weeks.map((w) => [w.week, w.hours])).toEqual([['2026-W09', 6], ['2026-W10', 0]]);
  });
});
