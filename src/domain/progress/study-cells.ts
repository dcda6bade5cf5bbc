// Study minutes summed per (day, module): what every certification chart needs, kept as one small
// stored row per certification so the detail view reads a few thousand numbers instead of years of
// session rows. Built from sessions in one pass and updated by the same deltas as the sessions.
import type { IsoDate, StudySession } from './types';

/** The part of a session the charts read. */
export interface StudyMinutes {
  date: IsoDate;
  moduleId: string;
  minutes: number;
  certificationId?: string;
}

/** Parallel columns, sorted by date then module: cheap to store and to structured-clone. */
export interface StudyCells {
  dates: IsoDate[];
  modules: string[];
  minutes: number[];
}

type SessionPart = Pick<StudySession, 'date' | 'moduleId' | 'minutes'>;

const key = (date: IsoDate, moduleId: string) => `${date}\u0000${moduleId}`;

function toMap(cells: StudyCells): Map<string, number> {
  const map = new Map<string, number>();
  cells.dates.forEach((date, i) => map.set(key(date, cells.modules[i]!), cells.minutes[i]!));
  return map;
}

function fromMap(map: Map<string, number>): StudyCells {
  const entries = [...map].filter(([, minutes]) => minutes !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const cells: StudyCells = { dates: [], modules: [], minutes: [] };
  for (const [k, minutes] of entries) {
    const cut = k.indexOf('\u0000');
    cells.dates.push(k.slice(0, cut));
    cells.modules.push(k.slice(cut + 1));
    cells.minutes.push(minutes);
  }
  return cells;
}

export const emptyStudyCells = (): StudyCells => ({ dates: [], modules: [], minutes: [] });

/** Sessions summed per day and module. */
export function studyCells(sessions: readonly SessionPart[]): StudyCells {
  return applyStudyDelta(emptyStudyCells(), [], sessions);
}

/** The cells after `removed` sessions are taken out and `added` ones put in (an edit is both). */
export function applyStudyDelta(cells: StudyCells, removed: readonly SessionPart[], added: readonly SessionPart[]): StudyCells {
  const map = toMap(cells);
  for (const s of removed) map.set(key(s.date, s.moduleId), (map.get(key(s.date, s.moduleId)) ?? 0) - s.minutes);
  for (const s of added) map.set(key(s.date, s.moduleId), (map.get(key(s.date, s.moduleId)) ?? 0) + s.minutes);
  return fromMap(map);
}

/** First index whose date is >= `date` (cells are sorted by date). */
function firstAtOrAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cells dated `from` to `to` (inclusive) as rows, tagged with the certification: what a pace
 * over the last weeks needs, found by binary search in years of cells.
 */
export function studyMinutesBetween(cells: StudyCells, from: IsoDate, to: IsoDate, certificationId: string): StudyMinutes[] {
  const out: StudyMinutes[] = [];
  for (let i = firstAtOrAfter(cells.dates, from); i < cells.dates.length && cells.dates[i]! <= to; i++) {
    out.push({ date: cells.dates[i]!, moduleId: cells.modules[i]!, minutes: cells.minutes[i]!, certificationId });
  }
  return out;
}

/** The cells as rows the chart functions take in place of sessions. */
export function studyMinutes(cells: StudyCells): StudyMinutes[] {
  return cells.dates.map((date, i) => ({ date, moduleId: cells.modules[i]!, minutes: cells.minutes[i]! }));
}

/** True when the value has the shape of StudyCells (a stored row may be damaged or from elsewhere). */
export function isStudyCells(value: unknown): value is StudyCells {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.dates) || !Array.isArray(v.modules) || !Array.isArray(v.minutes)) return false;
  const n = v.dates.length;
  return (
    v.modules.length === n &&
    v.minutes.length === n &&
    v.dates.every((d) => typeof d === 'string') &&
    v.modules.every((m) => typeof m === 'string') &&
    v.minutes.every((m) => typeof m === 'number' && Number.isFinite(m))
  );
}
