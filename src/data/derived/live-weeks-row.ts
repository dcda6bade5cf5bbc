// The week of every live episode (the dashboard's writing streak), as parallel columns sorted by id.
// Reading it instead of a key cursor over the weekOf index plus the live ids saves ~50 ms at
// start-up with 1,000 episodes.
import type { EpisodesDatabase } from '../db';
import type { EpisodeMeta } from '../episode-record';
import type { AggregateRow, Row } from '../rows';
import type { Derived, DerivedRow } from './derived-row';

/** The week (yyyy-MM-dd Monday, '' for none) of every live episode. */
export interface LiveWeeks {
  ids: string[];
  weeks: string[];
}

/** An episode's part in LiveWeeks: its week when it is live, null when it is trashed or gone. */
export interface LiveWeekChange {
  id: string;
  week: string | null;
}

/** How a write moves an episode in LiveWeeks; null when its week and liveness stay as they were. */
export function liveWeekChange(id: string, before: Row | EpisodeMeta | undefined, after: EpisodeMeta | undefined): LiveWeekChange | null {
  const weekOf = (row: Row | EpisodeMeta | undefined) => (row && row.deletedAt === 0 ? String(row.weekOf ?? '') : null);
  const [was, is] = [weekOf(before), weekOf(after)];
  return was === is ? null : { id, week: is };
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

export function buildLiveWeeks(pairs: Iterable<readonly [string, string]>): Derived<LiveWeeks> {
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { id: LIVE_WEEKS_ID, count: sorted.length, cells: { ids: sorted.map(([id]) => id), weeks: sorted.map(([, week]) => week) } };
}

export function sameLiveWeeks(a: LiveWeeks, b: LiveWeeks): boolean {
  return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i] && a.weeks[i] === b.weeks[i]);
}

/** One key cursor over the weekOf index gives (week, id) pairs; the live ids are one getAllKeys. */
async function scan(db: EpisodesDatabase): Promise<Derived<LiveWeeks>> {
  const weekOf = new Map<string, string>();
  // Both reads in one transaction, so no write lands between them.
  const [live] = await db.transaction('r', db.episodes, () =>
    Promise.all([
      db.episodes.where('deletedAt').equals(0).primaryKeys(),
      db.episodes.orderBy('weekOf').eachKey((week, cursor) => void weekOf.set(String(cursor.primaryKey), String(week))),
    ]),
  );
  return buildLiveWeeks(live.map((id) => [String(id), weekOf.get(String(id)) ?? ''] as const));
}

const LIVE_WEEKS_ID = 'live-weeks';
const wellFormed = (row: AggregateRow | undefined): row is Derived<LiveWeeks> => !!row && isLiveWeeks(row.cells) && row.count === row.cells.ids.length;

export const liveWeeksRow: DerivedRow<LiveWeeks, readonly LiveWeekChange[]> = {
  id: () => LIVE_WEEKS_ID,
  scopes: async () => [''],
  sources: (db) => [db.episodes],
  build: (db) => scan(db),
  usable: (row) => (wellFormed(row) ? row : null),
  apply(row, changes) {
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
  },
  // Episodes written behind the repository's back change weeks without changing the count: compare all.
  agrees: async (db, _scope, row) => sameLiveWeeks(row.cells, (await scan(db)).cells),
};
