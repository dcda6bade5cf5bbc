import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getEpisodesRepo } from '../../../../src/data/episodes-store';
import { getSettingsRepo } from '../../../../src/data/settings-store';
import { loadStarterEpisodes, starterDrafts } from '../../../../src/features/journal/journal-start';

describe('the first run', () => {
  it('creates the starter episodes once, in one transaction with everything their writes keep up', async () => {
    const count = starterDrafts().length;
    expect(count).toBeGreaterThan(0);
    expect(await loadStarterEpisodes()).toBe(count);
    expect(await loadStarterEpisodes()).toBe(0);
    const ids = await getSettingsRepo().get('starter-episode-ids');
    expect(ids).toHaveLength(count);
    const repo = getEpisodesRepo();
    await repo.rebuildLiveWeeks();
    const weeks = await repo.liveWeeks();
    expect(weeks.map((w) => w.id).sort()).toEqual([...ids].sort());
    expect(weeks.every((w) => /^\d{4}-\d{2}-\d{2}$/.test(w.weekOf ?? ''))).toBe(true);
    expect(await repo.checkLiveWeeks()).toBe(false);
  });
});
