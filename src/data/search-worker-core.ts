// The search worker's logic, apart from the worker global so tests can drive it. At start it loads
// the index saved by the last run and brings it up to date (the episodes whose revision differs are
// indexed again, those gone are dropped); without a usable saved index it reads every live episode
// straight from IndexedDB and builds one. Changes that arrive meanwhile wait and are applied, in
// order, once it is ready; queries wait for ready, so no answer comes from a stale index. The index
// is saved again a while after it changed.
import type { EpisodesDatabase } from './db';
import { EpisodeSearchIndex, type SavedSearchIndex, type SearchDoc } from './episode-search';
import { restoreBody, restoreMeta } from './episode-rows';
import type { EpisodeMeta } from './episode-record';
import { SearchCache } from './search-cache';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { errorMessage } from '../shared/error-message';

const docOf = (meta: EpisodeMeta, body: string): SearchDoc => ({ id: meta.id, title: meta.title, tags: meta.tags, weekOf: meta.weekOf, number: meta.number, body, updatedAt: meta.updatedAt });

/** Every live episode as the index wants it: the small rows, then their bodies in one bulk read. */
export async function readSearchDocs(db: EpisodesDatabase, only?: readonly EpisodeMeta[]): Promise<SearchDoc[]> {
  const metas = only ?? (await db.episodes.where('deletedAt').equals(0).toArray()).map(restoreMeta);
  const bodies = await db.episodeBodies.bulkGet(metas.map((m) => m.id));
  // Through the same door as the screens: a damaged row is indexed by what of it can be read.
  return metas.map((meta, i) => docOf(meta, restoreBody(bodies[i], meta.id).body));
}

type Change = Extract<ToSearchWorker, { type: 'upsert' | 'remove' }>;

export interface SearchCacheLike {
  load(): Promise<SavedSearchIndex | null>;
  save(saved: SavedSearchIndex): Promise<void>;
  close(): void;
}

export interface SearchWorkerOptions {
  now?: () => number;
  /** Where the index is kept between starts (null: nowhere). */
  openCache?: (dbName: string) => SearchCacheLike | null;
  /** How long after the last change the index is saved. */
  saveDelayMs?: number;
}

export class SearchWorkerCore {
  private index = EpisodeSearchIndex.empty();
  private state: 'idle' | 'building' | 'ready' | 'failed' = 'idle';
  private pending: Change[] = [];
  private cache: SearchCacheLike | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly openCache: (dbName: string) => SearchCacheLike | null;
  private readonly saveDelayMs: number;

  constructor(
    private readonly post: (message: FromSearchWorker) => void,
    private readonly openDatabase: (name: string) => EpisodesDatabase,
    options: SearchWorkerOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.openCache = options.openCache ?? ((name) => new SearchCache(name));
    this.saveDelayMs = options.saveDelayMs ?? 10_000;
  }

  async handle(message: ToSearchWorker): Promise<void> {
    switch (message.type) {
      case 'build':
        return this.build(message.dbName);
      case 'upsert':
      case 'remove':
        if (this.state === 'ready') {
          this.apply(message);
          this.saveSoon();
        } else this.pending.push(message);
        return;
      case 'search':
        this.post({ type: 'results', requestId: message.requestId, ...(this.state === 'ready' ? this.index.query(message.query, message.limit, message.only) : { hits: [], total: 0 }) });
        return;
    }
  }

  /** Saves the index now (a test, or a worker about to stop); resolves once it is written. */
  async saveNow(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const cache = this.cache;
    if (!cache || this.state !== 'ready') return this.saving;
    const saved = this.index.saved();
    this.saving = this.saving.then(() => cache.save(saved)).catch((error: unknown) => console.warn(`The search index was not saved (it is built again at the next start): ${errorMessage(error)}`));
    return this.saving;
  }

  private saveSoon() {
    if (!this.cache || this.saveTimer) return;
    this.saveTimer = setTimeout(() => void this.saveNow(), this.saveDelayMs);
  }

  private apply(change: Change) {
    if (change.type === 'upsert') this.index.upsert(change.doc);
    else this.index.remove(change.id);
  }

  /** The saved index, when there is one that loads; null otherwise. */
  private async restore(): Promise<EpisodeSearchIndex | null> {
    const saved = await this.cache?.load();
    if (!saved) return null;
    try {
      return EpisodeSearchIndex.fromSaved(saved);
    } catch (error) {
      console.warn(`The saved search index is built again: ${errorMessage(error)}`);
      return null;
    }
  }

  /** Indexes again the live episodes whose revision differs from the saved one, drops those gone. How many changed. */
  private async catchUp(index: EpisodeSearchIndex, db: EpisodesDatabase): Promise<number> {
    const live = (await db.episodes.where('deletedAt').equals(0).toArray()).map(restoreMeta);
    const liveIds = new Set(live.map((m) => m.id));
    const gone = index.ids().filter((id) => !liveIds.has(id));
    for (const id of gone) index.remove(id);
    const changed = live.filter((meta) => index.revision(meta.id) !== meta.updatedAt);
    for (const doc of await readSearchDocs(db, changed)) index.upsert(doc);
    return gone.length + changed.length;
  }

  private async build(dbName: string) {
    if (this.state !== 'idle') return;
    this.state = 'building';
    const t0 = this.now();
    const db = this.openDatabase(dbName);
    try {
      try {
        this.cache = this.openCache(dbName);
      } catch (error) {
        console.warn(`The search index is not kept between starts: ${errorMessage(error)}`);
      }
      const restored = await this.restore();
      let changed: number;
      if (restored) {
        changed = await this.catchUp(restored, db);
        this.index = restored;
      } else {
        this.index.addAllNow(await readSearchDocs(db));
        changed = this.index.size;
      }
      for (const change of this.pending) this.apply(change);
      changed += this.pending.length;
      this.pending = [];
      this.state = 'ready';
      this.post({ type: 'ready', size: this.index.size, ms: this.now() - t0, restored: restored !== null });
      if (changed > 0 || !restored) this.saveSoon();
    } catch (error) {
      this.state = 'failed';
      this.post({ type: 'failed', message: errorMessage(error) });
    } finally {
      // The worker only reads; closing lets the page upgrade the database later without waiting on it.
      db.close();
    }
  }
}
