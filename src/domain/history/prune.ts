// Which snapshots to keep as they age: every one of the last 7 days, then the newest of each day for
// 90 days, then the newest of each ISO week; and, over all episodes, no more than a size budget
// (the oldest go first).
import { getISOWeek, getISOWeekYear } from 'date-fns';

const DAY_MS = 24 * 60 * 60 * 1000;
export const HISTORY_MAX_BYTES = 64 * 1024 * 1024;

export interface PrunableSnapshot {
  id: string;
  episodeId: string;
  at: number;
  /** Its size in storage (title and text), in bytes as near as can be told. */
  bytes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const isoWeek = (at: number) => `${getISOWeekYear(at)}-W${pad(getISOWeek(at))}`;

/** The ids to delete. `now` is the time the policy is applied at. */
export function pruneSnapshots(snapshots: readonly PrunableSnapshot[], now: number, maxBytes = HISTORY_MAX_BYTES): string[] {
  const drop = new Set<string>();
  const newestFirst = [...snapshots].sort((a, b) => b.at - a.at);
  const seen = new Set<string>();
  for (const snap of newestFirst) {
    const age = now - snap.at;
    if (age < 7 * DAY_MS) continue;
    const bucket = `${snap.episodeId}|${age < 90 * DAY_MS ? localDay(snap.at) : isoWeek(snap.at)}`;
    if (seen.has(bucket)) drop.add(snap.id);
    else seen.add(bucket);
  }
  let total = newestFirst.reduce((sum, s) => (drop.has(s.id) ? sum : sum + s.bytes), 0);
  for (let i = newestFirst.length - 1; i >= 0 && total > maxBytes; i--) {
    const snap = newestFirst[i]!;
    if (drop.has(snap.id)) continue;
    drop.add(snap.id);
    total -= snap.bytes;
  }
  return snapshots.filter((s) => drop.has(s.id)).map((s) => s.id);
}
