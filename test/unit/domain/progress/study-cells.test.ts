import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyStudyDelta, isStudyCells, progressCharts, statusBanner, studyCells, studyMinutes, studyMinutesBetween } from '../../../../src/domain/progress';
import type { StudySession } from '../../../../src/domain/progress';
import { cert, done, mod, session } from './builders';

describe('studyCells', () => {
  it('sums sessions of the same day and module, sorted by day then module', () => {
    const cells = studyCells([session('2026-03-02', 30, 'b'), session('2026-03-01', 20, 'a'), session('2026-03-02', 15, 'b'), session('2026-03-02', 10, 'a')]);
    expect(cells).toEqual({ dates: ['2026-03-01', '2026-03-02', '2026-03-02'], modules: ['a', 'a', 'b'], minutes: [20, 10, 45] });
  });

  it('an edit is a removal and an addition; a cell that reaches zero minutes disappears', () => {
    const before = session('2026-03-01', 20, 'a');
    const cells = studyCells([before, session('2026-03-01', 40, 'b')]);
    const moved = { ...before, date: '2026-03-03', minutes: 25 };
    expect(applyStudyDelta(cells, [before], [moved])).toEqual({ dates: ['2026-03-01', '2026-03-03'], modules: ['b', 'a'], minutes: [40, 25] });
    expect(applyStudyDelta(cells, [before, { ...before, moduleId: 'b', minutes: 40 }], [])).toEqual({ dates: [], modules: [], minutes: [] });
  });

  it.each([
    { name: 'both ends inclusive', from: '2026-03-02', to: '2026-03-04', dates: ['2026-03-02', '2026-03-02', '2026-03-04'] },
    { name: 'a window between two study days', from: '2026-03-03', to: '2026-03-03', dates: [] },
    { name: 'a window before every cell', from: '2026-02-01', to: '2026-02-28', dates: [] },
    { name: 'a window after every cell', from: '2026-03-06', to: '2026-04-01', dates: [] },
    { name: 'a window around every cell', from: '2026-01-01', to: '2026-12-31', dates: ['2026-03-01', '2026-03-02', '2026-03-02', '2026-03-04', '2026-03-05'] },
  ])('reads the cells of a date window: $name', ({ from, to, dates }) => {
    const cells = { dates: ['2026-03-01', '2026-03-02', '2026-03-02', '2026-03-04', '2026-03-05'], modules: ['a', 'a', 'b', 'c', 'a'], minutes: [10, 20, 30, 40, 50] };
    const rows = studyMinutesBetween(cells, from, to, 'cert-1');
    expect(rows.map((r) => r.date)).toEqual(dates);
    if (from === '2026-03-02' && to === '2026-03-04') {
      expect(rows).toEqual([
        { date: '2026-03-02', moduleId: 'a', minutes: 20, certificationId: 'cert-1' },
        { date: '2026-03-02', moduleId: 'b', minutes: 30, certificationId: 'cert-1' },
        { date: '2026-03-04', moduleId: 'c', minutes: 40, certificationId: 'cert-1' },
      ]);
    }
  });

  it("gives the same banner from the window's cells as from the sessions", () => {
    const c = cert([mod('a', 20), mod('b', 20)], { targetDate: '2026-06-01' });
    const sessions = [session('2026-03-20', 90, 'a'), session('2026-03-20', 30, 'b'), session('2026-03-25', 60, 'a'), session('2026-02-01', 600, 'a')];
    const window = studyMinutesBetween(studyCells(sessions), '2026-02-26', '2026-04-01', c.id);
    // The window's cells alone do not say study began on 02-01: the first day of study comes with them.
    const begun = { ...c, startDate: studyCells(sessions).dates[0] };
    expect(statusBanner(begun, window, '2026-04-01')).toEqual(statusBanner(c, sessions, '2026-04-01'));
    // 3 hours in four weeks: 0.75 h a week, against 40 h over 61 days (4.59 h a week).
    expect(statusBanner(begun, window, '2026-04-01')).toMatchObject({ kind: 'behind', message: 'Behind by 3.8 hours a week.' });
  });

  it('recognizes stored cells and refuses damaged ones', () => {
    expect(isStudyCells(studyCells([session('2026-03-01', 20)]))).toBe(true);
    expect(isStudyCells({ dates: ['2026-03-01'], modules: [], minutes: [20] })).toBe(false);
    expect(isStudyCells({ dates: ['2026-03-01'], modules: ['a'], minutes: ['20'] })).toBe(false);
    expect(isStudyCells(null)).toBe(false);
  });
});

// Sessions over March-May 2026 on modules a-c of two certifications, with future ones mixed in.
const sessionArb = fc.record({
  day: fc.integer({ min: 1, max: 90 }),
  minutes: fc.integer({ min: 1, max: 600 }),
  moduleId: fc.constantFrom('a', 'b', 'c'),
  other: fc.boolean(),
});
const toSession = (x: { day: number; minutes: number; moduleId: string; other: boolean }, i: number): StudySession => {
  const d = new Date(Date.UTC(2026, 2, x.day));
  return { id: `s${i}`, date: d.toISOString().slice(0, 10), certificationId: x.other ? 'c2' : 'c1', moduleId: x.moduleId, minutes: x.minutes, note: '' };
};

describe('cells in place of sessions', () => {
  const c = cert([done('a', 4, '2026-03-10'), mod('b', 6, { status: 'in-progress', percent: 40 }), mod('c', 10)], {
    startDate: '2026-03-01',
    targetDate: '2026-06-30',
  });

  it('give the same charts as the sessions they sum (any sessions, any today)', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 80 }), fc.integer({ min: 20, max: 100 }), (raw, todayDay) => {
        const sessions = raw.map(toSession).filter((s) => s.certificationId === 'c1');
        const today = new Date(Date.UTC(2026, 2, todayDay)).toISOString().slice(0, 10);
        expect(progressCharts(c, studyMinutes(studyCells(sessions)), today)).toEqual(progressCharts(c, sessions, today));
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('kept up by deltas, equal the cells built from the final sessions', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.option(sessionArb)), { maxLength: 30 }), (raw, ops) => {
        let sessions = raw.map(toSession);
        let cells = studyCells(sessions);
        ops.forEach(([pick, replacement], n) => {
          if (sessions.length === 0) return;
          const at = pick % sessions.length;
          const old = sessions[at]!;
          if (replacement === null) {
            sessions = sessions.filter((_, i) => i !== at);
            cells = applyStudyDelta(cells, [old], []);
          } else {
            const next = { ...toSession(replacement, 1000 + n), id: old.id };
            sessions = sessions.map((s, i) => (i === at ? next : s));
            cells = applyStudyDelta(cells, [old], [next]);
          }
        });
        expect(cells).toEqual(studyCells(sessions));
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});
