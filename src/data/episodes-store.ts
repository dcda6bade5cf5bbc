// The app's episode repository and search index, shared by every screen, plus live-query hooks.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from './db';
import type { Episode, EpisodeMeta } from './episode-record';
import { EpisodeSearchIndex } from './episode-search';
import { EpisodesRepo } from './episodes-repo';

let repo: EpisodesRepo | null = null;
let search: { index: EpisodeSearchIndex; ready: Promise<void> } | null = null;

export function getEpisodesRepo(): EpisodesRepo {
  repo ??= new EpisodesRepo(getDatabase());
  return repo;
}

/**
 * The search index, built on first use from every live episode (in chunks, so the page stays
 * responsive) and kept current from the repository's change events from then on.
 */
export function getSearchIndex(): { index: EpisodeSearchIndex; ready: Promise<void> } {
  if (search) return search;
  const index = new EpisodeSearchIndex();
  const episodes = getEpisodesRepo();
  const pending: (() => void)[] = [];
  let building = true;
  episodes.onChange((change) => {
    const apply = () => (change.type === 'saved' ? index.upsert(change.episode) : index.remove(change.id));
    if (building) pending.push(apply);
    else apply();
  });
  const ready = episodes
    .listFull()
    .then((all) => index.addAll(all))
    .then(() => {
      building = false;
      for (const apply of pending) apply();
    });
  search = { index, ready };
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

/** Whether the search index has been built. */
export function useSearchReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void getSearchIndex().ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
