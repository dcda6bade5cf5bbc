// What the exam plan card shows, worked out from the certification, its study minutes and the
// settings (week start, days off): the plan, this week's slice, the changes since the accepted
// baseline and the sentences for the verdict. The edits (save settings, skip, accept) live here too.
import { useMemo } from 'react';
import { usePreferences, useSetting } from '../../data/settings-store';
import {
  baselineOf,
  certificationPlan,
  planChanges,
  planDate,
  toggleSkippedWeek,
  weekLabel,
  weeksBetween,
  type CertificationPlan,
  type ExamPlan,
  type ExamPlanSettings,
  type PlanChange,
  type PlanContext,
} from '../../domain/plan';
import { formatHours, type Certification, type IsoDate, type StudyMinutes } from '../../domain/progress';
import { formatDay } from './certification-data';
import type { CertificationEdits } from './use-certification-edits';

export interface ExamPlanView extends CertificationPlan {
  changes: PlanChange[];
  context: PlanContext;
  cells: readonly StudyMinutes[];
}

export function usePlanContext(today: IsoDate): PlanContext {
  const { weekStartsOn } = usePreferences();
  const daysOff = useSetting('days-off');
  return useMemo(() => ({ today, weekStartsOn, daysOff: daysOff ?? [] }), [today, weekStartsOn, daysOff]);
}

export function useExamPlanView(cert: Certification, cells: readonly StudyMinutes[], context: PlanContext): ExamPlanView | null {
  return useMemo(() => {
    const planned = certificationPlan(cert, cells, context);
    if (!planned) return null;
    const baseline = cert.plan?.baseline;
    const changes = baseline ? planChanges({ baseline, plan: planned.plan, modules: cert.modules, studiedByWeek: planned.studiedByWeek, thisWeek: planned.thisWeek }) : [];
    return { ...planned, changes, context, cells };
  }, [cert, cells, context]);
}

const h = (hours: number) => `${formatHours(hours)} h`;

/** The verdict as a headline and a sentence of what it means. */
export function verdictText(plan: ExamPlan): { tone: 'success' | 'warning' | 'neutral'; title: string; detail: string } {
  const date = formatDay(plan.examDate);
  const { verdict } = plan;
  switch (verdict.kind) {
    case 'done':
      return { tone: 'success', title: 'Every module is done', detail: 'Nothing is left to plan: review, and good luck on the exam.' };
    case 'past':
      return { tone: 'neutral', title: 'The exam date has passed', detail: 'Set a new exam or target date above to plan toward it.' };
    case 'fits':
      return {
        tone: 'success',
        title: verdict.slackHours > 0 ? `Fits, with ${h(verdict.slackHours)} to spare` : 'Fits, with no time to spare',
        detail: `${h(plan.remainingHours)} left and ${h(plan.capacityHours)} of study before ${date}.`,
      };
    case 'short': {
      const ways: string[] = [];
      if (verdict.neededPerWeek !== null) ways.push(`study ${h(verdict.neededPerWeek)} a week`);
      if (verdict.fitsBy) {
        const weeks = weeksBetween(plan.examDate, verdict.fitsBy);
        const whole = Math.round(weeks);
        const later = whole >= 1 ? ` (${Number.isInteger(weeks) ? '' : 'about '}${whole} ${whole === 1 ? 'week' : 'weeks'} later)` : '';
        ways.push(`move the date to ${formatDay(verdict.fitsBy)}${later}`);
      }
      return {
        tone: 'warning',
        title: `Short by ${h(verdict.shortHours)}`,
        detail: `${h(plan.remainingHours)} left but ${h(plan.capacityHours)} of study before ${date}.${ways.length ? ` To fit, ${ways.join(', or ')}.` : ''}`,
      };
    }
  }
}

export function planActions(cert: Certification, edits: CertificationEdits, context: PlanContext, cells: readonly StudyMinutes[], view: ExamPlanView | null) {
  return {
    /** Saves new settings and accepts the plan they give as the baseline. */
    async save(settings: Omit<ExamPlanSettings, 'baseline' | 'skippedWeeks'>) {
      return edits.apply(
        (c) => {
          const next = { ...c, plan: { ...settings, skippedWeeks: c.plan?.skippedWeeks ?? [] } };
          const planned = certificationPlan(next, cells, context);
          return planned ? { ...next, plan: { ...next.plan, baseline: baselineOf(planned.plan, context.today) } } : next;
        },
        { undo: cert.plan ? 'Changed the exam plan' : 'Made an exam plan' },
      );
    },
    async accept() {
      if (!view || !cert.plan) return null;
      return edits.apply((c) => (c.plan ? { ...c, plan: { ...c.plan, baseline: baselineOf(view.plan, view.context.today) } } : c), { undo: 'Accepted the new plan' });
    },
    async toggleSkip() {
      if (!view || !cert.plan) return null;
      const week = view.thisWeek;
      const skipping = !cert.plan.skippedWeeks.includes(week);
      return edits.apply((c) => (c.plan ? { ...c, plan: toggleSkippedWeek(c.plan, week) } : c), {
        undo: skipping ? `Skipped the week of ${weekLabel(week)}` : `Planned the week of ${weekLabel(week)} again`,
      });
    },
  };
}

export { planDate };
