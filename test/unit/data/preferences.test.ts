import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { defaultPreferences, readPreferences, restorePreferences, updatePreferences } from '../../../src/data/preferences';

describe('preferences', () => {
  it.each([
    [undefined, defaultPreferences],
    ['garbage', defaultPreferences],
    [{ weekStartsOn: 0, defaultAlpha: 0.1 }, { weekStartsOn: 0, defaultAlpha: 0.1, defaultPower: 0.8 }],
    [{ weekStartsOn: 3, defaultAlpha: 7, defaultPower: 0.9 }, { weekStartsOn: 1, defaultAlpha: 0.05, defaultPower: 0.9 }],
  ])('restores %o', (raw, expected) => {
    expect(restorePreferences(raw)).toEqual(expected);
  });

  it('saves a change and refuses an out-of-range value with a message', async () => {
    const db = new EpisodesDatabase('preferences-test');
    await updatePreferences({ defaultAlpha: 0.01 }, db);
    expect(await readPreferences(db)).toEqual({ weekStartsOn: 1, defaultAlpha: 0.01, defaultPower: 0.8 });
    await expect(updatePreferences({ defaultPower: 1 }, db)).rejects.toThrow('Power must be below 1.');
    expect((await readPreferences(db)).defaultPower).toBe(0.8);
  });
});
