// Re-balancing (issue 23, point 1): the plan as last accepted is kept as a baseline; when a week
// was missed or ahead, the plan laid out again from today differs from it, and these functions say
// how, in sentences ("Feature Engineering moved from week of 14 Dec to 21 Dec", "2 h a week more
// needed"). Skipping a week is a setting the plan reads; toggling it again is the undo.
import { format, startOfWeek } from 'date-fns';
import type { IsoDate, Module } from '../progress/types';
import { parseDay, type WeekStartsOn } from '../week';
import type { ExamPlan } from './exam-plan';
import type { ExamPlanSettings, PlanBaseline } from './exam-plan-schema';

/** Differences below this many hours are not worth a sentence (a quarter of an hour). */
const NOTICEABLE_HOURS = 0.25;
/** At most this many "moved" sentences; the rest are counted. */
const MAX_MOVES = 5;

export function baselineOf(plan: ExamPlan, today: IsoDate): PlanBaseline {
  return {
    madeOn: today,
    neededPerWeek: plan.neededPerWeek,
    weeks: plan.weeks.map((w) => ({ start: w.start, items: w.items.map((i) => ({ moduleId: i.moduleId, hours: i.hours })) })),
  };
}

/** "14 Dec": how a week is named in the plan's sentences. */
export function weekLabel(start: IsoDate): string {
  const day = parseDay(start);
  return day ? format(day, 'd MMM') : start;
}

export type PlanChange =
  | { kind: 'moved'; moduleId: string; title: string; from: IsoDate; to: IsoDate; message: string }
  | { kind: 'dropped'; moduleId: string; title: string; message: string }
  | { kind: 'missed' | 'ahead'; week: IsoDate; plannedHours: number; studiedHours: number; message: string }
  | { kind: 'pace'; deltaPerWeek: number; message: string }
  | { kind: 'more'; count: number; message: string };

/** The week each module is planned to finish in (its last week in the plan). */
function finishWeeks(weeks: readonly { start: IsoDate; items: readonly { moduleId: string }[] }[]): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  for (const week of weeks) for (const item of week.items) out.set(item.moduleId, week.start);
  return out;
}

function plannedFor(weeks: readonly { items: readonly { moduleId: string; hours: number }[] }[], moduleId: string): number {
  let sum = 0;
  for (const week of weeks) for (const item of week.items) if (item.moduleId === moduleId) sum += item.hours;
  return sum;
}

const hoursText = (hours: number) => {
  const rounded = Math.round(hours * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} h`;
};

export interface ChangesInput {
  baseline: PlanBaseline;
  plan: ExamPlan;
  modules: readonly Module[];
  /** Hours studied per week start (every study session of the certification). */
  studiedByWeek: ReadonlyMap<IsoDate, number>;
  /** First day of this week: baseline weeks before it are over. */
  thisWeek: IsoDate;
}

/** What changed between the accepted plan and the plan laid out today; empty when nothing did. */
export function planChanges(input: ChangesInput): PlanChange[] {
  const { baseline, plan, modules, studiedByWeek, thisWeek } = input;
  const changes: PlanChange[] = [];
  for (const week of baseline.weeks) {
    if (week.start >= thisWeek) continue;
    const planned = week.items.reduce((sum, i) => sum + i.hours, 0);
    const studied = studiedByWeek.get(week.start) ?? 0;
    const label = `Week of ${weekLabel(week.start)}`;
    if (studied < planned - NOTICEABLE_HOURS) {
      changes.push({ kind: 'missed', week: week.start, plannedHours: planned, studiedHours: studied, message: `${label}: ${hoursText(planned)} planned, ${hoursText(studied)} studied.` });
    } else if (studied > planned + NOTICEABLE_HOURS) {
      changes.push({ kind: 'ahead', week: week.start, plannedHours: planned, studiedHours: studied, message: `${label}: ${hoursText(studied - planned)} ahead of the plan.` });
    }
  }
  const before = finishWeeks(baseline.weeks);
  const after = finishWeeks(plan.weeks);
  const byId = new Map(modules.map((m) => [m.id, m]));
  const moves: PlanChange[] = [];
  for (const [moduleId, from] of before) {
    const module = byId.get(moduleId);
    if (!module || module.status === 'done') continue;
    const to = after.get(moduleId);
    const leftOver = plan.unplanned.find((i) => i.moduleId === moduleId);
    // Left over only counts as a change when the accepted plan gave the module more hours.
    if (leftOver && plannedFor(baseline.weeks, moduleId) > plannedFor(plan.weeks, moduleId) + NOTICEABLE_HOURS) {
      moves.push({ kind: 'dropped', moduleId, title: module.title, message: `${module.title} no longer fits before the exam (${hoursText(leftOver.hours)} left over).` });
    } else if (to !== undefined && to !== from) {
      moves.push({ kind: 'moved', moduleId, title: module.title, from, to, message: `${module.title} moved from week of ${weekLabel(from)} to ${weekLabel(to)}.` });
    }
  }
  changes.push(...moves.slice(0, MAX_MOVES));
  if (moves.length > MAX_MOVES) {
    const count = moves.length - MAX_MOVES;
    changes.push({ kind: 'more', count, message: `…and ${count} more ${count === 1 ? 'module' : 'modules'}.` });
  }
  if (baseline.neededPerWeek !== null && plan.neededPerWeek !== null) {
    const delta = plan.neededPerWeek - baseline.neededPerWeek;
    if (Math.abs(delta) >= 0.1) {
      changes.push({ kind: 'pace', deltaPerWeek: delta, message: `${hoursText(Math.abs(delta))} a week ${delta > 0 ? 'more' : 'less'} needed to finish by the exam.` });
    }
  }
  return changes;
}

/** Hours studied per week (keyed by the week's first day), from per-day study minutes. */
export function studiedHoursByWeek(cells: readonly { date: IsoDate; minutes: number }[], weekStartsOn: WeekStartsOn = 1): Map<IsoDate, number> {
  const out = new Map<IsoDate, number>();
  for (const cell of cells) {
    const day = parseDay(cell.date);
    if (!day) continue;
    const key = format(startOfWeek(day, { weekStartsOn }), 'yyyy-MM-dd');
    out.set(key, (out.get(key) ?? 0) + cell.minutes / 60);
  }
  return out;
}

/** The settings with the week (its first day) skipped, or no longer skipped when it was. */
export function toggleSkippedWeek<T extends Pick<ExamPlanSettings, 'skippedWeeks'>>(settings: T, weekStart: IsoDate): T {
  const skipped = settings.skippedWeeks.includes(weekStart) ? settings.skippedWeeks.filter((w) => w !== weekStart) : [...settings.skippedWeeks, weekStart].sort();
  return { ...settings, skippedWeeks: skipped };
}
