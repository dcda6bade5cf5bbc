// Journal start-up: starter episodes on the very first run, and the Trash emptied of what expired.
import { useEffect, useState } from 'react';
import { getDatabase } from '../../data/db';
import { episodeWriteTables } from '../../data/episodes-repo';
import { getEpisodesRepo } from '../../data/episodes-store';
import { buildKindHistory, parseEpisode, type EpisodeDraft } from '../../domain/episode';
import { whenIdle } from '../../ui/when-idle';

export const STARTER_LOADED_KEY = 'starter-episodes-loaded';
export const STARTER_IDS_KEY = 'starter-episode-ids';
export const STARTER_NOTE_KEY = 'starter-note-dismissed';

const starterFiles = import.meta.glob('../../../content/episodes/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The shipped example episodes, oldest first (file names start with the ISO week). */
export function starterDrafts(): EpisodeDraft[] {
  const drafts: EpisodeDraft[] = [];
  for (const path of Object.keys(starterFiles).sort()) {
    drafts.push(parseEpisode(starterFiles[path]!, { history: buildKindHistory(drafts) }));
  }
  return drafts;
}

/**
 * Creates the starter episodes and records that it did, in one transaction: if the row is there,
 * nothing is created, so deleting the examples never brings them back.
 */
export async function loadStarterEpisodes(): Promise<number> {
  const db = getDatabase();
  const repo = getEpisodesRepo();
  // Every start after the first: a read, never a write transaction that would queue behind other screens' reads.
  if (await db.settings.get(STARTER_LOADED_KEY)) return 0;
  return db.transaction('rw', [...episodeWriteTables(db), db.settings], async () => {
    if (await db.settings.get(STARTER_LOADED_KEY)) return 0;
    const ids: string[] = [];
    for (const draft of starterDrafts()) ids.push((await repo.create(draft)).id);
    await db.settings.put({ key: STARTER_LOADED_KEY, value: true });
    await db.settings.put({ key: STARTER_IDS_KEY, value: ids });
    return ids.length;
  });
}

let ready: Promise<void> | null = null;

/** Runs once per page load; every journal screen and the new-episode command wait for it. */
export function ensureJournalReady(): Promise<void> {
  ready ??= (async () => {
    const repo = getEpisodesRepo();
    await loadStarterEpisodes();
    await repo.purgeExpiredTrash();
    // The history's size budget, once per start and out of the way (each episode's own history is pruned as it grows).
    whenIdle(() => void repo.history.enforceBudget(Date.now()).catch((error: unknown) => console.warn('History budget not applied:', error)), 10_000);
  })().catch((error: unknown) => {
    ready = null;
    console.warn('Journal start-up did not finish:', error);
  });
  return ready;
}

export function useJournalReady(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void ensureJournalReady().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}
