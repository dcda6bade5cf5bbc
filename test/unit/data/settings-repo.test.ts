import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/data/backup';
import { EpisodesDatabase } from '../../../src/data/db';
import { checkTables } from '../../../src/data/records';
import { SettingsRepo } from '../../../src/data/settings-repo';

const fresh = () => new EpisodesDatabase(`settings-${Math.random().toString(36).slice(2)}`);

describe('the settings table through one door', () => {
  it('reads a missing key, and a damaged value written behind the app’s back, as the key’s fallback', async () => {
    const db = fresh();
    const settings = new SettingsRepo(db);
    expect(await settings.get('welcome-dismissed')).toBe(false);
    expect(await settings.get('starter-episode-ids')).toEqual([]);
    await db.settings.bulkPut([
      { key: 'welcome-dismissed', value: 'yes' },
      { key: 'starter-episode-ids', value: 'notalist' },
      { key: 'section-kind-corrections', value: { 'multi-touch attribution model': 'project', broken: 'poetry' } },
    ]);
    expect(await settings.get('welcome-dismissed')).toBe(false);
    expect(await settings.get('starter-episode-ids')).toEqual([]);
    // A map keeps its good entries.
    expect(await settings.get('section-kind-corrections')).toEqual({ 'multi-touch attribution model': 'project' });
  });

  it('refuses to store a value its schema does not accept, and keeps the one before', async () => {
    const settings = new SettingsRepo(fresh());
    await settings.set('last-automatic-backup', '2026-12-01');
    // @ts-expect-error: a number is not a day
    await expect(settings.set('last-automatic-backup', 20261202)).rejects.toThrow();
    expect(await settings.get('last-automatic-backup')).toBe('2026-12-01');
    await expect(settings.update('preferences', (p) => ({ ...p, defaultAlpha: 0.7 }))).rejects.toThrow('Alpha must be below 0.5.');
  });

  it('leaves this machine’s settings out of a backup and keeps the person’s', async () => {
    const db = fresh();
    const settings = new SettingsRepo(db);
    await settings.set('journal-folder-links-root', '/home/ana/Journal');
    await settings.set('last-automatic-backup', '2026-12-01');
    await settings.set('welcome-dismissed', true);
    const backup = await exportBackup(db, 'test', new Date('2026-12-02T09:00:00Z'));
    expect(backup.tables.settings?.map((row) => (row as { key: string }).key)).toEqual(['welcome-dismissed']);
  });

  it('rejects a backup’s setting of a known key with a value of the wrong type, saying which', () => {
    const { accepted, rejected } = checkTables(
      {
        settings: [
          { key: 'welcome-dismissed', value: 'sure' },
          { key: 'preferences', value: { weekStartsOn: 1, defaultAlpha: 0.05, defaultPower: 0.8 } },
          { key: 'calculator:two-proportion-z-test', value: { alpha: '0.05' } },
        ],
      },
      () => 'key',
    );
    expect(accepted.settings?.map((row) => row.key)).toEqual(['preferences', 'calculator:two-proportion-z-test']);
    expect(rejected).toEqual([{ table: 'settings', id: 'welcome-dismissed', reason: expect.stringMatching(/^welcome-dismissed: /) }]);
  });
});

describe('the publishing settings', () => {
  it('keep each good field of a damaged value and refuse an address that is not one', async () => {
    const db = fresh();
    const settings = new SettingsRepo(db);
    expect((await settings.get('publish')).defaultProfile).toBe('hugo');
    await db.settings.put({ key: 'publish', value: { defaultProfile: 'myspace', seriesName: 'Learning in public', siteUrl: 42, hashnodeDomain: 'ana.hashnode.dev' } });
    expect(await settings.get('publish')).toEqual({ defaultProfile: 'hugo', seriesName: 'Learning in public', siteUrl: '', hashnodeDomain: 'ana.hashnode.dev' });
    await expect(settings.update('publish', (p) => ({ ...p, siteUrl: 'ana.example' }))).rejects.toThrow('Your site’s address starts with https://');
    await expect(settings.update('publish', (p) => ({ ...p, hashnodeDomain: 'https://ana.hashnode.dev/' }))).rejects.toThrow('Write the domain alone');
    await settings.update('publish', (p) => ({ ...p, defaultProfile: 'devto', siteUrl: 'https://ana.example' }));
    expect((await settings.get('publish')).defaultProfile).toBe('devto');
  });
});
