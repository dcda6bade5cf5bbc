// The week of every live episode (the dashboard's writing streak) as one derived row, which every
// episode write keeps up in its own transaction (see aggregates.ts for how derived rows are checked).
import { LIVE_WEEKS_ID, OnceChecks, applyLiveWeeks, buildLiveWeeks, rebuildSoon, sameLiveWeeks, usableLiveWeeks } from './aggregates';
import type { Later, LiveWeekChange, LiveWeeks, LiveWeeksAggregate } from './aggregates';
import type { EpisodesDatabase, Row } from './db';
import type { EpisodeMeta } from './episode-record';

/** How a write moves an episode in LiveWeeks; null when its week and liveness stay as they were. */
export function liveWeekChange(id: string, before: Row | EpisodeMeta | undefined, after: EpisodeMeta | undefined): LiveWeekChange | null {
  const weekOf = (row: Row | EpisodeMeta | undefined) => (row && row.deletedAt === 0 ? String(row.weekOf ?? '') : null);
  const [was, is] = [weekOf(before), weekOf(after)];
  return was === is ? null : { id, week: is };
}

const toPairs = (cells: LiveWeeks) => cells.ids.map((id, i) => ({ id, weekOf: cells.weeks[i] || undefined }));

export class LiveWeeksRow {
  private readonly checks: OnceChecks;

  constructor(
    private readonly db: EpisodesDatabase,
    later: Later,
  ) {
    this.checks = new OnceChecks(later);
  }

  /**
   * The week of every live episode, from the derived row that every episode write keeps up in its
   * own transaction. Reading it instead of a key cursor over the
   * weekOf index plus the live ids saves ~50 ms at start-up with 1,000 episodes. The row is
   * compared with that scan later, once per session, and rebuilt when they differ (episodes
   * written behind the repository's back); a missing or damaged row is scanned for at once.
   */
  async read(): Promise<{ id: string; weekOf: string | undefined }[]> {
    const row = usableLiveWeeks(await this.db.aggregates.get(LIVE_WEEKS_ID));
    if (row) {
      this.checks.schedule(LIVE_WEEKS_ID, () => this.check());
      return toPairs(row.cells);
    }
    const scanned = await this.scan();
    rebuildSoon(() => this.rebuild());
    return toPairs(scanned.cells);
  }

  /** One key cursor over the weekOf index gives (week, id) pairs; the live ids are one getAllKeys. */
  private async scan(): Promise<LiveWeeksAggregate> {
    const weekOf = new Map<string, string>();
    const live = await this.db.transaction('r', this.db.episodes, async () => {
      const [ids] = await Promise.all([
        this.db.episodes.where('deletedAt').equals(0).primaryKeys(),
        this.db.episodes.orderBy('weekOf').eachKey((week, cursor) => void weekOf.set(String(cursor.primaryKey), String(week))),
      ]);
      return ids;
    });
    return buildLiveWeeks(live.map((id) => [String(id), weekOf.get(String(id)) ?? ''] as const));
  }

  /** Compares the stored row with a scan of the episodes and rebuilds it when they differ. True when it had to. */
  async check(): Promise<boolean> {
    const [row, scanned] = await this.db.transaction('r', this.db.episodes, this.db.aggregates, () =>
      Promise.all([this.db.aggregates.get(LIVE_WEEKS_ID), this.scan()]),
    );
    const usable = usableLiveWeeks(row);
    if (usable && sameLiveWeeks(usable.cells, scanned.cells)) return false;
    await this.rebuild();
    return true;
  }

  async rebuild(): Promise<void> {
    await this.db.transaction('rw', this.db.episodes, this.db.aggregates, async () => {
      await this.db.aggregates.put(await this.scan());
    });
  }

  /** Inside a transaction over episodes and aggregates. A missing row is left for liveWeeks to build. */
  async adjust(changes: readonly (LiveWeekChange | null)[]): Promise<void> {
    const real = changes.filter((c): c is LiveWeekChange => c !== null);
    if (real.length === 0) return;
    const row = usableLiveWeeks(await this.db.aggregates.get(LIVE_WEEKS_ID));
    if (!row) return;
    const next = applyLiveWeeks(row, real);
    if (next !== row) await this.db.aggregates.put(next);
  }
}
