import { describe, expect, it } from 'vitest';
import { newEpisodeTemplate, parseAbtestSource } from '../../../../src/domain/episode';
import { DASHBOARD_SESSION_DAYS } from '../../../../src/data/dashboard-store';
import { addDaysIso, hoursSummary, statusBanner, type Certification, type StudySession } from '../../../../src/domain/progress';
import { abtestBlock, certificationCard, episodeOfWeek, fillWeeklyRollups, writingStreak } from '../../../../src/features/dashboard/dashboard-data';

describe('writingStreak', () => {
  // 2026-11-23 is the Monday of 2026-W48; the weeks before it start on 11-16, 11-09, 11-02.
  it.each([
    [[], { current: 0, longest: 0, thisWeekDone: false }],
    [['2026-11-23', '2026-11-16', '2026-11-09'], { current: 3, longest: 3, thisWeekDone: true }],
    // This week not written yet: the streak still counts up to last week.
    [['2026-11-16', '2026-11-09'], { current: 2, longest: 2, thisWeekDone: false }],
    // A gap two weeks ago ends the current run; the longest run was earlier.
    [['2026-11-23', '2026-11-09', '2026-11-02', '2026-10-26', '2026-10-19'], { current: 1, longest: 4, thisWeekDone: true }],
    // Two episodes in one week count once; undated episodes are ignored.
    [['2026-11-23', '2026-11-23', undefined], { current: 1, longest: 1, thisWeekDone: true }],
    // Across the new year: 2026-12-28 (2026-W53) and 2027-01-04 (2027-W01) are consecutive weeks.
    [['2026-12-28', '2027-01-04'], { current: 2, longest: 2, thisWeekDone: true }],
  ])('%j', (weeks, expected) => {
    const thisWeek = weeks.includes('2027-01-04') ? '2027-01-04' : '2026-11-23';
    expect(writingStreak(weeks, thisWeek)).toEqual(expected);
  });
});

describe('episodeOfWeek', () => {
  it('picks the highest-numbered episode of the week', () => {
    const list = [
      { id: 'a', title: 'A', status: 'draft' as const, weekOf: '2026-11-23', number: 7 },
      { id: 'b', title: 'B', status: 'draft' as const, weekOf: '2026-11-23', number: 8 },
      { id: 'c', title: 'C', status: 'draft' as const, weekOf: '2026-11-16', number: 6 },
    ];
    expect(episodeOfWeek(list, '2026-11-23')?.id).toBe('b');
    expect(episodeOfWeek(list, '2026-11-30')).toBeUndefined();
  });
});

describe('fillWeeklyRollups', () => {
  const template = newEpisodeTemplate({ today: new Date(2026, 10, 26) });

  it('puts each rollup under the default section of its kind and leaves the others empty', () => {
    const filled = fillWeeklyRollups(template, {
      course: ['**This week:** 3.5 hours studied; completed: Feature Engineering.'],
      interview: 'This week: 24 problems, 83% correct; weakest: power.',
      inspiration: '- [Ronny Kohavi](https://example.com): on SRM',
      calculations: [abtestBlock('srm-check', { observed: [5000, 5100] })],
    });
    const byKind = Object.fromEntries(filled.sections.map((s) => [s.kind, s.markdown]));
    expect(byKind.course).toBe('**This week:** 3.5 hours studied; completed: Feature Engineering.\n\n');
    expect(byKind.interview).toBe('This week: 24 problems, 83% correct; weakest: power.\n\n');
    expect(byKind.inspiration).toBe('- [Ronny Kohavi](https://example.com): on SRM\n\n');
    expect(byKind.project).toContain('```abtest');
    expect(byKind.highlights?.trim()).toBe('');
    expect(filled.sections.map((s) => s.heading)).toEqual(template.sections.map((s) => s.heading));
  });

  it('changes nothing when there is nothing to roll up', () => {
    expect(fillWeeklyRollups(template, { course: [], calculations: [] })).toEqual(template);
  });

  it('writes abtest blocks that the episode format reads back', () => {
    const block = abtestBlock('two-proportion-z-test', { alpha: 0.05 });
    const source = block.split('\n').slice(1, -1).join('\n');
    expect(parseAbtestSource(source)).toEqual({ calculator: 'two-proportion-z-test', input: { alpha: 0.05 } });
  });
});

describe('the dashboard reads only the last DASHBOARD_SESSION_DAYS of study', () => {
  it('shows the same card (pace, forecast, banner) as with every session ever logged', () => {
    const modules = Array.from({ length: 20 }, (_, i) => ({
      id: `m${i}`,
      title: `Module ${i}`,
      estimatedHours: 3,
      status: i < 8 ? ('done' as const) : ('not-started' as const),
      percent: i < 8 ? 100 : 0,
      notes: '',
      ...(i < 8 ? { startedOn: '2025-06-01', completedOn: '2026-01-10' } : {}),
    }));
    const cert: Certification = { id: 'c', name: 'Cloud ML', provider: 'Cloud', archived: false, targetDate: '2027-03-01', modules, createdAt: 0 } as unknown as Certification;
    // Two years of sessions, uneven: every third day 20 to 95 minutes.
    const today = '2026-11-26';
    const sessions: StudySession[] = [];
    for (let day = 0; day < 730; day += 3) {
      const date = addDaysIso(today, -day);
      sessions.push({ id: `s${day}`, certificationId: 'c', moduleId: `m${day % 20}`, date, minutes: 20 + ((day * 7) % 76), note: '' } as StudySession);
    }
    const from = addDaysIso(today, -(DASHBOARD_SESSION_DAYS - 1));
    const recent = sessions.filter((s) => s.date >= from && s.date <= today);
    expect(recent.length).toBeLessThan(sessions.length / 10);
    const { modules: _m, ...header } = cert;
    const summary = { ...header, ...hoursSummary(cert) };
    const full = certificationCard(summary, sessions, today);
    expect(full.forecast).not.toBeNull();
    expect(full.percent).toBe(40); // 8 of 20 three-hour modules done
    expect(certificationCard(summary, recent, today)).toEqual(full);
    // The summary's banner is the one the detail view computes from every module.
    expect(statusBanner(summary, recent, today)).toEqual(statusBanner(cert, recent, today));
  });

  it('counts the pace from the first day of study ever, which the window of recent sessions alone does not show', () => {
    const modules = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, title: `Module ${i}`, estimatedHours: 3, status: 'not-started' as const, percent: 0, notes: '' }));
    const full: Certification = { id: 'c', name: 'Cloud ML', provider: 'Cloud', archived: false, createdAt: '2025-01-01', modules };
    const { modules: _m, ...header } = full;
    const cert = { ...header, ...hoursSummary(full) };
    const today = '2026-11-26';
    // Studied a year ago, then a break, then 6 h in the last ten days.
    const all = [
      { date: '2025-11-20', moduleId: 'm', minutes: 300 },
      { date: '2026-11-18', moduleId: 'm', minutes: 180 },
      { date: '2026-11-25', moduleId: 'm', minutes: 180 },
    ];
    const recent = all.slice(1);
    // Over the last four weeks: 6 h / 28 days * 7 = 1.5 h a week; counted from 11-18 alone it would read 6 / 9 * 7 = 4.7.
    expect(certificationCard(cert, all, today).paceHoursPerWeek).toBe(1.5);
    expect(certificationCard(cert, recent, today, '2025-11-20').paceHoursPerWeek).toBe(1.5);
    expect(certificationCard(cert, recent, today).paceHoursPerWeek).toBe(4.7);
  });
});
