// The page's side of search: a worker owns the index when the platform has workers (the app and
// the browser both do); otherwise, or if the worker fails to start, the index is built on the
// page's thread in small chunks. Either way callers get the same two things: `ready` and `search`.
import { EpisodeSearchIndex, toSearchDoc, type SearchHit } from './episode-search';
import type { EpisodesRepo } from './episodes-repo';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';
import { errorMessage } from '../shared/error-message';

export interface SearchService {
  /** Resolves once every live episode is indexed. */
  readonly ready: Promise<void>;
  /** The best `limit` hits for the query (an empty query has none) and how many matched in all. */
  search(query: string, limit?: number, only?: readonly string[]): Promise<SearchAnswer>;
  /** Where the index lives: 'worker' normally, 'page' when workers are unavailable. */
  readonly where: () => 'worker' | 'page';
}

export interface SearchAnswer {
  hits: SearchHit[];
  total: number;
}

export interface WorkerLike {
  postMessage(message: ToSearchWorker): void;
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The index on the page's thread, built in chunks from the repository and kept current from its events. */
export function inThreadSearch(repo: EpisodesRepo): { index: EpisodeSearchIndex; ready: Promise<void> } {
  const index = EpisodeSearchIndex.empty();
  const pending: (() => void)[] = [];
  let building = true;
  repo.onChange((change) => {
    const apply = () => (change.type === 'saved' ? index.upsert(change.episode) : index.remove(change.id));
    if (building) pending.push(apply);
    else apply();
  });
  const ready = repo
    .listFull()
    .then((all) => index.addAll(all))
    .then(() => {
      building = false;
      for (const apply of pending) apply();
    });
  return { index, ready };
}

export function createSearchService(repo: EpisodesRepo, dbName: string, startWorker: (() => WorkerLike) | null): SearchService {
  let fallback: { index: EpisodeSearchIndex; ready: Promise<void> } | null = null;
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }>();
  let unsubscribe = () => {};
  const fallBackToPage = (reason: string) => {
    if (fallback) return fallback.ready;
    console.warn(`Search runs on the page instead of a worker: ${reason}`);
    worker?.terminate();
    worker = null;
    for (const { reject } of waiting.values()) reject(new Error('The search worker stopped; search again.'));
    waiting.clear();
    unsubscribe();
    fallback = inThreadSearch(repo);
    return fallback.ready;
  };

  const ready = new Promise<void>((resolve) => {
    try {
      if (!startWorker) throw new Error('this platform has no workers');
      worker = startWorker();
    } catch (error) {
      void fallBackToPage(errorMessage(error)).then(resolve);
      return;
    }
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') resolve();
      else if (data.type === 'results') {
        waiting.get(data.requestId)?.resolve({ hits: data.hits, total: data.total });
        waiting.delete(data.requestId);
      } else void fallBackToPage(data.message).then(resolve);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      void fallBackToPage(event.message || 'the worker could not start').then(resolve);
    };
    const post = (message: ToSearchWorker) => worker?.postMessage(message);
    post({ type: 'build', dbName });
    unsubscribe = repo.onChange((change) => post(change.type === 'saved' ? { type: 'upsert', doc: toSearchDoc(change.episode) } : { type: 'remove', id: change.id }));
  });

  let isReady = false;
  void ready.then(() => (isReady = true));
  // Once the index is ready a query is posted at once, not after a microtask: a keystroke's
  // query then reaches the worker before React renders the keystroke (a controlled input renders
  // synchronously inside the event), so the worker searches while the page draws.
  const search = (query: string, limit = 50, only?: readonly string[]): Promise<SearchAnswer> => {
    if (!query.trim()) return Promise.resolve({ hits: [], total: 0 });
    if (!isReady) return ready.then(() => search(query, limit, only));
    if (fallback) return Promise.resolve(fallback.index.query(query, limit, only));
    const w = worker;
    if (!w) return Promise.resolve({ hits: [], total: 0 });
    const requestId = nextId++;
    return new Promise<SearchAnswer>((resolve, reject) => {
      waiting.set(requestId, { resolve, reject });
      w.postMessage({ type: 'search', requestId, query, limit, ...(only ? { only: [...only] } : {}) });
    });
  };
  return { ready, where: () => (fallback ? 'page' : 'worker'), search };
}
