// The search worker's logic, apart from the worker global so tests can drive it: it reads every
// live episode straight from IndexedDB, indexes them, then answers queries. Changes that arrive
// while the index is being built wait and are applied, in order, once it is.
import type { EpisodesDatabase } from './db';
import { EpisodeSearchIndex, type SearchDoc } from './episode-search';
import { restoreBody, restoreMeta } from './episode-rows';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { errorMessage } from '../shared/error-message';

/** Every live episode as the index wants it: the small rows, then their bodies in one bulk read. */
export async function readSearchDocs(db: EpisodesDatabase): Promise<SearchDoc[]> {
  const metas = (await db.episodes.where('deletedAt').equals(0).toArray()).map(restoreMeta);
  const bodies = await db.episodeBodies.bulkGet(metas.map((m) => m.id));
  // Through the same door as the screens: a damaged row is indexed by what of it can be read.
  return metas.map((meta, i) => ({ id: meta.id, title: meta.title, tags: meta.tags, weekOf: meta.weekOf, number: meta.number, body: restoreBody(bodies[i], meta.id).body }));
}

type Change = Extract<ToSearchWorker, { type: 'upsert' | 'remove' }>;

export class SearchWorkerCore {
  private readonly index = new EpisodeSearchIndex();
  private state: 'idle' | 'building' | 'ready' | 'failed' = 'idle';
  private pending: Change[] = [];

  constructor(
    private readonly post: (message: FromSearchWorker) => void,
    private readonly openDatabase: (name: string) => EpisodesDatabase,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async handle(message: ToSearchWorker): Promise<void> {
    switch (message.type) {
      case 'build':
        return this.build(message.dbName);
      case 'upsert':
      case 'remove':
        if (this.state === 'ready') this.apply(message);
        else this.pending.push(message);
        return;
      case 'search':
        this.post({ type: 'results', requestId: message.requestId, ...(this.state === 'ready' ? this.index.query(message.query, message.limit, message.only) : { hits: [], total: 0 }) });
        return;
    }
  }

  private apply(change: Change) {
    if (change.type === 'upsert') this.index.upsert(change.doc);
    else this.index.remove(change.id);
  }

  private async build(dbName: string) {
    if (this.state !== 'idle') return;
    this.state = 'building';
    const t0 = this.now();
    const db = this.openDatabase(dbName);
    try {
      this.index.addAllNow(await readSearchDocs(db));
      for (const change of this.pending) this.apply(change);
      this.pending = [];
      this.state = 'ready';
      this.post({ type: 'ready', size: this.index.size, ms: this.now() - t0 });
    } catch (error) {
      this.state = 'failed';
      this.post({ type: 'failed', message: errorMessage(error) });
    } finally {
      // The worker only reads; closing lets the page upgrade the database later without waiting on it.
      db.close();
    }
  }
}
