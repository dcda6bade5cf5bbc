// Re-balancing against the accepted plan, domain coverage and the domain-first order.
import { describe, expect, it } from 'vitest';
import {
  baselineOf,
  certificationPlan,
  domainCoverage,
  orderByUncoveredWeight,
  planChanges,
  planExam,
  planWeekText,
  studiedHoursByWeek,
  toggleSkippedWeek,
  weekPlanSummary,
  type ExamDomain,
} from '../../../../src/domain/plan';
import { forty, mod, settings } from './plan-fixtures';


describe('planChanges', () => {
  // Accepted on Monday 7 Dec: a finishes in the week of 14 Dec, b 28 Dec, c 11 Jan, d 25 Jan.
  const accepted = planExam({ modules: forty, settings, examDate: '2027-02-01', today: '2026-12-07' });
  const baseline = baselineOf(accepted, '2026-12-07');

  it('says nothing changed when the plan is laid out again the same day', () => {
    expect(planChanges({ baseline, plan: accepted, modules: forty, studiedByWeek: new Map(), thisWeek: '2026-12-07' })).toEqual([]);
  });

  it('after a missed week: the week, each module a week later, what no longer fits, and the pace', () => {
    // A week later nothing was studied: 40 h left in 7 weeks (35 h). Each module finishes a week
    // later, d's last 5 h no longer fit, and the pace that fits is 5 × 40 / 35 = 5.71 h against 5:
    // 0.71 ≈ 0.7 h a week more.
    const replanned = planExam({ modules: forty, settings, examDate: '2027-02-01', today: '2026-12-14' });
    const messages = planChanges({ baseline, plan: replanned, modules: forty, studiedByWeek: new Map(), thisWeek: '2026-12-14' }).map((c) => c.message);
    expect(messages).toEqual([
      'Week of 7 Dec: 5 h planned, 0 h studied.',
      'Module a moved from week of 14 Dec to 21 Dec.',
      'Module b moved from week of 28 Dec to 4 Jan.',
      'Module c moved from week of 11 Jan to 18 Jan.',
      'Module d no longer fits before the exam (5 h left over).',
      '0.7 h a week more needed to finish by the exam.',
    ]);
  });

  it('a plan that was short when accepted does not report its left-over module again', () => {
    // 6 weeks for 40 h: d's 10 h were left over when accepted and still are: nothing changed.
    const short = planExam({ modules: forty, settings, examDate: '2027-01-18', today: '2026-12-07' });
    expect(planChanges({ baseline: baselineOf(short, '2026-12-07'), plan: short, modules: forty, studiedByWeek: new Map(), thisWeek: '2026-12-07' })).toEqual([]);
  });

  it('after a week ahead: says so, and modules move earlier', () => {
    // 8 h studied in the first week and a done (10 h), b 30% (3 h of 10): 27 h left in 7 weeks.
    const modules = [mod('a', 10, 100), mod('b', 10, 30), mod('c', 10), mod('d', 10)];
    const replanned = planExam({ modules, settings, examDate: '2027-02-01', today: '2026-12-14' });
    const changes = planChanges({ baseline, plan: replanned, modules, studiedByWeek: new Map([['2026-12-07', 8]]), thisWeek: '2026-12-14' });
    expect(changes[0]!.message).toBe('Week of 7 Dec: 3 h ahead of the plan.');
    // b's 7 h: 5 in the week of 14 Dec, 2 in 21 Dec (it was 28 Dec).
    expect(changes.find((c) => c.kind === 'moved' && c.moduleId === 'b')!.message).toBe('Module b moved from week of 28 Dec to 21 Dec.');
    // Needed: 5 × 27 / 35 = 3.857 h against 5: 1.14 ≈ 1.1 h a week less.
    expect(changes.at(-1)!.message).toBe('1.1 h a week less needed to finish by the exam.');
  });
});

describe('studiedHoursByWeek and toggleSkippedWeek', () => {
  it('sums minutes into hours per week start', () => {
    const cells = [
      { date: '2026-12-07', minutes: 90 },
      { date: '2026-12-13', minutes: 30 }, // Sunday: same Monday week
      { date: '2026-12-14', minutes: 60 },
    ];
    expect([...studiedHoursByWeek(cells, 1)]).toEqual([
      ['2026-12-07', 2],
      ['2026-12-14', 1],
    ]);
  });

  it('skips a week and undoes it', () => {
    const skipped = toggleSkippedWeek(settings, '2026-12-14');
    expect(skipped.skippedWeeks).toEqual(['2026-12-14']);
    expect(toggleSkippedWeek(skipped, '2026-12-14').skippedWeeks).toEqual([]);
  });
});

describe('exam domains', () => {
  const domains: ExamDomain[] = [
    { name: 'Light', weight: 20, courses: ['L'] },
    { name: 'Heavy', weight: 50, courses: ['H'] },
  ];

  it.each([
    // Heavy: 8 h estimated, 4 h done: covered 50 × 4/8 = 25, uncovered 25 > Light's 20: Heavy first.
    { name: 'heavy half done still comes first', modules: [mod('l1', 4, 0, 'L'), mod('h1', 4, 100, 'H'), mod('h2', 4, 0, 'H'), mod('x', 1)], order: ['h1', 'h2', 'l1', 'x'] },
    // Heavy 80% done (8 of 10 h): covered 40, uncovered 10 < Light's 20: Light first.
    { name: 'heavy mostly done goes after light', modules: [mod('h1', 10, 80, 'H'), mod('x', 1), mod('l1', 4, 0, 'L'), mod('l2', 4, 0, 'L')], order: ['l1', 'l2', 'h1', 'x'] },
  ])('orders by weight − coverage: $name', ({ modules, order }) => {
    expect(orderByUncoveredWeight(modules, domains).map((m) => m.id)).toEqual(order);
  });

  it('the plan follows the domain order when asked', () => {
    const modules = [mod('l1', 5, 0, 'L'), mod('h1', 5, 0, 'H')];
    const plan = planExam({ modules, domains, settings: { ...settings, preferDomains: true }, examDate: '2026-12-21', today: '2026-12-07' });
    expect(plan.weeks.map((w) => w.items.map((i) => `${i.moduleId}:${i.domain}`))).toEqual([['h1:Heavy'], ['l1:Light']]);
    const pathOrder = planExam({ modules, domains, settings, examDate: '2026-12-21', today: '2026-12-07' });
    expect(pathOrder.weeks[0]!.items[0]!.moduleId).toBe('l1');
  });

  it('coverage: modules done, hours studied and weight covered', () => {
    const modules = [mod('h1', 6, 100, 'H'), mod('h2', 4, 50, 'H'), mod('l1', 2, 0, 'L')];
    const [light, heavy] = domainCoverage(modules, domains, new Map([['h1', 300], ['h2', 150]]));
    // Heavy: 2 modules, 1 done; done 6 + 2 = 8 of 10 h; 450 min = 7.5 h studied; 50 × 8/10 = 40.
    expect(heavy).toEqual({ name: 'Heavy', weight: 50, modules: 2, modulesDone: 1, estimatedHours: 10, doneHours: 8, studiedHours: 7.5, coveredWeight: 40 });
    expect(light).toMatchObject({ modules: 1, modulesDone: 0, studiedHours: 0, coveredWeight: 0 });
  });
});

describe('this week of a certification plan', () => {
  it('plans this week with what was studied in it, and says so in a line', () => {
    const cert = { id: 'c', name: 'C', provider: '', archived: false, createdAt: '2026-12-01', examDate: '2027-02-01', modules: forty, plan: { ...settings } };
    // Monday 7 Dec to Wednesday: 3.5 h studied (210 min); this week's 5 h less 3.5 = 1.5 h left to plan.
    const planned = certificationPlan(cert, [{ date: '2026-12-08', minutes: 210 }], { today: '2026-12-09' });
    expect(planned!.week!.plannedHours).toBe(1.5);
    const summary = weekPlanSummary(planned!)!;
    expect(summary).toMatchObject({ plannedHours: 5, doneHours: 3.5, skipped: false });
    expect(planWeekText(summary)).toBe('Plan this week: 5 h, 1 module — done 3.5 h');
    expect(planWeekText({ ...summary, skipped: true })).toBe('Plan this week: skipped — done 3.5 h');
  });

  it('has no plan without settings or without a date', () => {
    const cert = { id: 'c', name: 'C', provider: '', archived: false, createdAt: '2026-12-01', modules: forty };
    expect(certificationPlan({ ...cert, plan: settings }, [], { today: '2026-12-09' })).toBeNull();
    expect(certificationPlan({ ...cert, examDate: '2027-02-01' }, [], { today: '2026-12-09' })).toBeNull();
    // The target date serves when there is no exam date.
    expect(certificationPlan({ ...cert, targetDate: '2027-02-01', plan: settings }, [], { today: '2026-12-09' })!.plan.examDate).toBe('2027-02-01');
  });
});
