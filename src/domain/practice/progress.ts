// Practice progress from the attempt history: accuracy and time by topic, week by week, weakest
// topics first, a streak of practice days, and the weekly summary an episode can quote.
// One pass over the attempts, so 10,000 of them aggregate in a few milliseconds.
import { addDays, format, startOfISOWeek } from 'date-fns';
import { isoWeekString } from '../week';
import { generators } from './generators';
import { conceptTopicIds, conceptTopicLabel, type ConceptTopicId } from './question-bank';
import type { PracticeAttempt } from './records';

export function practiceTopicLabel(topic: string): string {
  const generator = generators[topic];
  if (generator) return generator.label;
  return (conceptTopicIds as readonly string[]).includes(topic) ? conceptTopicLabel(topic as ConceptTopicId) : topic;
}

export interface TopicStats {
  topic: string;
  label: string;
  attempts: number;
  correct: number;
  /** 0..1 */
  accuracy: number;
  avgSeconds: number;
  lastAt: number;
}

export interface WeekPoint {
  /** ISO week, e.g. '2026-W07'. */
  week: string;
  attempts: number;
  accuracy: number;
  avgSeconds: number;
  /** Accuracy (0..100) per topic that was practised that week. */
  byTopic: Record<string, number>;
}

export interface PracticeProgress {
  total: number;
  correct: number;
  accuracy: number;
  /** Weakest first: lowest accuracy, then most attempts. */
  topics: TopicStats[];
  weeks: WeekPoint[];
  streak: { current: number; longest: number; practisedToday: boolean };
}

type Acc = { attempts: number; correct: number; seconds: number; lastAt: number };
const acc = (): Acc => ({ attempts: 0, correct: 0, seconds: 0, lastAt: 0 });
function add(a: Acc, x: PracticeAttempt) {
  a.attempts++;
  if (x.correct) a.correct++;
  a.seconds += x.seconds;
  if (x.answeredAt > a.lastAt) a.lastAt = x.answeredAt;
}

/** Weakest topics first: lowest accuracy, then the most practised (the weakness is better established). */
export function weakestFirst(a: TopicStats, b: TopicStats): number {
  return a.accuracy - b.accuracy || b.attempts - a.attempts || a.label.localeCompare(b.label);
}

export function practiceProgress(attempts: readonly PracticeAttempt[], now: number, maxWeeks = 12): PracticeProgress {
  const byTopic = new Map<string, Acc>();
  const byWeek = new Map<string, { all: Acc; topics: Map<string, Acc> }>();
  const days = new Set<string>();
  const dayCache = new Map<number, { day: string; week: string }>();
  let correct = 0;
  for (const x of attempts) {
    if (x.correct) correct++;
    let t = byTopic.get(x.topic);
    if (!t) byTopic.set(x.topic, (t = acc()));
    add(t, x);
    // Day and week strings are cached per local day: date-fns is the slow part at 10,000 attempts.
    const d = new Date(x.answeredAt);
    const dayKey = d.getFullYear() * 400 + d.getMonth() * 32 + d.getDate();
    let keys = dayCache.get(dayKey);
    if (!keys) dayCache.set(dayKey, (keys = { day: format(d, 'yyyy-MM-dd'), week: isoWeekString(d) }));
    days.add(keys.day);
    let w = byWeek.get(keys.week);
    if (!w) byWeek.set(keys.week, (w = { all: acc(), topics: new Map() }));
    add(w.all, x);
    let wt = w.topics.get(x.topic);
    if (!wt) w.topics.set(x.topic, (wt = acc()));
    add(wt, x);
  }
  const topics = [...byTopic].map(([topic, a]) => toStats(topic, a)).sort(weakestFirst);
  const weeks = lastWeeks(now, maxWeeks).map((week) => {
    const w = byWeek.get(week);
    const all = w?.all ?? acc();
    const perTopic: Record<string, number> = {};
    for (const [topic, a] of w?.topics ?? []) perTopic[topic] = Math.round((a.correct / a.attempts) * 1000) / 10;
    return { week, attempts: all.attempts, accuracy: all.attempts ? all.correct / all.attempts : 0, avgSeconds: all.attempts ? all.seconds / all.attempts : 0, byTopic: perTopic };
  });
  return {
    total: attempts.length,
    correct,
    accuracy: attempts.length ? correct / attempts.length : 0,
    topics,
    weeks,
    streak: practiceStreak(days, now),
  };
}

function toStats(topic: string, a: Acc): TopicStats {
  return { topic, label: practiceTopicLabel(topic), attempts: a.attempts, correct: a.correct, accuracy: a.correct / a.attempts, avgSeconds: a.seconds / a.attempts, lastAt: a.lastAt };
}

/** The ISO weeks ending with the week of `now`, oldest first. */
function lastWeeks(now: number, count: number): string[] {
  const monday = startOfISOWeek(new Date(now));
  return Array.from({ length: count }, (_, i) => isoWeekString(addDays(monday, -7 * (count - 1 - i))));
}

/**
 * Consecutive local days with at least one attempt. The current streak still counts when today
 * has no attempt yet but yesterday had (the day is not over).
 */
export function practiceStreak(days: ReadonlySet<string>, now: number): { current: number; longest: number; practisedToday: boolean } {
  const today = new Date(now);
  const key = (d: Date) => format(d, 'yyyy-MM-dd');
  const practisedToday = days.has(key(today));
  let current = 0;
  for (let d = practisedToday ? today : addDays(today, -1); days.has(key(d)); d = addDays(d, -1)) current++;
  let longest = 0;
  for (const day of days) {
    const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
    const date = new Date(y, m - 1, dd);
    if (days.has(key(addDays(date, -1)))) continue; // not the start of a run
    let run = 1;
    while (days.has(key(addDays(date, run)))) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, practisedToday };
}
