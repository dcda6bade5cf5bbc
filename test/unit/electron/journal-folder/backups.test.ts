import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, listBackups, readBackup, writeBackup } from '../../../../electron/journal-folder/backups';
import { put, tempRoot } from './helpers';

const day = (n: number) => new Date(2026, 10, n, 9, 0, 0);

describe('backups', () => {
  it('keeps the newest 14 of 15 daily backups and leaves other files alone', async () => {
    const root = tempRoot();
    put(root, '.episodes/backups/my-own-notes.json', '{}');
    for (let n = 1; n <= 15; n += 1) await writeBackup(root, JSON.stringify({ day: n }), day(n));
    const kept = readdirSync(join(root, '.episodes', 'backups')).filter((n) => n.startsWith('episodes-backup-'));
    expect(kept).toHaveLength(14);
    expect(kept).not.toContain('episodes-backup-2026-11-01.json');
    expect(kept).toContain('episodes-backup-2026-11-15.json');
    expect(readdirSync(join(root, '.episodes', 'backups'))).toContain('my-own-notes.json');
    const listed = await listBackups(root);
    expect(listed[0]).toMatchObject({ name: 'episodes-backup-2026-11-15.json', date: '2026-11-15' });
    expect(listed).toHaveLength(14);
  });

  it('replaces the same day, reports what rotation removed, and reads a backup back', async () => {
    const root = tempRoot();
    await writeBackup(root, '{"v":1}', day(3));
    expect(await writeBackup(root, '{"v":2}', day(3))).toEqual({ name: 'episodes-backup-2026-11-03.json', removed: [] });
    expect(await readBackup(root, 'episodes-backup-2026-11-03.json')).toEqual({ name: 'episodes-backup-2026-11-03.json', json: '{"v":2}' });
    expect(backupName(day(3))).toBe('episodes-backup-2026-11-03.json');
  });

  it.each(['../manifest.json', 'episodes-backup-2026-11-03.json/../../x', '/etc/passwd', 'episodes-backup-2026-1-3.json'])(
    'refuses to read %j',
    async (name) => {
      await expect(readBackup(tempRoot(), name)).rejects.toThrow(/not a backup name/);
    },
  );

  it('refuses text that is not JSON, and lists nothing before the first backup', async () => {
    const root = tempRoot();
    await expect(writeBackup(root, '{broken', day(1))).rejects.toThrow(/not valid JSON/);
    expect(await listBackups(root)).toEqual([]);
  });
});
