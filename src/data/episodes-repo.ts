// Episodes in IndexedDB: create, save, the Trash, duplicates and tag renames (undoable).
import type { EpisodeDraft } from '../domain/episode';
import { withBody } from '../domain/episode';
import type { HistoryReason } from '../domain/history';
import { mergeTagsInto, renameTag } from '../domain/tags';
import type { EpisodesDatabase } from './db';
import { compareEpisodes, toDraft, toRecords, type Episode, type EpisodeMeta } from './episode-record';
import { restoreBody, restoreMeta } from './episode-rows';
import { HistoryRepo } from './history-repo';
import { appScheduling, DerivedRows, type Scheduling } from './derived';
import { liveWeekChange, liveWeeksRow, type LiveWeekChange } from './derived/live-weeks-row';

/** A meta row (already restored) and its body row as one episode; damaged when either was. */
function assemble(meta: EpisodeMeta, bodyRow: unknown, id: string): Episode {
  const body = restoreBody(bodyRow, id);
  const damaged = meta.damaged ?? body.damaged;
  const episode: Episode = { ...meta, body: body.body, frontmatter: body.frontmatter, sections: body.sections };
  if (damaged) episode.damaged = damaged;
  return episode;
}

/**
 * The tables an episode write touches. A transaction that wraps repository writes (an import, a
 * folder sync with its links, the first run's starter episodes) must include all of them.
 */
export function episodeWriteTables(db: EpisodesDatabase) {
  return [db.episodes, db.episodeBodies, db.aggregates, db.snapshots];
}

export const TRASH_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

let savesMeasured = 0;
/** A user-timing entry per save ('episodes:save'), read by the benchmark; cleared every 500 so it never grows. */
function measureSave(start: number) {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  if (++savesMeasured % 500 === 0) performance.clearMeasures('episodes:save');
  performance.measure('episodes:save', { start });
}

export type EpisodeChange = { type: 'saved'; episode: Episode } | { type: 'removed'; id: string };

/** What a bulk edit changed, so it can be undone. */
export interface EpisodeSnapshot {
  label: string;
  episodes: Episode[];
}

export class EpisodeNotFoundError extends Error {
  constructor(id: string) {
    super(`The episode ${id} no longer exists. It may have been deleted in another window.`);
    this.name = 'EpisodeNotFoundError';
  }
}

export class EpisodesRepo {
  private readonly listeners = new Set<(change: EpisodeChange) => void>();
  private readonly derived: DerivedRows;
  /** The revision history every write keeps up (history-repo.ts). */
  readonly history: HistoryRepo;

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => crypto.randomUUID(),
    scheduling: Scheduling = appScheduling,
  ) {
    this.derived = new DerivedRows(db, scheduling);
    this.history = new HistoryRepo(db);
  }

  onChange(listener: (change: EpisodeChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes held back while a multi-episode transaction runs: told once it has committed, dropped if it failed. */
  private held: EpisodeChange[] | null = null;

  private emit(change: EpisodeChange) {
    if (this.held) {
      this.held.push(change);
      return;
    }
    for (const listener of this.listeners) listener(change);
  }

  /** Runs `work` in one transaction over the episode tables; listeners hear of its changes only after it commits. */
  private async inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.held = [];
    let changes: EpisodeChange[] = [];
    try {
      const result = await this.db.transaction('rw', episodeWriteTables(this.db), work);
      changes = this.held;
      return result;
    } finally {
      this.held = null;
      for (const change of changes) this.emit(change);
    }
  }

  /** Live episodes, newest week first. */
  async list(): Promise<EpisodeMeta[]> {
    const rows = await this.db.episodes.where('deletedAt').equals(0).toArray();
    return rows.map(restoreMeta).sort(compareEpisodes);
  }

  /**
   * The week of every live episode (the dashboard's writing streak), from its derived row
   * (derived/live-weeks-row.ts), which every episode write keeps up in its own transaction.
   */
  async liveWeeks(): Promise<{ id: string; weekOf: string | undefined }[]> {
    const row = await this.derived.read(liveWeeksRow);
    const cells = row?.cells ?? { ids: [], weeks: [] };
    return cells.ids.map((id, i) => ({ id, weekOf: cells.weeks[i] || undefined }));
  }

  /** Compares the derived row with a scan of the episodes and rebuilds it when they differ. True when it had to. */
  checkLiveWeeks(): Promise<boolean> {
    return this.derived.check(liveWeeksRow);
  }

  rebuildLiveWeeks(): Promise<void> {
    return this.derived.rebuild(liveWeeksRow);
  }

  /** Inside a write's transaction: moves the live-weeks row by what the write changed. */
  private adjustWeeks(changes: readonly (LiveWeekChange | null)[]): Promise<void> {
    const real = changes.filter((c): c is LiveWeekChange => c !== null);
    return real.length === 0 ? Promise.resolve() : this.derived.adjust(liveWeeksRow, '', real);
  }

  /** Live episodes filed under one week (yyyy-MM-dd, its Monday). */
  async listWeek(weekOf: string): Promise<EpisodeMeta[]> {
    const rows = await this.db.episodes.where('weekOf').equals(weekOf).toArray();
    return rows.map(restoreMeta).filter((row) => row.deletedAt === 0).sort(compareEpisodes);
  }

  async get(id: string): Promise<Episode | undefined> {
    const [meta, body] = await Promise.all([this.db.episodes.get(id), this.db.episodeBodies.get(id)]);
    if (!meta) return undefined;
    return assemble(restoreMeta(meta), body, id);
  }

  /** Every live episode with its body, oldest week first (for the Sections view and the search index). */
  async listFull(): Promise<Episode[]> {
    const metas = await this.list();
    const bodies = await this.db.episodeBodies.bulkGet(metas.map((m) => m.id));
    return metas.map((meta, i) => assemble(meta, bodies[i], meta.id)).reverse();
  }

  async create(draft: EpisodeDraft): Promise<Episode> {
    const id = this.newId();
    const now = this.now();
    return this.write(id, draft, { createdAt: now, updatedAt: now });
  }

  /**
   * Saves a new version. `reason` says why, for the revision history: 'editing' keeps the text it
   * replaces at most every ten minutes, any other reason (an outside edit, a kind change…) always.
   */
  async save(id: string, draft: EpisodeDraft, reason: HistoryReason = 'editing'): Promise<Episode> {
    const row = await this.db.episodes.get(id);
    if (!row) throw new EpisodeNotFoundError(id);
    const existing = restoreMeta(row);
    return this.write(id, draft, { createdAt: existing.createdAt, updatedAt: this.after(existing.updatedAt), deletedAt: existing.deletedAt }, reason);
  }

  /**
   * The updatedAt of a new version: now, but always later than the version before, even within one
   * millisecond, so "changed since it was written out" (updatedAt > the file's syncedAt) never misses one.
   */
  private after(previous: number | undefined): number {
    return Math.max(this.now(), (previous ?? -Infinity) + 1);
  }

  private async write(id: string, draft: EpisodeDraft, times: { createdAt: number; updatedAt: number; deletedAt?: number }, reason?: HistoryReason) {
    const started = performance.now();
    const { meta, body } = toRecords(id, draft, times);
    const keepBefore = reason !== undefined && (await this.history.due(id, reason, times.updatedAt));
    await this.db.transaction('rw', episodeWriteTables(this.db), async () => {
      // Issued together: the gets are answered before the puts (requests run in order), no extra round trip.
      const [before, beforeBody] = await Promise.all([
        this.db.episodes.get(id),
        keepBefore ? this.db.episodeBodies.get(id) : undefined,
        this.db.episodes.put(meta),
        this.db.episodeBodies.put(body),
      ]);
      if (before && beforeBody) await this.keepText(restoreMeta(before), beforeBody, reason!, times.updatedAt);
      await this.adjustWeeks([liveWeekChange(id, before, meta)]);
    });
    const episode: Episode = { ...meta, body: body.body, frontmatter: body.frontmatter, sections: body.sections };
    measureSave(started);
    this.emit(meta.deletedAt ? { type: 'removed', id } : { type: 'saved', episode });
    return episode;
  }

  /** Keeps the text a write replaces in the revision history (inside the write's transaction). */
  private async keepText(before: EpisodeMeta, bodyRow: unknown, reason: HistoryReason, now: number): Promise<void> {
    const text = restoreBody(bodyRow, before.id);
    await this.history.keep(before.id, { title: before.title, body: text.body }, reason, now, before.updatedAt);
  }

  /**
   * Writes many episodes (an import): new ones, and replacements of `replaceId`, in transactions
   * of `chunk`, far faster than one transaction each. `onProgress` gets the count written so far.
   * A replacement whose episode no longer exists stops the run there (what came before is kept).
   */
  async writeMany(items: readonly { draft: EpisodeDraft; replaceId?: string }[], onProgress?: (done: number) => void, chunk = 100): Promise<Episode[]> {
    const written: Episode[] = [];
    for (let start = 0; start < items.length; start += chunk) {
      const slice = items.slice(start, start + chunk);
      const records = await this.db.transaction('rw', episodeWriteTables(this.db), async () => {
        const replaced = slice.flatMap((item) => (item.replaceId ? [item.replaceId] : []));
        const existing = new Map((await this.db.episodes.bulkGet(replaced)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
        // An import over an episode keeps the text it replaces.
        const replacedBodies = await this.db.episodeBodies.bulkGet(replaced);
        for (const [i, replacedId] of replaced.entries()) {
          const row = existing.get(replacedId);
          if (row && replacedBodies[i]) await this.keepText(restoreMeta(row), replacedBodies[i], 'import', this.now());
        }
        const now = this.now();
        const out = slice.map((item) => {
          const before = item.replaceId ? existing.get(item.replaceId) : undefined;
          if (item.replaceId && !before) throw new EpisodeNotFoundError(item.replaceId);
          return toRecords(item.replaceId ?? this.newId(), item.draft, { createdAt: before?.createdAt ?? now, updatedAt: before ? this.after(before.updatedAt) : now, deletedAt: before?.deletedAt });
        });
        await this.db.episodes.bulkPut(out.map((r) => r.meta));
        await this.db.episodeBodies.bulkPut(out.map((r) => r.body));
        await this.adjustWeeks(out.map((r) => liveWeekChange(r.meta.id, existing.get(r.meta.id), r.meta)));
        return out;
      });
      for (const { meta, body } of records) {
        const episode: Episode = { ...meta, body: body.body, frontmatter: body.frontmatter, sections: body.sections };
        written.push(episode);
        this.emit(meta.deletedAt ? { type: 'removed', id: meta.id } : { type: 'saved', episode });
      }
      onProgress?.(written.length);
    }
    return written;
  }

  /** The latest live episode: the template for next week's. */
  async latest(): Promise<Episode | undefined> {
    const [first] = await this.list();
    return first ? this.get(first.id) : undefined;
  }

  /** The highest episode number among live episodes (0 when none has one). */
  async highestNumber(): Promise<number> {
    const live = await this.list();
    return live.reduce((max, e) => (typeof e.number === 'number' && e.number > max ? e.number : max), 0);
  }

  async findDuplicates(title: string, weekOf: string | undefined): Promise<EpisodeMeta[]> {
    const key = title.trim().toLowerCase();
    const candidates = weekOf ? (await this.db.episodes.where('weekOf').equals(weekOf).toArray()).map(restoreMeta) : await this.list();
    return candidates.filter((e) => e.deletedAt === 0 && e.title.trim().toLowerCase() === key && e.weekOf === weekOf);
  }

  async trash(id: string): Promise<void> {
    await this.setDeletedAt(id, this.now());
    this.emit({ type: 'removed', id });
  }

  async restore(id: string): Promise<void> {
    await this.setDeletedAt(id, 0);
    const episode = await this.get(id);
    if (episode) this.emit({ type: 'saved', episode });
  }

  private async setDeletedAt(id: string, deletedAt: number): Promise<void> {
    await this.db.transaction('rw', this.db.episodes, this.db.aggregates, async () => {
      const before = await this.db.episodes.get(id);
      if (!before) throw new EpisodeNotFoundError(id);
      await this.db.episodes.update(id, { deletedAt });
      await this.adjustWeeks([liveWeekChange(id, before, { ...before, deletedAt })]);
    });
  }

  async listTrash(): Promise<EpisodeMeta[]> {
    const rows = await this.db.episodes.where('deletedAt').above(0).toArray();
    return rows.map(restoreMeta).sort((a, b) => b.deletedAt - a.deletedAt);
  }

  /** Removes for good what has been in the Trash longer than TRASH_DAYS. Returns how many. */
  async purgeExpiredTrash(): Promise<number> {
    const cutoff = this.now() - TRASH_DAYS * DAY;
    const expired = await this.db.episodes.where('deletedAt').between(0, cutoff, false, true).primaryKeys();
    if (expired.length === 0) return 0;
    await this.db.transaction('rw', this.db.episodes, this.db.episodeBodies, async () => {
      await this.db.episodes.bulkDelete(expired);
      await this.db.episodeBodies.bulkDelete(expired);
    });
    return expired.length;
  }

  /** Renames a tag in every episode (frontmatter and inline). The snapshot undoes it. */
  async renameTag(from: string, to: string): Promise<EpisodeSnapshot> {
    return this.editTagged([from], `Rename #${from} to #${to}`, (draft) => renameTag(draft, from, to));
  }

  async mergeTags(sources: string[], target: string): Promise<EpisodeSnapshot> {
    return this.editTagged(sources, `Merge ${sources.map((s) => `#${s}`).join(', ')} into #${target}`, (draft) => mergeTagsInto(draft, sources, target));
  }

  /** Edits every episode carrying one of `tags` in one transaction: all of them change, or (on a failure) none. */
  private async editTagged(tags: string[], label: string, edit: (draft: EpisodeDraft) => EpisodeDraft): Promise<EpisodeSnapshot> {
    return this.inOneTransaction(async () => {
      const ids = [...new Set((await this.db.episodes.where('tags').anyOf(tags).primaryKeys()) as string[])];
      const before: Episode[] = [];
      for (const id of ids) {
        const episode = await this.get(id);
        if (!episode) continue;
        before.push(episode);
        await this.write(id, edit(toDraft(episode)), { createdAt: episode.createdAt, updatedAt: this.after(episode.updatedAt), deletedAt: episode.deletedAt }, 'tag-rename');
      }
      return { label, episodes: before };
    });
  }

  /** Puts back every episode exactly as the snapshot holds it. */
  async undo(snapshot: EpisodeSnapshot): Promise<void> {
    await this.inOneTransaction(async () => {
      const current = await this.db.episodes.bulkGet(snapshot.episodes.map((e) => e.id));
      for (const [i, episode] of snapshot.episodes.entries()) {
        await this.write(
          episode.id,
          withBody(toDraft(episode), episode.body),
          { createdAt: episode.createdAt, updatedAt: this.after(current[i]?.updatedAt ?? episode.updatedAt), deletedAt: episode.deletedAt },
          'tag-rename',
        );
      }
    });
  }
}
