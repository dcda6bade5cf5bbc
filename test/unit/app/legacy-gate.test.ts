import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bringOverLegacyData } from '../../../src/app/legacy-gate';
import { exportBackup, serializeBackup } from '../../../src/data/backup';
import { EpisodesDatabase, getDatabase } from '../../../src/data/db';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { parseEpisode } from '../../../src/domain/episode';
import type { Host } from '../../../src/host';

describe('bringing an earlier version’s journal over', () => {
  it('merges the old origin’s backup into the database, then tells main it is done', async () => {
    const old = new EpisodesDatabase('old-origin');
    await new EpisodesRepo(old).create(parseEpisode('---\ntitle: "Episode 1: Written before the update"\nweek: 2026-W40\n---\nOld words.\n'));
    const json = serializeBackup(await exportBackup(old));
    const calls: string[] = [];
    const host = { kind: 'electron', legacyData: async () => json, legacyDataDone: async () => void calls.push('done') } as unknown as Host;
    expect(await bringOverLegacyData(host, () => calls.push('merging'))).toBe(true);
    expect(calls).toEqual(['merging', 'done']);
    const episodes = await new EpisodesRepo(getDatabase()).list();
    expect(episodes.map((e) => e.title)).toEqual(['Episode 1: Written before the update']);
  });

  it('does nothing when main has nothing to offer', async () => {
    const host = { kind: 'electron', legacyData: async () => null, legacyDataDone: async () => expect.fail('not called') } as unknown as Host;
    expect(await bringOverLegacyData(host)).toBe(false);
  });
});
