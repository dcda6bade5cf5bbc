// The exam plan (issue 23, point 1): the certification's remaining modules laid out over the weeks
// from this one to the exam, at the hours a week the person can give, and the verdict: it fits
// (with how much slack) or it is short by N hours, with what would make it fit (the hours a week
// needed, or the exam date that fits at the current pace). Days off give no hours (point 5), and
// so does a week the person skipped. Pure: dates are 'yyyy-MM-dd' strings, math through date-fns.
import { addDays, differenceInCalendarDays, format, getDay, startOfWeek } from 'date-fns';
import type { IsoDate, Module } from '../progress/types';
import { parseDay, type WeekStartsOn } from '../week';
import { isDayOff, type DayOffRange } from './days-off';
import { orderByUncoveredWeight } from './exam-domains';
import type { ExamDomain, ExamPlanSettings } from './exam-plan-schema';

/** Below this many hours a sum counts as zero (floating point leftovers of h/7 per day). */
export const EPSILON = 1e-6;
/** How far past the exam date "the date that fits" is looked for: ten years. */
const MAX_EXTRA_DAYS = 3650;

export interface ExamPlanInput {
  /** The certification's modules in path order. */
  modules: readonly Module[];
  settings: Pick<ExamPlanSettings, 'hoursPerWeek' | 'weekdayHours' | 'skippedWeeks' | 'preferDomains'>;
  /** The exam (or target) day; studying ends the day before. */
  examDate: IsoDate;
  today: IsoDate;
  weekStartsOn?: WeekStartsOn;
  daysOff?: readonly DayOffRange[];
  domains?: readonly ExamDomain[];
  /** Hours already studied this week: this week's hours are the week's capacity less these. */
  studiedThisWeekHours?: number;
}

export interface PlannedItem {
  moduleId: string;
  title: string;
  hours: number;
  /** The exam domain the module's course belongs to, when the path has domains. */
  domain?: string;
  /** True when the module started in an earlier week of the plan or goes on in a later one. */
  split: boolean;
}

export interface PlanWeek {
  /** First day of the week. */
  start: IsoDate;
  /** Last day of the week. */
  end: IsoDate;
  /** Hours the week can give (0 when skipped or all days off). */
  capacityHours: number;
  /** Hours given to modules: at most capacityHours. */
  plannedHours: number;
  items: PlannedItem[];
  skipped: boolean;
  /** Study days of the week that are days off. */
  daysOff: number;
}

export type PlanVerdict =
  | { kind: 'done' }
  | { kind: 'past' }
  | { kind: 'fits'; slackHours: number }
  | {
      kind: 'short';
      shortHours: number;
      /** Hours a week that would fit the date; null when no study day is left before it. */
      neededPerWeek: number | null;
      /** The first exam date that fits at the current hours; null when the hours are zero. */
      fitsBy: IsoDate | null;
    };

export interface ExamPlan {
  examDate: IsoDate;
  remainingHours: number;
  capacityHours: number;
  /** The hours a week that just fit the date (for "2 h a week more needed"); null when none would. */
  neededPerWeek: number | null;
  weeks: PlanWeek[];
  /** What does not fit before the exam, in the order it would come. */
  unplanned: PlannedItem[];
  verdict: PlanVerdict;
}

const iso = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

/** Hours left in a module: its estimate less the part done. */
export function moduleHoursLeft(module: Pick<Module, 'estimatedHours' | 'percent'>): number {
  return (module.estimatedHours * (100 - module.percent)) / 100;
}

/** The hours a week the settings give: the weekday hours summed when set. */
export function weeklyHours(settings: Pick<ExamPlanSettings, 'hoursPerWeek' | 'weekdayHours'>): number {
  return settings.weekdayHours ? settings.weekdayHours.reduce((sum, h) => sum + h, 0) : settings.hoursPerWeek;
}

/** Hours the settings give on one calendar day (Monday-first weekday hours, or a seventh of the week). */
export function hoursOnDay(date: Date, settings: Pick<ExamPlanSettings, 'hoursPerWeek' | 'weekdayHours'>): number {
  if (settings.weekdayHours) return settings.weekdayHours[(getDay(date) + 6) % 7] ?? 0;
  return settings.hoursPerWeek / 7;
}

export function domainOf(module: Pick<Module, 'course'>, domains: readonly ExamDomain[] | undefined): string | undefined {
  if (!module.course || !domains) return undefined;
  return domains.find((d) => d.courses.includes(module.course!))?.name;
}

const round2 = (hours: number) => Math.round(hours * 100) / 100 + 0; // + 0 turns -0 into 0

export function planExam(input: ExamPlanInput): ExamPlan {
  const { settings, examDate, today } = input;
  const todayDate = parseDay(today);
  const examDay = parseDay(examDate);
  if (!todayDate || !examDay) throw new RangeError(`planExam needs days as yyyy-MM-dd (today ${today}, exam ${examDate}).`);
  const daysOff = input.daysOff ?? [];
  const skipped = new Set(settings.skippedWeeks);
  const ordered = settings.preferDomains && input.domains?.length ? orderByUncoveredWeight(input.modules, input.domains) : [...input.modules];
  const queue = ordered
    .map((m) => ({ module: m, left: moduleHoursLeft(m) }))
    .filter((entry) => entry.left > EPSILON);
  const remainingHours = queue.reduce((sum, entry) => sum + entry.left, 0);
  const empty = { examDate, remainingHours: round2(remainingHours), capacityHours: 0, neededPerWeek: null, weeks: [], unplanned: [] };
  if (remainingHours <= EPSILON) return { ...empty, remainingHours: 0, verdict: { kind: 'done' } };
  if (examDate <= today) {
    return { ...empty, unplanned: queue.map((e) => itemOf(e.module, e.left, input.domains, false)), verdict: { kind: 'past' } };
  }

  const weekStartsOn = input.weekStartsOn ?? 1;
  const weeks: PlanWeek[] = [];
  let availableDays = 0;
  const firstStart = startOfWeek(todayDate, { weekStartsOn });
  for (let start = firstStart; start < examDay; start = addDays(start, 7)) {
    const startIso = iso(start);
    const isSkipped = skipped.has(startIso);
    let capacity = 0;
    let off = 0;
    for (let i = 0; i < 7; i += 1) {
      const day = addDays(start, i);
      if (day >= examDay) break;
      const dayIso = iso(day);
      if (isDayOff(dayIso, daysOff)) {
        if (dayIso >= today) off += 1;
        continue;
      }
      if (isSkipped) continue;
      // This week counts from its first day, less what was already studied in it.
      capacity += hoursOnDay(day, settings);
      if (dayIso >= today) availableDays += 1;
    }
    if (weeks.length === 0) capacity = Math.max(0, capacity - (input.studiedThisWeekHours ?? 0));
    weeks.push({ start: startIso, end: iso(addDays(start, 6)), capacityHours: round2(capacity), plannedHours: 0, items: [], skipped: isSkipped, daysOff: off });
    layOut(weeks[weeks.length - 1]!, capacity, queue, input.domains);
  }
  const unplanned = queue.filter((e) => e.left > EPSILON).map((e) => itemOf(e.module, e.left, input.domains, e.left < moduleHoursLeft(e.module) - EPSILON));
  const capacityHours = weeks.reduce((sum, w) => sum + w.capacityHours, 0);
  const perWeek = weeklyHours(settings);
  let neededPerWeek: number | null = null;
  if (capacityHours > EPSILON && perWeek > EPSILON) neededPerWeek = (perWeek * remainingHours) / capacityHours;
  else if (availableDays > 0) neededPerWeek = (remainingHours * 7) / availableDays;
  const shortHours = remainingHours - capacityHours;
  const verdict: PlanVerdict =
    shortHours <= EPSILON
      ? { kind: 'fits', slackHours: round2(-shortHours) }
      : { kind: 'short', shortHours: round2(shortHours), neededPerWeek: neededPerWeek === null ? null : round2(neededPerWeek), fitsBy: dateThatFits(examDay, shortHours, input) };
  return { examDate, remainingHours: round2(remainingHours), capacityHours: round2(capacityHours), neededPerWeek: neededPerWeek === null ? null : round2(neededPerWeek), weeks, unplanned, verdict };
}

function itemOf(module: Module, hours: number, domains: readonly ExamDomain[] | undefined, split: boolean): PlannedItem {
  const item: PlannedItem = { moduleId: module.id, title: module.title, hours: round2(hours), split };
  const domain = domainOf(module, domains);
  if (domain) item.domain = domain;
  return item;
}

/** Gives the week's hours to the queue's modules in order, splitting the last one across weeks. */
function layOut(week: PlanWeek, capacity: number, queue: { module: Module; left: number }[], domains: readonly ExamDomain[] | undefined): void {
  let free = capacity;
  while (free > EPSILON) {
    const next = queue.find((e) => e.left > EPSILON);
    if (!next) break;
    const hours = Math.min(free, next.left);
    const startedEarlier = next.left < moduleHoursLeft(next.module) - EPSILON;
    next.left -= hours;
    free -= hours;
    week.items.push(itemOf(next.module, hours, domains, startedEarlier || next.left > EPSILON));
  }
  week.plannedHours = round2(capacity - Math.max(0, free));
}

/** The first exam day by which `shortHours` more can be studied at the current hours (days off and skips count). */
function dateThatFits(examDay: Date, shortHours: number, input: ExamPlanInput): IsoDate | null {
  if (weeklyHours(input.settings) <= EPSILON) return null;
  const skipped = new Set(input.settings.skippedWeeks);
  const weekStartsOn = input.weekStartsOn ?? 1;
  let missing = shortHours;
  for (let i = 0; i < MAX_EXTRA_DAYS; i += 1) {
    const day = addDays(examDay, i);
    const dayIso = iso(day);
    if (isDayOff(dayIso, input.daysOff ?? []) || skipped.has(iso(startOfWeek(day, { weekStartsOn })))) continue;
    missing -= hoursOnDay(day, input.settings);
    if (missing <= EPSILON) return iso(addDays(day, 1));
  }
  return null;
}

/** The plan's week that contains `day`, if any. */
export function weekContaining(plan: ExamPlan, day: IsoDate): PlanWeek | undefined {
  return plan.weeks.find((w) => w.start <= day && day <= w.end);
}

/** Whole weeks from `from` to `to` (for messages such as "2 weeks later"). */
export function weeksBetween(from: IsoDate, to: IsoDate): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return a && b ? differenceInCalendarDays(b, a) / 7 : 0;
}
