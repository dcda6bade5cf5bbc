// Episodes' revision history in IndexedDB (the snapshots table). The episodes repository asks it,
// before a write, whether the text being replaced is to be kept (snapshotDue), and keeps it in the
// same transaction as the write, so an earlier text is kept exactly when the new one is stored.
import { pruneSnapshots, snapshotDue, type HistoryReason } from '../domain/history';
import { wordCount } from '../domain/episode';
import type { EpisodesDatabase, SnapshotRow } from './db';

/** What the history panel lists: a snapshot without its text. */
export type SnapshotSummary = Omit<SnapshotRow, 'body'>;

const bytesOf = (row: Pick<SnapshotRow, 'title' | 'body'>) => 2 * (row.title.length + row.body.length);

export interface KeptSnapshot {
  row: SnapshotRow;
}

export class HistoryRepo {
  /** Episode id -> when its newest snapshot was kept (read once per episode per session). */
  private readonly lastAt = new Map<string, number | undefined>();
  private readonly listeners = new Set<(kept: KeptSnapshot) => void>();

  /** Told of each snapshot kept (the desktop writes it into the journal folder too). */
  onKept(listener: (kept: KeptSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  private async newest(episodeId: string): Promise<SnapshotRow | undefined> {
    return this.db.snapshots.where('[episodeId+at]').between([episodeId, -Infinity], [episodeId, Infinity]).last();
  }

  /** Whether a save for `reason` at `now` should keep the text it replaces (answered from memory after the first ask). */
  async due(episodeId: string, reason: HistoryReason, now: number): Promise<boolean> {
    if (reason !== 'editing') return true;
    if (!this.lastAt.has(episodeId)) this.lastAt.set(episodeId, (await this.newest(episodeId))?.at);
    return snapshotDue(reason, this.lastAt.get(episodeId), now);
  }

  /**
   * Inside a transaction that includes the snapshots table: keeps `text` (the episode's as of `at`)
   * unless the newest snapshot already holds exactly it, then applies the age policy to that
   * episode's snapshots. `now` is when it is kept (the ten-minute interval counts from it).
   */
  async keep(episodeId: string, text: { title: string; body: string }, reason: HistoryReason, now: number, at = now): Promise<SnapshotRow | undefined> {
    const newest = await this.newest(episodeId);
    this.lastAt.set(episodeId, now);
    if (newest && newest.body === text.body && newest.title === text.title) return undefined;
    const row: SnapshotRow = { id: this.newId(), episodeId, at, title: text.title, body: text.body, words: wordCount(text.body), reason };
    await this.db.snapshots.put(row);
    const mine = await this.db.snapshots.where('episodeId').equals(episodeId).toArray();
    const drop = pruneSnapshots(mine.map((s) => ({ id: s.id, episodeId, at: s.at, bytes: bytesOf(s) })), now, Infinity);
    if (drop.length) await this.db.snapshots.bulkDelete(drop);
    // Told outside the transaction this runs in (a listener's database work must not run inside it).
    if (this.listeners.size) setTimeout(() => this.listeners.forEach((listener) => listener({ row })), 0);
    return row;
  }

  /** Keeps a text outside any episode write (the other side of a conflict), in its own transaction. */
  async keepNow(episodeId: string, text: { title: string; body: string }, reason: HistoryReason, at: number): Promise<SnapshotRow | undefined> {
    return this.db.transaction('rw', this.db.snapshots, () => this.keep(episodeId, text, reason, at));
  }

  /** An episode's snapshots, newest first. */
  async list(episodeId: string): Promise<SnapshotRow[]> {
    const rows = await this.db.snapshots.where('[episodeId+at]').between([episodeId, -Infinity], [episodeId, Infinity]).toArray();
    return rows.reverse();
  }

  get(id: string): Promise<SnapshotRow | undefined> {
    return this.db.snapshots.get(id);
  }

  /** How much history is kept, over every episode. */
  async size(): Promise<{ count: number; bytes: number }> {
    let count = 0;
    let bytes = 0;
    await this.db.snapshots.each((row) => {
      count++;
      bytes += bytesOf(row);
    });
    return { count, bytes };
  }

  /** Applies the size budget over every episode's history (oldest snapshots go first). Returns how many went. */
  async enforceBudget(now: number, maxBytes?: number): Promise<number> {
    const all: { id: string; episodeId: string; at: number; bytes: number }[] = [];
    await this.db.snapshots.each((row) => void all.push({ id: row.id, episodeId: row.episodeId, at: row.at, bytes: bytesOf(row) }));
    const drop = pruneSnapshots(all, now, maxBytes);
    if (drop.length) await this.db.snapshots.bulkDelete(drop);
    return drop.length;
  }

  async clear(): Promise<void> {
    await this.db.snapshots.clear();
    this.lastAt.clear();
  }
}
