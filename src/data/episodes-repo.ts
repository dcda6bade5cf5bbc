// Episodes in IndexedDB: create, save, the Trash, duplicates and tag renames (undoable).
import type { EpisodeDraft } from '../domain/episode';
import { restoreEpisodeDraft, withBody } from '../domain/episode';
import { mergeTagsInto, renameTag } from '../domain/tags';
import { checkLater, type Later } from './aggregates';
import type { EpisodesDatabase } from './db';
import { compareEpisodes, toDraft, toRecords, type Episode, type EpisodeMeta } from './episode-record';
import { readableTags, readableText, restoreBody, restoreMeta } from './episode-rows';
import { liveWeekChange, LiveWeeksRow } from './live-weeks-row';

/** A meta row (already restored) and its body row as one episode; damaged when either was. */
function assemble(meta: EpisodeMeta, bodyRow: unknown, id: string): Episode {
  const body = restoreBody(bodyRow, id);
  const damaged = meta.damaged ?? body.damaged;
  const episode: Episode = { ...meta, body: body.body, frontmatter: body.frontmatter, sections: body.sections };
  if (damaged) episode.damaged = damaged;
  return episode;
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
  private readonly weeks: LiveWeeksRow;

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => crypto.randomUUID(),
    later: Later = checkLater,
  ) {
    this.weeks = new LiveWeeksRow(db, later);
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
      const result = await this.db.transaction('rw', this.db.episodes, this.db.episodeBodies, this.db.aggregates, work);
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

  /** The week of every live episode (the dashboard's writing streak), from its derived row (live-weeks-row.ts). */
  liveWeeks(): Promise<{ id: string; weekOf: string | undefined }[]> {
    return this.weeks.read();
  }

  /** Compares the derived row with a scan of the episodes and rebuilds it when they differ. True when it had to. */
  checkLiveWeeks(): Promise<boolean> {
    return this.weeks.check();
  }

  rebuildLiveWeeks(): Promise<void> {
    return this.weeks.rebuild();
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

  async save(id: string, draft: EpisodeDraft): Promise<Episode> {
    const existing = await this.db.episodes.get(id);
    if (!existing) throw new EpisodeNotFoundError(id);
    return this.write(id, draft, { createdAt: existing.createdAt, updatedAt: this.after(existing.updatedAt), deletedAt: existing.deletedAt });
  }

  /**
   * The updatedAt of a new version: now, but always later than the version before, even within one
   * millisecond, so "changed since it was written out" (updatedAt > the file's syncedAt) never misses one.
   */
  private after(previous: number | undefined): number {
    return Math.max(this.now(), (previous ?? -Infinity) + 1);
  }

  private async write(id: string, draft: EpisodeDraft, times: { createdAt: number; updatedAt: number; deletedAt?: number }) {
    const started = performance.now();
    const { meta, body } = toRecords(id, draft, times);
    await this.db.transaction('rw', this.db.episodes, this.db.episodeBodies, this.db.aggregates, async () => {
      // Issued together: the get is answered before the put (requests run in order), no extra round trip.
      const [before] = await Promise.all([this.db.episodes.get(id), this.db.episodes.put(meta), this.db.episodeBodies.put(body)]);
      await this.weeks.adjust([liveWeekChange(id, before, meta)]);
    });
    const episode: Episode = { ...meta, body: body.body, frontmatter: body.frontmatter, sections: body.sections };
    measureSave(started);
    this.emit(meta.deletedAt ? { type: 'removed', id } : { type: 'saved', episode });
    return episode;
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
      const records = await this.db.transaction('rw', this.db.episodes, this.db.episodeBodies, this.db.aggregates, async () => {
        const replaced = slice.flatMap((item) => (item.replaceId ? [item.replaceId] : []));
        const existing = new Map((await this.db.episodes.bulkGet(replaced)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
        const now = this.now();
        const out = slice.map((item) => {
          const before = item.replaceId ? existing.get(item.replaceId) : undefined;
          if (item.replaceId && !before) throw new EpisodeNotFoundError(item.replaceId);
          return toRecords(item.replaceId ?? this.newId(), item.draft, { createdAt: before?.createdAt ?? now, updatedAt: before ? this.after(before.updatedAt) : now, deletedAt: before?.deletedAt });
        });
        await this.db.episodes.bulkPut(out.map((r) => r.meta));
        await this.db.episodeBodies.bulkPut(out.map((r) => r.body));
        await this.weeks.adjust(out.map((r) => liveWeekChange(r.meta.id, existing.get(r.meta.id), r.meta)));
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

  /**
   * Rewrites a damaged episode from what of its rows can be read (title, tags, text as text), in
   * the form the app writes, so every screen reads it normally again.
   */
  async repair(id: string): Promise<Episode> {
    const [meta, body] = await Promise.all([this.db.episodes.get(id), this.db.episodeBodies.get(id)]);
    if (!meta) throw new EpisodeNotFoundError(id);
    const raw = meta as unknown as Record<string, unknown>;
    const readable = restoreMeta(meta);
    const draft: EpisodeDraft = {
      title: readableText(raw.title),
      status: readable.status,
      tags: readableTags(raw.listTags ?? raw.tags),
      body: restoreBody(body, id).body,
      sections: [],
      frontmatter: {},
    };
    if (readable.weekOf) draft.weekOf = readable.weekOf;
    if (typeof raw.number === 'number' && Number.isInteger(raw.number) && raw.number >= 0) draft.number = raw.number;
    const times = { createdAt: readable.createdAt, updatedAt: this.after(readable.updatedAt), deletedAt: readable.deletedAt };
    return this.write(id, restoreEpisodeDraft(draft), times);
  }

  /** The latest live episode: the template for next week's. */
  async latest(): Promise<Episode | undefined> {
    const [first] = await this.list();
    return first ? this.get(first.id) : undefined;
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
      await this.weeks.adjust([liveWeekChange(id, before, { ...before, deletedAt })]);
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
        await this.write(id, edit(toDraft(episode)), { createdAt: episode.createdAt, updatedAt: this.after(episode.updatedAt), deletedAt: episode.deletedAt });
      }
      return { label, episodes: before };
    });
  }

  /** Puts back every episode exactly as the snapshot holds it. */
  async undo(snapshot: EpisodeSnapshot): Promise<void> {
    await this.inOneTransaction(async () => {
      const current = await this.db.episodes.bulkGet(snapshot.episodes.map((e) => e.id));
      for (const [i, episode] of snapshot.episodes.entries()) {
        await this.write(episode.id, withBody(toDraft(episode), episode.body), {
          createdAt: episode.createdAt,
          updatedAt: this.after(current[i]?.updatedAt ?? episode.updatedAt),
          deletedAt: episode.deletedAt,
        });
      }
    });
  }
}
