// What a certification stores for its exam plan and its exam-guide domains (issue 23, points 1
// and 2), with the zod schemas restore and the forms check them with. Both fields are optional:
// certifications saved before the plan existed read as they always did. This file imports nothing
// from the progress domain, so progress/restore can use it without an import cycle.
import { z } from 'zod';
import { parseDay } from '../week';

const daySchema = (label: string) =>
  z.string({ error: `${label} must be a date written yyyy-MM-dd.` }).refine((value) => parseDay(value) !== undefined, {
    error: `${label} must be a real date written yyyy-MM-dd.`,
  });

export const hoursSchema = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(max, { error: `${label} must be at most ${max}.` });

/** One week of the plan as it was accepted: the modules (by id) and the hours given to each. */
export const baselineWeekSchema = z.object(
  {
    start: daySchema('A baseline week'),
    items: z.array(z.object({ moduleId: z.string().min(1), hours: hoursSchema('Planned hours', 168) }), { error: 'Baseline items must be a list.' }),
  },
  { error: 'A baseline week must be an object.' },
);

export const planBaselineSchema = z.object(
  {
    /** The day the plan was accepted. */
    madeOn: daySchema('The baseline date'),
    /** Hours a week the plan needed then (the pace that fits the date), for "2 h a week more needed". */
    neededPerWeek: hoursSchema('Needed hours a week', 10000).nullable(),
    weeks: z.array(baselineWeekSchema, { error: 'Baseline weeks must be a list.' }).max(520, { error: 'A baseline has at most 520 weeks.' }),
  },
  { error: 'The baseline must be an object.' },
);

export const examPlanSettingsSchema = z.object(
  {
    hoursPerWeek: hoursSchema('Hours a week', 168),
    /** Hours per weekday, Monday first; when set, it replaces hoursPerWeek spread evenly. */
    weekdayHours: z
      .array(hoursSchema('Hours a day', 24), { error: 'Weekday hours must be a list of seven numbers.' })
      .length(7, { error: 'Weekday hours must be seven numbers, Monday to Sunday.' })
      .optional(),
    /** First days of the weeks the person skips (no hours). */
    skippedWeeks: z.array(daySchema('A skipped week'), { error: 'Skipped weeks must be a list.' }).max(520).default([]),
    /** Order the remaining modules by uncovered exam weight instead of path order. */
    preferDomains: z.boolean({ error: 'Prefer domains must be true or false.' }).default(false),
    baseline: planBaselineSchema.optional(),
  },
  { error: 'The exam plan must be an object.' },
);

export type PlanBaseline = z.output<typeof planBaselineSchema>;
export type ExamPlanSettings = z.output<typeof examPlanSettingsSchema>;

/** An exam-guide domain: its weight on the exam and the courses of the path that teach it. */
export const examDomainSchema = z.object(
  {
    name: z.string({ error: 'A domain name is required.' }).trim().min(1, { error: 'A domain name cannot be empty.' }),
    weight: z.number({ error: 'A domain weight must be a number.' }).min(0, { error: 'A domain weight is 0-100.' }).max(100, { error: 'A domain weight is 0-100.' }),
    courses: z.array(z.string().trim().min(1), { error: 'A domain lists its courses.' }),
  },
  { error: 'A domain must be an object.' },
);

export const examDomainsSchema = z
  .array(examDomainSchema, { error: 'Domains must be a list.' })
  .max(50, { error: 'At most 50 domains.' })
  .superRefine((domains, ctx) => {
    const total = domains.reduce((sum, d) => sum + d.weight, 0);
    if (total > 100.5) ctx.addIssue({ code: 'custom', message: `The domain weights add up to ${total}%, more than 100%.` });
  });

export type ExamDomain = z.output<typeof examDomainSchema>;
