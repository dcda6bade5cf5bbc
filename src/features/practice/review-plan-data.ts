// The review plan for the practice screen and the dashboard: the stored setting, the cards, the
// attempts so far and the days off, through the domain's planReviews.
import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { getPracticeRepo, usePracticeTotals, useReviewCards } from '../../data/practice-store';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import { DEFAULT_MINUTES_PER_REVIEW, minutesPerReviewFrom, planReviews, reviewsThisWeek, reviewWeekText, type DayOffRange, type ReviewPlan, type ReviewPlanSetting } from '../../domain/plan';
import { generatorTopicIds } from '../../domain/practice/generators';
import { practiceProgressFromCells, type PracticeCells } from '../../domain/practice/progress';
import type { ReviewCardRecord } from '../../domain/practice/scheduling';
import { parseDay } from '../../domain/week';

export interface ReviewPlanView {
  setting: ReviewPlanSetting;
  plan: ReviewPlan | null;
}

interface PlanSources {
  setting: ReviewPlanSetting;
  daysOff: readonly DayOffRange[];
  cells: PracticeCells;
  cards: readonly ReviewCardRecord[];
  now: number;
}

/** The plan from what is stored: every generator topic without a card is a new topic, started in display order. */
export function buildReviewPlan({ setting, daysOff, cells, cards, now }: PlanSources): ReviewPlanView {
  if (setting === null) return { setting, plan: null };
  const progress = practiceProgressFromCells(cells, now);
  const started = new Set(cards.map((c) => c.topic));
  const plan = planReviews({
    cards,
    newTopics: generatorTopicIds.filter((t) => !started.has(t)),
    targetDay: setting.targetDay,
    today: format(now, 'yyyy-MM-dd'),
    now,
    cap: { reviewsPerDay: setting.reviewsPerDay, minutesPerDay: setting.minutesPerDay },
    minutesPerReview: minutesPerReviewFrom(progress.topics, DEFAULT_MINUTES_PER_REVIEW),
    daysOff,
    accuracy: progress.topics,
  });
  return { setting, plan };
}

/** The plan, live; undefined while the stored data is first read; plan null with no date set. */
export function useReviewPlan(): ReviewPlanView | undefined {
  const setting = useSetting('review-plan');
  const daysOff = useSetting('days-off');
  const totals = usePracticeTotals();
  const cards = useReviewCards();
  const [now] = useState(() => Date.now());
  return useMemo(() => {
    if (setting === undefined || daysOff === undefined || !totals || !cards) return undefined;
    return buildReviewPlan({ setting, daysOff, cells: totals.cells, cards: cards.rows, now });
  }, [setting, daysOff, totals, cards, now]);
}

/** "Reviews this week: 34 planned, 21 done" for the week of `weekOf`, or undefined with no plan for it. */
export async function reviewWeekLine(weekOf: string, doneThisWeek: number, now = Date.now()): Promise<string | undefined> {
  const settings = getSettingsRepo();
  const [setting, daysOff, totals, cards] = await Promise.all([settings.get('review-plan'), settings.get('days-off'), getPracticeRepo().totals(), getPracticeRepo().listCards()]);
  const { plan } = buildReviewPlan({ setting, daysOff, cells: totals.cells, cards: cards.rows, now });
  const week = plan ? reviewsThisWeek(plan, weekOf, doneThisWeek) : undefined;
  return week ? reviewWeekText(week) : undefined;
}

/** "Tue 14 Apr" for a 'yyyy-MM-dd' day. */
export function dayText(day: string): string {
  const d = parseDay(day);
  return d ? format(d, 'EEE d MMM') : day;
}

/** "Ready by Tue 14 Apr", "Not ready by the date: 3 topics below goal", or what a past date means. */
export function readinessText(plan: ReviewPlan): string {
  if (plan.status === 'past') return `The date (${dayText(plan.targetDay)}) has passed. Set the next one to plan toward it.`;
  if (plan.readyBy) return plan.readyBy === plan.today ? 'Ready now, if you keep up with the reviews.' : `Ready by ${dayText(plan.readyBy)}.`;
  const n = plan.belowGoal.length;
  return `Not ready by the date: ${n} topic${n === 1 ? '' : 's'} below goal.`;
}

export interface FutureDueRow {
  day: string;
  label: string;
  reviews: number;
  newReviews: number;
  dayOff: boolean;
}

export function futureDueRows(plan: ReviewPlan): FutureDueRow[] {
  return plan.days.map((d) => ({ day: d.day, label: format(parseDay(d.day)!, 'd MMM'), reviews: d.reviews, newReviews: d.newReviews, dayOff: d.dayOff }));
}

/** The chart in words, for screen readers and anyone who prefers a sentence. */
export function futureDueSummary(plan: ReviewPlan): string {
  const total = plan.days.reduce((s, d) => s + d.total, 0);
  const working = plan.days.filter((d) => !d.dayOff);
  const busiest = plan.days.reduce((best, d) => (d.total > (best?.total ?? -1) ? d : best), plan.days[0]);
  const off = plan.days.length - working.length;
  const parts = [`${total} review${total === 1 ? '' : 's'} over ${plan.days.length} day${plan.days.length === 1 ? '' : 's'} until ${dayText(plan.targetDay)}`];
  if (busiest && busiest.total > 0) parts.push(`busiest ${dayText(busiest.day)} with ${busiest.total}`);
  if (plan.capPerDay !== null) parts.push(`cap ${plan.capPerDay} a day`);
  if (off > 0) parts.push(`${off} day${off === 1 ? '' : 's'} off with no reviews`);
  return `${parts.join(', ')}.`;
}
