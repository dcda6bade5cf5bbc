// The app's episode repository and search index, shared by every screen, plus live-query hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getDatabase } from './db';
import type { EpisodeMeta } from './episode-record';
import type { SearchHit } from './episode-search';
import { EpisodesRepo } from './episodes-repo';
import { createSearchService, type SearchAnswer, type SearchService } from './search-client';
import { errorMessage } from '../shared/error-message';

let repo: EpisodesRepo | null = null;
let search: SearchService | null = null;

export function getEpisodesRepo(): EpisodesRepo {
  repo ??= new EpisodesRepo(getDatabase());
  return repo;
}

/**
 * The search service, started on first use: a worker reads every live episode from IndexedDB and
 * indexes it, then follows the repository's change events (see search-client.ts).
 */
export function getSearchService(): SearchService {
  search ??= createSearchService(
    getEpisodesRepo(),
    getDatabase().name,
    typeof Worker === 'undefined' ? null : () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'episodes-search' }),
  );
  return search;
}

/** Live episodes, newest first; undefined while loading. */
export function useEpisodeList(): EpisodeMeta[] | undefined {
  return useLiveQuery(() => getEpisodesRepo().list(), []);
}

export function useTrash(): EpisodeMeta[] | undefined {
  return useLiveQuery(() => getEpisodesRepo().listTrash(), []);
}

export interface SearchOptions {
  /** Hits wanted (default 50). */
  limit?: number;
  /** Keep to these episode ids (the journal's filters). */
  only?: readonly string[];
  /** Anything whose change should ask again, e.g. the episode list after a save. */
  version?: unknown;
}
const NO_OPTIONS: SearchOptions = {};

export interface SearchState {
  /** Whether the index is built (it is started by the first `start`). */
  ready: boolean;
  /** The latest answered query and its hits; `query` may lag behind what is typed by a few ms. */
  query: string;
  hits: SearchHit[];
  /** How many episodes matched; `hits` holds the best of them. */
  total: number;
  error?: string;
}

/**
 * Search as you type. The index is started once `start` is true (so opening the journal never
 * waits for it), then every change of `query` or of `options` (memoize it: a new object asks again) asks again;
 * an answer to an older query never replaces a newer one.
 */
export function useSearch(query: string, start: boolean, options: SearchOptions = NO_OPTIONS): SearchState & { askAhead(query: string): void } {
  const [ready, setReady] = useState(false);
  const [answer, setAnswer] = useState<Omit<SearchState, 'ready'>>({ query: '', hits: [], total: 0 });
  // A query sent from the input's change handler, before React renders it: the worker searches
  // while the page draws, and the render's request below picks up that answer.
  const ahead = useRef<{ query: string; options: SearchOptions; answer: Promise<SearchAnswer> } | null>(null);
  const askAhead = useCallback(
    (next: string) => {
      if (!ready || !next.trim()) return;
      ahead.current = { query: next, options, answer: getSearchService().search(next, options.limit ?? 50, options.only) };
    },
    [ready, options],
  );
  useEffect(() => {
    if (!start) return;
    let live = true;
    void getSearchService().ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [start]);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const early = ahead.current;
    ahead.current = null;
    const asked = early && early.query === query && early.options === options ? early.answer : getSearchService().search(query, options.limit ?? 50, options.only);
    asked.then(
        ({ hits, total }) => live && setAnswer({ query, hits, total }),
        (error: unknown) => live && setAnswer({ query, hits: [], total: 0, error: errorMessage(error) }),
      );
    return () => {
      live = false;
    };
  }, [ready, query, options]);
  return { ready, ...answer, askAhead };
}
