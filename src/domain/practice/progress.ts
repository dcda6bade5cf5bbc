// Practice progress from the attempt history: accuracy and time by topic, week by week, weakest
// topics first, a streak of practice days, and the weekly summary an episode can quote.
// Attempts are first summed per day and topic (PracticeCells); everything else reads those cells.
import { addDays, format, startOfISOWeek } from 'date-fns';
import { isoWeekString } from '../week';
import { generators } from './generators';
import { conceptTopicIds, conceptTopicLabel, type ConceptTopicId } from './question-bank';
import type { PracticeAttempt } from './records';

/**
 * A topic's name for every list a person reads, never its id: a generator's label, a concept
 * topic's label, else the id spelled as words ('old-topic' -> 'Old topic', from an older version).
 */
export function practiceTopicLabel(topic: string): string {
  const generator = generators[topic];
  if (generator) return generator.label;
  if ((conceptTopicIds as readonly string[]).includes(topic)) return conceptTopicLabel(topic as ConceptTopicId);
  const words = topic.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Unnamed topic';
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
function addCell(a: Acc, cells: PracticeCells, i: number) {
  a.attempts += cells.attempts[i]!;
  a.correct += cells.correct[i]!;
  a.seconds += cells.seconds[i]!;
  if (cells.lastAt[i]! > a.lastAt) a.lastAt = cells.lastAt[i]!;
}

/** Weakest topics first: lowest accuracy, then the most practised (the weakness is better established). */
export function weakestFirst(a: TopicStats, b: TopicStats): number {
  return a.accuracy - b.accuracy || b.attempts - a.attempts || a.label.localeCompare(b.label);
}

/**
 * Attempts summed per local day and topic, in parallel columns sorted by day then topic. Every
 * progress figure (totals, topics, weeks, streak) needs no finer grain, so the repository keeps
 * these as one stored row and the practice screen never reads 10,000 attempt rows.
 */
export interface PracticeCells {
  /** Local calendar day of the answers, 'yyyy-MM-dd'. */
  days: string[];
  topics: string[];
  attempts: number[];
  correct: number[];
  seconds: number[];
  /** Latest answeredAt (epoch ms) in the cell. */
  lastAt: number[];
}

type AttemptPart = Pick<PracticeAttempt, 'topic' | 'correct' | 'seconds' | 'answeredAt'>;

export const emptyPracticeCells = (): PracticeCells => ({ days: [], topics: [], attempts: [], correct: [], seconds: [], lastAt: [] });

/** The cells with `added` attempts counted in (attempts are never edited or removed one by one). */
export function addToPracticeCells(cells: PracticeCells, added: readonly AttemptPart[]): PracticeCells {
  const map = new Map<string, Acc & { day: string; topic: string }>();
  cells.days.forEach((day, i) => {
    const topic = cells.topics[i]!;
    map.set(`${day}\u0000${topic}`, { day, topic, attempts: cells.attempts[i]!, correct: cells.correct[i]!, seconds: cells.seconds[i]!, lastAt: cells.lastAt[i]! });
  });
  // Local day strings are cached per day: date-fns formatting is the slow part at 10,000 attempts.
  const dayCache = new Map<number, string>();
  for (const x of added) {
    const d = new Date(x.answeredAt);
    const dayKey = d.getFullYear() * 400 + d.getMonth() * 32 + d.getDate();
    let day = dayCache.get(dayKey);
    if (day === undefined) dayCache.set(dayKey, (day = format(d, 'yyyy-MM-dd')));
    const key = `${day}\u0000${x.topic}`;
    let cell = map.get(key);
    if (!cell) map.set(key, (cell = { day, topic: x.topic, ...acc() }));
    cell.attempts++;
    if (x.correct) cell.correct++;
    cell.seconds += x.seconds;
    if (x.answeredAt > cell.lastAt) cell.lastAt = x.answeredAt;
  }
  const out = emptyPracticeCells();
  for (const [, c] of [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.days.push(c.day);
    out.topics.push(c.topic);
    out.attempts.push(c.attempts);
    out.correct.push(c.correct);
    out.seconds.push(Math.round(c.seconds * 10) / 10);
    out.lastAt.push(c.lastAt);
  }
  return out;
}

export function practiceCells(attempts: readonly AttemptPart[]): PracticeCells {
  return addToPracticeCells(emptyPracticeCells(), attempts);
}

/** True when the value has the shape of PracticeCells (a stored row may be damaged). */
export function isPracticeCells(value: unknown): value is PracticeCells {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const columns = [v.days, v.topics, v.attempts, v.correct, v.seconds, v.lastAt];
  if (!columns.every(Array.isArray)) return false;
  const n = (v.days as unknown[]).length;
  return (
    columns.every((c) => (c as unknown[]).length === n) &&
    [v.days, v.topics].every((c) => (c as unknown[]).every((x) => typeof x === 'string')) &&
    [v.attempts, v.correct, v.seconds, v.lastAt].every((c) => (c as unknown[]).every((x) => typeof x === 'number' && Number.isFinite(x)))
  );
}

export function practiceProgress(attempts: readonly PracticeAttempt[], now: number, maxWeeks = 12): PracticeProgress {
  return practiceProgressFromCells(practiceCells(attempts), now, maxWeeks);
}

export function practiceProgressFromCells(cells: PracticeCells, now: number, maxWeeks = 12): PracticeProgress {
  const byTopic = new Map<string, Acc>();
  const byWeek = new Map<string, { all: Acc; topics: Map<string, Acc> }>();
  const days = new Set<string>();
  const weekOfDay = new Map<string, string>();
  let total = 0;
  let correct = 0;
  cells.days.forEach((day, i) => {
    const topic = cells.topics[i]!;
    total += cells.attempts[i]!;
    correct += cells.correct[i]!;
    let t = byTopic.get(topic);
    if (!t) byTopic.set(topic, (t = acc()));
    addCell(t, cells, i);
    days.add(day);
    let week = weekOfDay.get(day);
    if (week === undefined) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      weekOfDay.set(day, (week = isoWeekString(new Date(y, m - 1, d))));
    }
    let w = byWeek.get(week);
    if (!w) byWeek.set(week, (w = { all: acc(), topics: new Map() }));
    addCell(w.all, cells, i);
    let wt = w.topics.get(topic);
    if (!wt) w.topics.set(topic, (wt = acc()));
    addCell(wt, cells, i);
  });
  const topics = [...byTopic].map(([topic, a]) => toStats(topic, a)).sort(weakestFirst);
  const weeks = lastWeeks(now, maxWeeks).map((week) => {
    const w = byWeek.get(week);
    const all = w?.all ?? acc();
    const perTopic: Record<string, number> = {};
    for (const [topic, a] of w?.topics ?? []) perTopic[topic] = Math.round((a.correct / a.attempts) * 1000) / 10;
    return { week, attempts: all.attempts, accuracy: all.attempts ? all.correct / all.attempts : 0, avgSeconds: all.attempts ? all.seconds / all.attempts : 0, byTopic: perTopic };
  });
  return {
    total,
    correct,
    accuracy: total ? correct / total : 0,
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
