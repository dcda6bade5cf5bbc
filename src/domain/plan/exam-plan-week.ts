// A certification's exam plan from what is stored (its plan settings, modules and study minutes),
// and this week's slice of it: what the plan card, the dashboard and the week's episode show
// ("Plan this week: 5 h, 2 modules — done 3.5 h"; issue 23, point 4).
import { format, startOfWeek } from 'date-fns';
import type { Certification, IsoDate } from '../progress/types';
import { parseDay, type WeekStartsOn } from '../week';
import type { DayOffRange } from './days-off';
import { planExam, type ExamPlan, type PlanWeek } from './exam-plan';
import { studiedHoursByWeek } from './exam-plan-changes';

export interface PlanContext {
  today: IsoDate;
  weekStartsOn?: WeekStartsOn;
  daysOff?: readonly DayOffRange[];
}

export interface CertificationPlan {
  plan: ExamPlan;
  /** First day of this week. */
  thisWeek: IsoDate;
  /** This week of the plan (undefined when the exam is past). */
  week?: PlanWeek;
  /** Hours studied per week start. */
  studiedByWeek: Map<IsoDate, number>;
  studiedThisWeek: number;
}

/** The exam (or else target) day the plan works back from. */
export function planDate(cert: Pick<Certification, 'examDate' | 'targetDate'>): IsoDate | undefined {
  return cert.examDate ?? cert.targetDate;
}

export function weekStartOf(day: IsoDate, weekStartsOn: WeekStartsOn = 1): IsoDate {
  const date = parseDay(day);
  return date ? format(startOfWeek(date, { weekStartsOn }), 'yyyy-MM-dd') : day;
}

/** null when the certification has no plan settings or no exam/target date. */
export function certificationPlan(cert: Certification, cells: readonly { date: IsoDate; minutes: number }[], context: PlanContext): CertificationPlan | null {
  const examDate = planDate(cert);
  if (!cert.plan || !examDate) return null;
  const weekStartsOn = context.weekStartsOn ?? 1;
  const thisWeek = weekStartOf(context.today, weekStartsOn);
  const studiedByWeek = studiedHoursByWeek(cells, weekStartsOn);
  const studiedThisWeek = studiedByWeek.get(thisWeek) ?? 0;
  const plan = planExam({
    modules: cert.modules,
    settings: cert.plan,
    examDate,
    today: context.today,
    weekStartsOn,
    daysOff: context.daysOff ?? [],
    domains: cert.domains,
    studiedThisWeekHours: studiedThisWeek,
  });
  const week = plan.weeks[0]?.start === thisWeek ? plan.weeks[0] : undefined;
  return { plan, thisWeek, studiedByWeek, studiedThisWeek, ...(week ? { week } : {}) };
}

export interface WeekPlanSummary {
  /** Hours planned this week: the hours still planned and those already studied. */
  plannedHours: number;
  modules: { moduleId: string; title: string; hours: number }[];
  doneHours: number;
  skipped: boolean;
}

export function weekPlanSummary(planned: CertificationPlan): WeekPlanSummary | null {
  const { week, studiedThisWeek } = planned;
  if (!week) return null;
  return {
    plannedHours: week.plannedHours + studiedThisWeek,
    modules: week.items.map((i) => ({ moduleId: i.moduleId, title: i.title, hours: i.hours })),
    doneHours: studiedThisWeek,
    skipped: week.skipped,
  };
}

const hours = (h: number) => {
  const rounded = Math.round(h * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} h`;
};

/** "Plan this week: 5 h, 2 modules — done 3.5 h" (or "Plan this week: skipped — done 0 h"). */
export function planWeekText(summary: WeekPlanSummary): string {
  const done = `done ${hours(summary.doneHours)}`;
  if (summary.skipped) return `Plan this week: skipped — ${done}`;
  const count = summary.modules.length;
  return `Plan this week: ${hours(summary.plannedHours)}, ${count} ${count === 1 ? 'module' : 'modules'} — ${done}`;
}
