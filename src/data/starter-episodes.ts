// The example episodes of the very first run: created once, in one transaction with the setting
// that says so, so deleting the examples never brings them back.
import type { EpisodeDraft } from '../domain/episode';
import { getDatabase, type EpisodesDatabase } from './db';
import { episodeWriteTables, type EpisodesRepo } from './episodes-repo';
import { SearchCache } from './search-cache';
import { SettingsRepo } from './settings-repo';

/** Creates the drafts unless examples were created before; how many were created. */
export async function createStarterEpisodesOnce(repo: EpisodesRepo, drafts: () => EpisodeDraft[], db: EpisodesDatabase = getDatabase()): Promise<number> {
  const settings = new SettingsRepo(db);
  // Every start after the first: a read, never a write transaction that would queue behind other screens' reads.
  if (await settings.get('starter-episodes-loaded')) return 0;
  return db.transaction('rw', [...episodeWriteTables(db), db.settings], async () => {
    if (await settings.get('starter-episodes-loaded')) return 0;
    const ids: string[] = [];
    for (const draft of drafts()) ids.push((await repo.create(draft)).id);
    await settings.set('starter-episodes-loaded', true);
    await settings.set('starter-episode-ids', ids);
    return ids.length;
  });
}

/** Empties every table and the saved search index (after the person saved a backup), keeping the examples from coming back. */
export async function eraseEverything(db: EpisodesDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    await new SettingsRepo(db).set('starter-episodes-loaded', true);
  });
  // The search index holds the episodes' words too.
  const cache = new SearchCache(db.name);
  await cache.clear();
  cache.close();
}
