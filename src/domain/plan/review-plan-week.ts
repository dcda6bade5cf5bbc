// The review plan's week, for the weekly episode's interview section and the dashboard:
// "Reviews this week: 34 planned, 21 done".
import { addDays, format } from 'date-fns';
import { parseDay } from '../week';
import { plannedReviewsBetween, type ReviewPlan } from './review-plan';

export interface ReviewWeek {
  /** What was done plus what the plan sets for the rest of the week (today included). */
  planned: number;
  done: number;
}

/** The week from `weekOf` (a Monday) as the plan sees it; undefined when today is not in that week or the date has passed. */
export function reviewsThisWeek(plan: ReviewPlan, weekOf: string, doneThisWeek: number): ReviewWeek | undefined {
  const monday = parseDay(weekOf);
  if (!monday || plan.status === 'past') return undefined;
  const sunday = format(addDays(monday, 6), 'yyyy-MM-dd');
  if (plan.today < weekOf || plan.today > sunday) return undefined;
  return { planned: doneThisWeek + plannedReviewsBetween(plan, plan.today, sunday), done: doneThisWeek };
}

export function reviewWeekText(week: ReviewWeek): string {
  return `Reviews this week: ${week.planned} planned, ${week.done} done`;
}
