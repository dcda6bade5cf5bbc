// The review plan toward a date (issue 23, point 3): from the practice cards, the topics not yet
// started, a target date (an interview, an exam), a daily cap and the days off, it simulates every
// day from today to the date with ts-fsrs, each review answered Good (as Anki's future-due chart
// assumes): the reviews due that day, new topics started early enough to be reviewed twice before
// the date, and reviews moved earlier where a day would go over the cap or falls on a day off (as
// FSRS Helper's "advance" and "schedule a break" do). The desired retention rises toward the date
// (review-plan-fsrs.ts). "Ready by" is the first day from which every topic stays at the goal.
import { createEmptyCard, type Card } from 'ts-fsrs';
import { toCard, type ReviewCardRecord } from '../practice/scheduling';
import { isDayOff, normalizeDaysOff, type DayOffRange } from './days-off';
import { dayOf, latestIntroductionDay, nextDay, noonOf, retentionOn, reviewThroughDay } from './review-plan-fsrs';
import { topicReadiness, weakestReadinessFirst, type TopicAccuracy, type TopicReadiness } from './review-plan-readiness';

export interface ReviewPlanCap {
  /** Most reviews a day; null for no limit. */
  reviewsPerDay: number | null;
  /** Most minutes a day; null for no limit. */
  minutesPerDay: number | null;
}

export interface ReviewPlanInput {
  cards: readonly ReviewCardRecord[];
  /** Topics not started yet, in the order to start them. */
  newTopics: readonly string[];
  /** The date, 'yyyy-MM-dd'. */
  targetDay: string;
  /** Today, 'yyyy-MM-dd', and the moment now (epoch ms, on today). */
  today: string;
  now: number;
  cap: ReviewPlanCap;
  minutesPerReview: number;
  daysOff: readonly DayOffRange[];
  /** Answers and accuracy per topic so far. */
  accuracy?: readonly TopicAccuracy[];
}

export interface PlanDay {
  day: string;
  dayOff: boolean;
  /** Reviews of cards already started (due that day, overdue, or moved earlier to that day). */
  reviews: number;
  /** Reviews of topics started that day (the first answer and its same-day steps). */
  newReviews: number;
  total: number;
  minutes: number;
  /** Desired retention the day's reviews are scheduled for. */
  retention: number;
  /** Reviews due by that day still not done at its end (over the cap). */
  backlog: number;
}

export interface PlannedIntroduction {
  topic: string;
  /** Day it is started, or null when the cap left no room by the date. */
  day: string | null;
  /** Days it is reviewed after it is started, up to the date. */
  reviewDays: string[];
}

export type ReviewPlanStatus = 'planned' | 'today' | 'past';

export interface ReviewPlan {
  status: ReviewPlanStatus;
  today: string;
  targetDay: string;
  /** Reviews a day the cap allows (null: no cap). */
  capPerDay: number | null;
  minutesPerReview: number;
  days: PlanDay[];
  introductions: PlannedIntroduction[];
  /** The last day a new topic can start and still be reviewed twice by the date. */
  latestIntroductionDay: string | undefined;
  /** First day from which every topic stays at the goal through the date; null when not by the date. */
  readyBy: string | null;
  /** Topics below the goal on the date (or now, when the date has passed), weakest first. */
  belowGoal: TopicReadiness[];
  /** Every topic as it is now, weakest first. */
  topicsNow: TopicReadiness[];
  /** Breaks between today and the date. */
  breaks: DayOffRange[];
  /** Reviews still overdue at the end of the date. */
  backlog: number;
}

interface SimCard {
  id: string;
  topic: string;
  /** Counts toward readiness (generator topics and new topics); concept cards only add load. */
  ranked: boolean;
  card: Card;
  /** The working day the card's next review is planned for (plannedDay of its due day). */
  slot: string;
  reviewDays: string[];
}

/** Reviews a day allowed by the cap: the lower of the reviews cap and the minutes cap's reviews. */
export function reviewsPerDayAllowed(cap: ReviewPlanCap, minutesPerReview: number): number | null {
  const byMinutes = cap.minutesPerDay === null ? Infinity : Math.floor(cap.minutesPerDay / Math.max(minutesPerReview, 0.01));
  const allowed = Math.min(cap.reviewsPerDay ?? Infinity, byMinutes);
  return Number.isFinite(allowed) ? Math.max(0, allowed) : null;
}

export function planReviews(input: ReviewPlanInput): ReviewPlan {
  const { today, targetDay } = input;
  const daysOff = normalizeDaysOff(input.daysOff);
  const capPerDay = reviewsPerDayAllowed(input.cap, input.minutesPerReview);
  const cap = capPerDay ?? Infinity;
  const accuracy = new Map((input.accuracy ?? []).map((a) => [a.topic, a]));
  const sims: SimCard[] = input.cards.map((r) => ({ id: r.id, topic: r.topic, ranked: r.kind === 'generator', card: toCard(r), slot: '', reviewDays: [] }));
  const newTopics = input.newTopics.filter((t) => !sims.some((s) => s.topic === t));
  const byTopic = new Map<string, SimCard[]>(newTopics.map((t) => [t, []]));
  const addRanked = (sim: SimCard) => {
    const list = byTopic.get(sim.topic);
    if (list) list.push(sim);
    else byTopic.set(sim.topic, [sim]);
  };
  sims.filter((s) => s.ranked).forEach(addRanked);
  // A topic the plan starts counts as ready only once it has had its two reviews after the first answer.
  const newTopicSet = new Set(newTopics);
  const readinessAt = (at: Date) =>
    [...byTopic]
      .map(([topic, list]) => {
        const r = topicReadiness(topic, list.map((s) => s.card), at, accuracy.get(topic));
        return newTopicSet.has(topic) && (list[0]?.reviewDays.length ?? 0) < 2 ? { ...r, atGoal: false } : r;
      })
      .sort(weakestReadinessFirst);
  const topicsNow = readinessAt(new Date(input.now));
  const breaks = daysOff.filter((r) => r.to >= today && r.from <= targetDay);
  const base = { today, targetDay, capPerDay, minutesPerReview: input.minutesPerReview, breaks, topicsNow };

  if (targetDay < today) {
    return { ...base, status: 'past', days: [], introductions: [], latestIntroductionDay: undefined, readyBy: null, belowGoal: topicsNow.filter((t) => !t.atGoal), backlog: 0 };
  }

  const working = (day: string) => !isDayOff(day, daysOff);
  /** The working day a review due on `due` is planned for: overdue → today; a day off → the working day before it. */
  const planned = new Map<string, string>();
  const plannedDay = (dueDay: string): string => {
    let slot = planned.get(dueDay);
    if (slot === undefined) planned.set(dueDay, (slot = findPlannedDay(dueDay)));
    return slot;
  };
  const findPlannedDay = (dueDay: string): string => {
    if (dueDay <= today) return today;
    let d = dueDay;
    while (!working(d) && d > today) d = nextDay(d, -1);
    if (working(d)) return d;
    // The break starts today: the reviews wait for the first working day after it.
    d = dueDay;
    while (!working(d) && d <= targetDay) d = nextDay(d);
    return d;
  };
  const setCard = (sim: SimCard, card: Card) => {
    sim.card = card;
    sim.slot = plannedDay(dayOf(card.due));
  };
  for (const sim of sims) setCard(sim, sim.card);
  const reviewAt = (day: string, card: Card): Date => {
    const noon = noonOf(day);
    const earliest = day === today ? Math.max(input.now, noon.getTime()) : noon.getTime();
    return new Date(dayOf(card.due) === day ? Math.max(earliest, card.due.getTime()) : earliest);
  };

  const lastIntro = latestIntroductionDay(today, targetDay);
  const introductions: PlannedIntroduction[] = newTopics.map((topic) => ({ topic, day: null, reviewDays: [] }));
  const days: PlanDay[] = [];
  const readyOn: boolean[] = [];
  let belowGoal: TopicReadiness[] = [];

  for (let day = today; day <= targetDay; day = nextDay(day)) {
    const retention = retentionOn(day, targetDay);
    const endOfDay = new Date(noonOf(day).getTime() + 12 * 3600_000 - 60_000);
    const record: PlanDay = { day, dayOff: !working(day), reviews: 0, newReviews: 0, total: 0, minutes: 0, retention, backlog: 0 };
    if (working(day)) {
      let used = 0;
      const review = (sim: SimCard): boolean => {
        const result = reviewThroughDay(sim.card, day, retention, reviewAt(day, sim.card));
        if (used + result.reviews > cap) return false;
        setCard(sim, result.card);
        sim.reviewDays.push(day);
        used += result.reviews;
        record.reviews += result.reviews;
        return true;
      };
      // 1. What is due by today (overdue first).
      const due = sims.filter((s) => s.card.state !== 0 && s.slot <= day).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
      for (const sim of due) if (used < cap) review(sim);
      record.backlog = due.filter((s) => s.slot <= day).length;
      // 2. New topics, as early as the cap allows.
      for (const intro of introductions) {
        if (intro.day !== null || used >= cap) continue;
        const at = reviewAt(day, createEmptyCard(noonOf(day)));
        const result = reviewThroughDay(createEmptyCard(at), day, retention, at);
        if (used + result.reviews > cap) break;
        used += result.reviews;
        record.newReviews += result.reviews;
        intro.day = day;
        const sim: SimCard = { id: `new:${intro.topic}`, topic: intro.topic, ranked: true, card: result.card, slot: '', reviewDays: [] };
        setCard(sim, result.card);
        sims.push(sim);
        addRanked(sim);
      }
      // 3. Spare room takes reviews from a coming day that would go over the cap, but only what the
      // working days in between cannot take (a review moves as little earlier as it can).
      const horizon = nextDay(day, 14);
      const bySlot = new Map<string, SimCard[]>();
      for (const sim of sims) {
        if (sim.card.state === 0 || sim.slot <= day || sim.slot > horizon) continue;
        const list = bySlot.get(sim.slot);
        if (list) list.push(sim);
        else bySlot.set(sim.slot, [sim]);
      }
      let roomBetween = 0;
      for (let ahead = nextDay(day); used < cap && ahead <= targetDay && ahead <= horizon; ahead = nextDay(ahead)) {
        if (!working(ahead)) continue;
        const load = (bySlot.get(ahead) ?? []).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
        let excess = load.length - cap - roomBetween;
        for (const sim of load) if (excess > 0 && used < cap && review(sim)) excess -= 1;
        roomBetween = Math.max(0, roomBetween - Math.max(0, load.length - cap)) + Math.max(0, cap - load.length);
      }
    }
    record.total = record.reviews + record.newReviews;
    record.minutes = Math.round(record.total * input.minutesPerReview * 10) / 10;
    days.push(record);
    const readiness = readinessAt(endOfDay);
    readyOn.push(readiness.every((t) => t.atGoal));
    if (day === targetDay) belowGoal = readiness.filter((t) => !t.atGoal);
  }

  for (const intro of introductions) intro.reviewDays = sims.find((s) => s.id === `new:${intro.topic}`)?.reviewDays ?? [];
  let readyIndex = readyOn.length;
  while (readyIndex > 0 && readyOn[readyIndex - 1]) readyIndex -= 1;
  const readyBy = readyIndex < days.length ? days[readyIndex]!.day : null;
  const backlog = sims.filter((s) => s.card.state !== 0 && s.slot <= targetDay).length;
  return { ...base, status: targetDay === today ? 'today' : 'planned', days, introductions, latestIntroductionDay: lastIntro, readyBy, belowGoal, backlog };
}

/** Reviews the plan sets for the days from `from` to `to` (both inclusive). */
export function plannedReviewsBetween(plan: ReviewPlan, from: string, to: string): number {
  return plan.days.filter((d) => d.day >= from && d.day <= to).reduce((sum, d) => sum + d.total, 0);
}
