// The app's episode repository and search index, shared by every screen, plus live-query hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from './db';
import type { Episode, EpisodeMeta } from './episode-record';
import type { SearchHit } from './episode-search';
import { EpisodesRepo } from './episodes-repo';
import { createSearchService, type SearchService } from './search-client';

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

export function useEpisode(id: string | undefined): Episode | null | undefined {
  return useLiveQuery(async () => (id ? ((await getEpisodesRepo().get(id)) ?? null) : null), [id]);
}

export function useTrash(): EpisodeMeta[] | undefined {
  return useLiveQuery(() => getEpisodesRepo().listTrash(), []);
}

export interface SearchState {
  /** Whether the index is built (it is started by the first `start`). */
  ready: boolean;
  /** The latest answered query and its hits; `query` may lag behind what is typed by a few ms. */
  query: string;
  hits: SearchHit[];
  error?: string;
}

/**
 * Search as you type. The index is started once `start` is true (so opening the journal never
 * waits for it), then every change of `query` or `version` (e.g. the episode list) asks again;
 * an answer to an older query never replaces a newer one.
 */
export function useSearch(query: string, start: boolean, version?: unknown): SearchState {
  const [ready, setReady] = useState(false);
  const [answer, setAnswer] = useState<Omit<SearchState, 'ready'>>({ query: '', hits: [] });
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
    getSearchService()
      .search(query)
      .then(
        (hits) => live && setAnswer({ query, hits }),
        (error: unknown) => live && setAnswer({ query, hits: [], error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [ready, query, version]);
  return { ready, ...answer };
}
