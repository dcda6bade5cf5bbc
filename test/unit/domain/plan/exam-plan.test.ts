// The exam plan's layout and verdict. Expected values are worked out by hand in each row.
import { describe, expect, it } from 'vitest';
import { planExam, type ExamPlanInput } from '../../../../src/domain/plan';
import { forty, mod, settings } from './plan-fixtures';


const TODAY = '2026-12-07'; // a Monday
const base = (over: Partial<ExamPlanInput>): ExamPlanInput => ({ modules: forty, settings, examDate: '2027-02-01', today: TODAY, ...over });

describe('planExam verdict', () => {
  it.each([
    // 7 Dec + 8 × 7 days = 1 Feb: eight weeks of 5 h = 40 h, exactly the 40 h left.
    { name: '40 h, 5 h a week, 8 weeks: fits with no slack', input: base({}), verdict: { kind: 'fits', slackHours: 0 }, weeks: 8 },
    // 10 weeks (exam 15 Feb): 50 h for 40 h, 10 h to spare.
    { name: '10 weeks: fits with 10 h of slack', input: base({ examDate: '2027-02-15' }), verdict: { kind: 'fits', slackHours: 10 }, weeks: 10 },
    // 6 weeks (exam 18 Jan): 30 h for 40 h, short by 10 h; 40 h / 6 weeks = 6.666… ≈ 6.67 h a week;
    // the missing 10 h at 5 h a week take 2 more weeks: 18 Jan + 14 days = 1 Feb.
    {
      name: '6 weeks: short by 10 h, 6.67 h a week or two weeks later',
      input: base({ examDate: '2027-01-18' }),
      verdict: { kind: 'short', shortHours: 10, neededPerWeek: 6.67, fitsBy: '2027-02-01' },
      weeks: 6,
    },
    // Weekday hours Mon-Fri 1 h, weekend 0: still 5 h a week, so 8 weeks fit.
    { name: 'per-weekday hours summing to 5 fit the same 8 weeks', input: base({ settings: { ...settings, weekdayHours: [1, 1, 1, 1, 1, 0, 0] } }), verdict: { kind: 'fits', slackHours: 0 }, weeks: 8 },
    // A week of days off (14-20 Dec) leaves 7 weeks = 35 h: short 5 h; 5 × 40 / 35 = 5.714… ≈ 5.71;
    // the 5 h missing take one more week: 8 Feb.
    {
      name: 'a week of days off: short by 5 h',
      input: base({ daysOff: [{ from: '2026-12-14', to: '2026-12-20', label: 'Holiday' }] }),
      verdict: { kind: 'short', shortHours: 5, neededPerWeek: 5.71, fitsBy: '2027-02-08' },
      weeks: 8,
    },
    // Skipping the week of 14 Dec is the same loss as a week off.
    {
      name: 'a skipped week: short by 5 h',
      input: base({ settings: { ...settings, skippedWeeks: ['2026-12-14'] } }),
      verdict: { kind: 'short', shortHours: 5, neededPerWeek: 5.71, fitsBy: '2027-02-08' },
      weeks: 8,
    },
    // Half of a 20 h module done: 10 h left, 2 weeks of 5 h fit exactly.
    { name: 'remaining hours are estimate × (100 − percent) / 100', input: base({ modules: [mod('x', 20, 50)], examDate: '2026-12-21' }), verdict: { kind: 'fits', slackHours: 0 }, weeks: 2 },
    // 0 h a week for 2 weeks: short by all 40 h; 40 h over 14 study days = 20 h a week; never fits at 0 h.
    {
      name: 'no hours a week: needs 20 h a week, no date fits',
      input: base({ settings: { ...settings, hoursPerWeek: 0 }, examDate: '2026-12-21' }),
      verdict: { kind: 'short', shortHours: 40, neededPerWeek: 20, fitsBy: null },
      weeks: 2,
    },
    { name: 'everything done', input: base({ modules: [mod('x', 10, 100)] }), verdict: { kind: 'done' }, weeks: 0 },
    { name: 'exam date today', input: base({ examDate: TODAY }), verdict: { kind: 'past' }, weeks: 0 },
  ])('$name', ({ input, verdict, weeks }) => {
    const plan = planExam(input);
    expect(plan.verdict).toEqual(verdict);
    expect(plan.weeks).toHaveLength(weeks);
  });
});

describe('planExam layout', () => {
  it('lays modules out in path order, splitting a module across weeks', () => {
    const plan = planExam(base({}));
    // 5 h a week against 10 h modules: each module takes two weeks, split in halves.
    expect(plan.weeks.map((w) => w.items.map((i) => `${i.moduleId}:${i.hours}`))).toEqual([['a:5'], ['a:5'], ['b:5'], ['b:5'], ['c:5'], ['c:5'], ['d:5'], ['d:5']]);
    expect(plan.weeks[0]!.start).toBe('2026-12-07');
    expect(plan.weeks[7]!.end).toBe('2027-01-31');
    expect(plan.weeks.every((w) => w.items.every((i) => i.split))).toBe(true);
  });

  it('puts several small modules in one week and carries the rest over', () => {
    const plan = planExam(base({ modules: [mod('a', 2), mod('b', 2), mod('c', 3)], examDate: '2026-12-21' }));
    // Week 1: a 2 + b 2 + c 1 = 5; week 2: c's other 2 h.
    expect(plan.weeks.map((w) => w.items.map((i) => `${i.moduleId}:${i.hours}:${i.split}`))).toEqual([['a:2:false', 'b:2:false', 'c:1:true'], ['c:2:true']]);
    expect(plan.verdict).toEqual({ kind: 'fits', slackHours: 3 });
  });

  it('lists what does not fit before the exam', () => {
    const plan = planExam(base({ examDate: '2027-01-18' }));
    // 30 h planned: a, b, c; d's 10 h are left over.
    expect(plan.unplanned).toEqual([{ moduleId: 'd', title: 'Module d', hours: 10, split: false }]);
  });

  it('gives this week its capacity less the hours already studied in it', () => {
    const plan = planExam(base({ studiedThisWeekHours: 2 }));
    expect(plan.weeks[0]!.capacityHours).toBe(3);
    expect(plan.weeks[1]!.capacityHours).toBe(5);
  });

  it('gives a day off no hours with weekday hours (a Monday off loses that Monday only)', () => {
    const plan = planExam(base({ settings: { ...settings, weekdayHours: [2, 1, 1, 1, 0, 0, 0] }, daysOff: [{ from: '2026-12-14', to: '2026-12-14', label: '' }] }));
    expect(plan.weeks[1]!.capacityHours).toBe(3);
    expect(plan.weeks[1]!.daysOff).toBe(1);
    expect(plan.weeks[0]!.capacityHours).toBe(5);
  });

  it('marks a skipped week and gives it nothing', () => {
    const plan = planExam(base({ settings: { ...settings, skippedWeeks: ['2026-12-07'] } }));
    expect(plan.weeks[0]).toMatchObject({ skipped: true, capacityHours: 0, plannedHours: 0, items: [] });
    expect(plan.weeks[1]!.items.map((i) => i.moduleId)).toEqual(['a']);
  });

  it('starts weeks on the week-start preference (Sunday)', () => {
    const plan = planExam(base({ weekStartsOn: 0 }));
    expect(plan.weeks[0]!.start).toBe('2026-12-06');
    expect(plan.weeks.every((w) => new Date(`${w.start}T00:00`).getDay() === 0)).toBe(true);
  });
});
