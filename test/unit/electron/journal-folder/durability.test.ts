// Folder entries are flushed where a crash could otherwise lose them: after a move, after a trash
// rename, after creating a new year folder; "Save as" writes never leave half a file or a temp file;
// backup rotation never removes the backup it just wrote, nor keeps one dated in the future forever.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveFile } from '../../../../electron/ipc/dialogs';
import { durability } from '../../../../electron/journal-folder/atomic-write';
import { listBackups, writeBackup } from '../../../../electron/journal-folder/backups';
import { JournalFolder } from '../../../../electron/journal-folder/journal';
import { put, tempRoot } from './helpers';

const original = durability.syncDirectory;
function recordFlushes(root: string): string[] {
  const flushed: string[] = [];
  durability.syncDirectory = async (dir) => {
    flushed.push(dir === root ? '.' : dir.slice(root.length + 1));
    await original(dir);
  };
  return flushed;
}
afterEach(() => {
  durability.syncDirectory = original;
});

describe('folder entries flushed to disk', () => {
  it('flushes the journal root after creating a new year folder, then the year folder after the rename', async () => {
    const root = tempRoot();
    const journal = await JournalFolder.open(root);
    const flushed = recordFlushes(root);
    await journal.write('2027/2027-W01-new-year.md', 'x');
    expect(flushed.slice(0, 2)).toEqual(['.', '2027']);
    flushed.length = 0;
    await journal.write('2027/2027-W02-second.md', 'y');
    // The year folder exists now: only its entries change.
    expect(flushed).not.toContain('.');
    expect(flushed).toContain('2027');
  });

  it('flushes both folders after a move across folders, and the trash and source folder after a trash', async () => {
    const root = tempRoot();
    put(root, '2026/a.md', 'alpha');
    mkdirSync(join(root, '2027'));
    const journal = await JournalFolder.open(root);
    const flushed = recordFlushes(root);
    expect(await journal.move('2026/a.md', '2027/a.md')).toMatchObject({ moved: true });
    expect(flushed).toEqual(expect.arrayContaining(['2026', '2027']));
    flushed.length = 0;
    await journal.trash('2027/a.md');
    expect(flushed).toEqual(expect.arrayContaining(['.episodes/trash', '2027']));
  });
});

describe('Save as', () => {
  const dialogTo = (path: string) => ({ showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: false, filePath: path }) });

  it('replaces the chosen file whole, through a flushed temp file, leaving nothing beside it', async () => {
    const dir = tempRoot('save');
    put(dir, 'episode.md', 'old');
    const flushed = recordFlushes(dir);
    expect(await saveFile(dialogTo(join(dir, 'episode.md')), { suggestedName: 'episode.md', filters: [], data: 'new text' }, dir)).toEqual({ saved: true, path: join(dir, 'episode.md') });
    expect(readFileSync(join(dir, 'episode.md'), 'utf8')).toBe('new text');
    expect(readdirSync(dir)).toEqual(['episode.md']);
    expect(flushed).toContain('.');
  });

  it('removes its temp file when the rename fails, and reports the failure', async () => {
    const dir = tempRoot('save');
    mkdirSync(join(dir, 'taken.md'));
    put(dir, 'taken.md/inside', 'a folder where the file should go');
    await expect(saveFile(dialogTo(join(dir, 'taken.md')), { suggestedName: 'taken.md', filters: [], data: 'x' }, dir)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });
});

describe('backup rotation', () => {
  const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9);

  it('never removes the backup it just wrote, even when 14 backups are dated in the future', async () => {
    const root = tempRoot();
    // Written while the clock said 2031.
    for (let d = 1; d <= 14; d++) await writeBackup(root, '{}', day(2031, 1, d));
    const { name, removed } = await writeBackup(root, '{"today":true}', day(2026, 12, 2));
    expect(name).toBe('episodes-backup-2026-12-02.json');
    expect(removed).not.toContain(name);
    expect(existsSync(join(root, '.episodes', 'backups', name))).toBe(true);
  });

  it('rotates backups dated in the future out, oldest first, as real ones come in', async () => {
    const root = tempRoot();
    await writeBackup(root, '{}', day(2031, 1, 1));
    for (let d = 1; d <= 14; d++) await writeBackup(root, '{}', day(2026, 11, d));
    const names = readdirSync(join(root, '.episodes', 'backups'));
    expect(names).toHaveLength(14);
    expect(names).not.toContain('episodes-backup-2031-01-01.json');
    expect(names).toContain('episodes-backup-2026-11-14.json');
  });

  it('lists a backup dated in the future after the real ones', async () => {
    const root = tempRoot();
    await writeBackup(root, '{}', day(2031, 1, 1));
    await writeBackup(root, '{}', day(2026, 11, 30));
    expect((await listBackups(root, day(2026, 12, 2))).map((b) => b.date)).toEqual(['2026-11-30', '2031-01-01']);
  });
});
