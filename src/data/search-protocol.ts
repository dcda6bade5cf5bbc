// Messages between the page and the search worker (src/data/search.worker.ts). The worker owns the
// full-text index; the page sends it changes and queries and gets hits back.
import type { SearchDoc, SearchHit } from './episode-search';

export type ToSearchWorker =
  /** Read every live episode from IndexedDB (database `dbName`) and index it. */
  | { type: 'build'; dbName: string }
  | { type: 'upsert'; doc: SearchDoc }
  | { type: 'remove'; id: string }
  | { type: 'search'; requestId: number; query: string; limit: number; only?: string[] };

export type FromSearchWorker =
  /** `restored`: the index saved by the last run was loaded and brought up to date (not built from every episode). */
  | { type: 'ready'; size: number; ms: number; restored?: boolean }
  | { type: 'results'; requestId: number; hits: SearchHit[]; total: number }
  | { type: 'failed'; message: string };
