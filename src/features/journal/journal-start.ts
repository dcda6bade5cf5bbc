// Journal start-up: starter episodes on the very first run, and the Trash emptied of what expired.
import { getAttachmentsRepo } from '../../data/attachments-store';
import { useEffect, useState } from 'react';
import { getEpisodesRepo } from '../../data/episodes-store';
import { createStarterEpisodesOnce } from '../../data/starter-episodes';
import { buildKindHistory, parseEpisode, type EpisodeDraft } from '../../domain/episode';
import { whenIdle } from '../../ui/when-idle';

const starterFiles = import.meta.glob('../../../content/episodes/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The shipped example episodes, oldest first (file names start with the ISO week). */
export function starterDrafts(): EpisodeDraft[] {
  const drafts: EpisodeDraft[] = [];
  for (const path of Object.keys(starterFiles).sort()) {
    drafts.push(parseEpisode(starterFiles[path]!, { history: buildKindHistory(drafts) }));
  }
  return drafts;
}

/** The example episodes on the very first run (never again, even after they are deleted). */
export function loadStarterEpisodes(): Promise<number> {
  return createStarterEpisodesOnce(getEpisodesRepo(), starterDrafts);
}

let ready: Promise<void> | null = null;

/** Runs once per page load; every journal screen and the new-episode command wait for it. */
export function ensureJournalReady(): Promise<void> {
  ready ??= (async () => {
    const repo = getEpisodesRepo();
    await loadStarterEpisodes();
    await repo.purgeExpiredTrash();
    // Images no episode, Trash or history names any more go once the Trash has let go of theirs.
    whenIdle(() => void getAttachmentsRepo().removeUnused().catch((error: unknown) => console.warn('Unused attachments not removed:', error)), 12_000);
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
