// Derived rows in the `aggregates` table: per-day study minutes for each certification and per-day
// practice answers by topic. They are never the only copy of anything: each is built from its source
// table, kept up by the repositories in the same transaction as every write to that table, left out
// of backups, and rebuilt after a restore or whenever its row count disagrees with the table (checked
// once per session, after the screen that read it has drawn).
import Dexie from 'dexie';
import type { PracticeCells } from '../domain/practice/progress';
import { isPracticeCells, practiceCells } from '../domain/practice/progress';
import { restoreAll, restoreAttempt } from '../domain/practice/records';
import type { HoursSummary, StudyCells } from '../domain/progress';
import { isStudyCells, restoreSession, studyCells } from '../domain/progress';
import type { AggregateRow, EpisodesDatabase, Row } from './db';

/** Tables whose rows are derived from others: not exported, not restored, rebuilt instead. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['aggregates']);

export const studyAggregateId = (certificationId: string) => `study:${certificationId}`;
export const hoursAggregateId = (certificationId: string) => `hours:${certificationId}`;
export const PRACTICE_AGGREGATE_ID = 'practice';

export interface StudyAggregate extends AggregateRow {
  cells: StudyCells;
}
export interface PracticeAggregate extends AggregateRow {
  cells: PracticeCells;
}

/** Rows that fail restoreSession are counted (the row count must match the table) but not summed. */
export function validSessions(rows: readonly Row[]) {
  return rows.flatMap((row) => {
    const restored = restoreSession(row);
    return restored.ok ? [restored.value] : [];
  });
}

export function buildStudyAggregate(certificationId: string, rows: readonly Row[]): StudyAggregate {
  return { id: studyAggregateId(certificationId), count: rows.length, cells: studyCells(validSessions(rows)) };
}

export function buildPracticeAggregate(rows: readonly Row[]): PracticeAggregate {
  return { id: PRACTICE_AGGREGATE_ID, count: rows.length, cells: practiceCells(restoreAll(rows, restoreAttempt).valid) };
}

/** The stored row when it is well formed (whatever its count); otherwise null. */
export function usableStudyAggregate(row: AggregateRow | undefined): StudyAggregate | null {
  return row && Number.isInteger(row.count) && row.count >= 0 && isStudyCells(row.cells) ? (row as StudyAggregate) : null;
}

export function usablePracticeAggregate(row: AggregateRow | undefined): PracticeAggregate | null {
  return row && Number.isInteger(row.count) && row.count >= 0 && isPracticeCells(row.cells) ? (row as PracticeAggregate) : null;
}

/** The stored row when it is well formed and was built from `count` source rows; otherwise null. */
export function freshStudyAggregate(row: AggregateRow | undefined, count: number): StudyAggregate | null {
  const usable = usableStudyAggregate(row);
  return usable && usable.count === count ? usable : null;
}

export function freshPracticeAggregate(row: AggregateRow | undefined, count: number): PracticeAggregate | null {
  const usable = usablePracticeAggregate(row);
  return usable && usable.count === count ? usable : null;
}

/** Runs a task some time later, outside whatever transaction or live query scheduled it. */
export type Later = (task: () => Promise<unknown>) => void;

/**
 * When a stored row is checked against its table. Counting a table's rows is the slow part of a
 * check (5,000 sessions in an index: 30-50 ms in Chromium, ten times the read of the row itself),
 * and a row only goes stale when rows are written behind the repository's back, so screens draw
 * from the row at once and the count is compared after they have drawn.
 */
export const CHECK_DELAY_MS = 1500;

/**
 * A Later that runs its tasks one at a time, the first CHECK_DELAY_MS after it was given one and
 * each of the others when the browser is next idle after the one before has finished: the
 * dashboard schedules some twenty checks at start-up (a scan, counts, sums of modules), and run
 * together they would hold the page for 150 ms or more just when someone may be clicking.
 */
export function checkQueue(delayMs = CHECK_DELAY_MS): Later {
  const queue: (() => Promise<unknown>)[] = [];
  let running = false;
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 0));
  const drain = () => {
    const task = queue.shift();
    if (!task) {
      running = false;
      return;
    }
    void Dexie.ignoreTransaction(task)
      .catch(() => undefined)
      .finally(() => idle(drain));
  };
  return (task) => {
    queue.push(task);
    if (running) return;
    running = true;
    setTimeout(drain, delayMs);
  };
}

export const checkLater: Later = checkQueue();

/** Rebuilds a missing or damaged row right after the current task, outside the caller's (possibly read-only, live-query) transaction. */
export function rebuildSoon(task: () => Promise<unknown>): void {
  setTimeout(() => void Dexie.ignoreTransaction(task).catch(() => undefined), 0);
}

/** Schedules each key's check once per repository (one page session). */
export class OnceChecks {
  private readonly done = new Set<string>();
  constructor(private readonly later: Later) {}

  schedule(key: string, task: () => Promise<unknown>): void {
    if (this.done.has(key)) return;
    this.done.add(key);
    this.later(task);
  }
}

/**
 * Rebuilds every aggregate from the source tables. Call it inside a read-write transaction over
 * aggregates, studySessions and practiceAttempts (a restore does, after writing the tables).
 */
export async function rebuildAggregates(db: EpisodesDatabase): Promise<void> {
  await db.aggregates.clear();
  const byCertification = new Map<string, Row[]>();
  for (const row of await db.studySessions.toArray()) {
    const key = String(row.certificationId);
    const list = byCertification.get(key);
    if (list) list.push(row);
    else byCertification.set(key, [row]);
  }
  const rows: AggregateRow[] = [...byCertification].map(([id, sessions]) => buildStudyAggregate(id, sessions));
  rows.push(buildPracticeAggregate(await db.practiceAttempts.toArray()));
  await db.aggregates.bulkPut(rows);
}

/** The week (yyyy-MM-dd Monday, '' for none) of every live episode, as parallel columns sorted by id. */
export interface LiveWeeks {
  ids: string[];
  weeks: string[];
}
export interface LiveWeeksAggregate extends AggregateRow {
  cells: LiveWeeks;
}
export const LIVE_WEEKS_ID = 'live-weeks';

/** An episode's part in LiveWeeks: its week when it is live, null when it is trashed or gone. */
export interface LiveWeekChange {
  id: string;
  week: string | null;
}

function isLiveWeeks(value: unknown): value is LiveWeeks {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.ids) &&
    Array.isArray(v.weeks) &&
    v.ids.length === v.weeks.length &&
    v.ids.every((id) => typeof id === 'string') &&
    v.weeks.every((week) => typeof week === 'string')
  );
}

export function usableLiveWeeks(row: AggregateRow | undefined): LiveWeeksAggregate | null {
  return row && isLiveWeeks(row.cells) && row.count === row.cells.ids.length ? (row as LiveWeeksAggregate) : null;
}

export function buildLiveWeeks(pairs: Iterable<readonly [string, string]>): LiveWeeksAggregate {
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { id: LIVE_WEEKS_ID, count: sorted.length, cells: { ids: sorted.map(([id]) => id), weeks: sorted.map(([, week]) => week) } };
}

/** The row after `changes` (later ones win); the same row when nothing in it changes. */
export function applyLiveWeeks(row: LiveWeeksAggregate, changes: readonly LiveWeekChange[]): LiveWeeksAggregate {
  const map = new Map(row.cells.ids.map((id, i) => [id, row.cells.weeks[i]!] as const));
  let changed = false;
  for (const { id, week } of changes) {
    if (week === null) changed = map.delete(id) || changed;
    else if (map.get(id) !== week) {
      map.set(id, week);
      changed = true;
    }
  }
  return changed ? buildLiveWeeks(map) : row;
}

export function sameLiveWeeks(a: LiveWeeks, b: LiveWeeks): boolean {
  return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i] && a.weeks[i] === b.weeks[i]);
}

/** A certification's modules summed (count and hours): the dashboard's card without 200 module rows. */
export interface HoursAggregate extends AggregateRow {
  cells: Omit<HoursSummary, 'moduleCount'>;
}

export function buildHoursAggregate(certificationId: string, summary: HoursSummary): HoursAggregate {
  const { moduleCount, ...cells } = summary;
  return { id: hoursAggregateId(certificationId), count: moduleCount, cells };
}

export function usableHoursSummary(row: AggregateRow | undefined): HoursSummary | null {
  if (!row || !Number.isInteger(row.count) || row.count < 0 || typeof row.cells !== 'object' || row.cells === null) return null;
  const { totalHours, earnedHours, remainingHours } = row.cells as Record<string, unknown>;
  const ok = [totalHours, earnedHours, remainingHours].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
  return ok ? { moduleCount: row.count, totalHours: totalHours as number, earnedHours: earnedHours as number, remainingHours: remainingHours as number } : null;
}

/** Equal up to float rounding (sums taken in another order). */
export function sameHoursSummary(a: HoursSummary, b: HoursSummary): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return a.moduleCount === b.moduleCount && close(a.totalHours, b.totalHours) && close(a.earnedHours, b.earnedHours) && close(a.remainingHours, b.remainingHours);
}
