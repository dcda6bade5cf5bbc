// The review plan's use of ts-fsrs: the desired retention for each day before the date, one
// scheduler per retention (ts-fsrs's own `request_retention`, no FSRS math here), and a Good review
// simulated on a card, as Anki's future-due forecast assumes.
import { addDays, format } from 'date-fns';
import { createEmptyCard, fsrs, Rating, type Card, type FSRS } from 'ts-fsrs';
import { parseDay } from '../week';

/** Desired retention away from the date: ts-fsrs's and Anki's default. */
export const BASE_RETENTION = 0.9;
/** Desired retention in the final stretch: recall matters most on the day itself. */
export const FINAL_RETENTION = 0.95;
/** The final stretch: this many days before the date (and the date itself). */
export const FINAL_STRETCH_DAYS = 14;
/** Retention every topic should be at for "ready": the base goal. */
export const GOAL_RETENTION = BASE_RETENTION;
/** Minutes one review takes when the person has no timed attempts yet (a worked problem by hand). */
export const DEFAULT_MINUTES_PER_REVIEW = 2;

/** The desired retention on `day` for a date `targetDay`: base, then final in the last stretch. */
export function retentionOn(day: string, targetDay: string): number {
  if (parseDay(day) === undefined || parseDay(targetDay) === undefined) return BASE_RETENTION;
  // Days as 'yyyy-MM-dd' compare as strings: on or after the first day of the final stretch.
  return day >= nextDay(targetDay, -FINAL_STRETCH_DAYS) ? FINAL_RETENTION : BASE_RETENTION;
}

const schedulers = new Map<number, FSRS>();
/** ts-fsrs's scheduler for a desired retention, without fuzz like the app's own (scheduling.ts). */
export function schedulerFor(retention: number): FSRS {
  let s = schedulers.get(retention);
  if (!s) schedulers.set(retention, (s = fsrs({ enable_fuzz: false, request_retention: retention })));
  return s;
}

/** Noon of a local day: when the plan simulates that day's reviews. */
// Parsing and formatting days is the slow part of a long plan; the few hundred days are cached.
const noons = new Map<string, number>();
export function noonOf(day: string): Date {
  let noon = noons.get(day);
  if (noon === undefined) {
    const d = parseDay(day)!;
    noons.set(day, (noon = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12).getTime()));
  }
  return new Date(noon);
}

export const dayOf = (time: Date | number): string => format(time, 'yyyy-MM-dd');
const nextDays = new Map<string, string>();
export function nextDay(day: string, n = 1): string {
  const key = `${day}|${n}`;
  let next = nextDays.get(key);
  if (next === undefined) {
    if (nextDays.size > 20_000) nextDays.clear();
    nextDays.set(key, (next = format(addDays(parseDay(day)!, n), 'yyyy-MM-dd')));
  }
  return next;
}

/** The card after a Good review at `at` with the desired retention `retention`. */
export function goodReview(card: Card, at: Date, retention: number): Card {
  return schedulerFor(retention).next(card, at, Rating.Good).card;
}

/**
 * Reviews a card Good on `day` (at `at`, default noon) and again at each same-day learning step,
 * until it is due on a later day. Returns the card and how many reviews that day took.
 */
export function reviewThroughDay(card: Card, day: string, retention: number, at: Date = noonOf(day)): { card: Card; reviews: number } {
  let c = goodReview(card, at, retention);
  let reviews = 1;
  // Learning steps are minutes apart; a card graduates after a few. The guard is for safety only.
  while (dayOf(c.due) <= day && reviews < 10) {
    c = goodReview(c, c.due, retention);
    reviews += 1;
  }
  return { card: c, reviews };
}

/**
 * The last day a new topic can be started so that, answered Good each time, it is reviewed at least
 * twice on later days by `targetDay` (its first answer on day t, then two reviews at the intervals
 * ts-fsrs gives). Undefined when even `today` is too late.
 */
export function latestIntroductionDay(today: string, targetDay: string): string | undefined {
  for (let t = targetDay; t >= today; t = nextDay(t, -1)) {
    if (reviewDaysAfterIntroduction(t, targetDay).length >= 2) return t;
  }
  return undefined;
}

/** The days (after `introDay`, up to `targetDay`) a topic started on `introDay` is reviewed, all Good. */
export function reviewDaysAfterIntroduction(introDay: string, targetDay: string): string[] {
  let { card } = reviewThroughDay(createEmptyCard(noonOf(introDay)), introDay, retentionOn(introDay, targetDay));
  const days: string[] = [];
  while (dayOf(card.due) <= targetDay && days.length < 50) {
    const day = dayOf(card.due);
    days.push(day);
    card = reviewThroughDay(card, day, retentionOn(day, targetDay)).card;
  }
  return days;
}
