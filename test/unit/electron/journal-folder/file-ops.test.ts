import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictCopyName, FileOpError, trashStamp } from '../../../../electron/journal-folder/file-ops';
import { JournalFolder } from '../../../../electron/journal-folder/journal';
import { put, tempRoot } from './helpers';

const at = new Date(2026, 10, 26, 10, 15, 7, 42);

describe('moving, trashing and conflict copies', () => {
  it('renames on a title change without leaving a stale copy', async () => {
    const root = tempRoot();
    put(root, '2026/2026-W47-old-title.md', 'text');
    const journal = await JournalFolder.open(root);
    const moved = await journal.move('2026/2026-W47-old-title.md', '2026/2026-W47-new-title.md');
    expect(moved).toMatchObject({ moved: true, path: '2026/2026-W47-new-title.md' });
    expect(readdirSync(join(root, '2026'))).toEqual(['2026-W47-new-title.md']);
    expect(Object.keys(journal.manifestSnapshot())).toEqual(['2026/2026-W47-new-title.md']);
  });

  it('drops the source when the target already holds the same text, and refuses when it differs', async () => {
    const root = tempRoot();
    put(root, 'a.md', 'same');
    put(root, 'b.md', 'same');
    put(root, 'c.md', 'different');
    const journal = await JournalFolder.open(root);
    await journal.move('a.md', 'b.md');
    expect(existsSync(join(root, 'a.md'))).toBe(false);
    expect(await journal.move('b.md', 'c.md')).toEqual({ moved: false, reason: 'target-exists' });
    expect(readFileSync(join(root, 'b.md'), 'utf8')).toBe('same');
    expect(readFileSync(join(root, 'c.md'), 'utf8')).toBe('different');
    expect(await journal.move('gone.md', 'd.md')).toEqual({ moved: false, reason: 'source-missing' });
  });

  it('moves a deleted episode into .episodes/trash instead of unlinking it', async () => {
    const root = tempRoot();
    put(root, '2026/2026-W47-x.md', 'keep me');
    const journal = await JournalFolder.open(root, { now: () => at });
    expect(await journal.trash('2026/2026-W47-x.md')).toEqual({ trashedAs: '20261126-101507-042-2026-W47-x.md' });
    put(root, '2026/2026-W47-x.md', 'again');
    expect(await journal.trash('2026/2026-W47-x.md')).toEqual({ trashedAs: '20261126-101507-042-2026-W47-x 2.md' });
    expect(readdirSync(join(root, '2026'))).toEqual([]);
    expect(readFileSync(join(root, '.episodes', 'trash', '20261126-101507-042-2026-W47-x.md'), 'utf8')).toBe('keep me');
    await expect(journal.trash('2026/missing.md')).rejects.toBeInstanceOf(FileOpError);
    expect(trashStamp(at)).toBe('20261126-101507-042');
  });

  it('writes a conflict copy beside the original, never over another copy', async () => {
    expect(conflictCopyName('2026-W47-slug.md', at)).toBe('2026-W47-slug (conflict 2026-11-26 1015).md');
    const root = tempRoot();
    put(root, '2026/2026-W47-slug.md', 'their text');
    const journal = await JournalFolder.open(root, { now: () => at });
    const first = await journal.conflictCopy('2026/2026-W47-slug.md', 'my text');
    const second = await journal.conflictCopy('2026/2026-W47-slug.md', 'my later text');
    expect([first.path, second.path]).toEqual(['2026/2026-W47-slug (conflict 2026-11-26 1015).md', '2026/2026-W47-slug (conflict 2026-11-26 1015) 2.md']);
    expect(readFileSync(join(root, '2026', '2026-W47-slug (conflict 2026-11-26 1015).md'), 'utf8')).toBe('my text');
    expect(readFileSync(join(root, '2026', '2026-W47-slug.md'), 'utf8')).toBe('their text');
  });

  it('refuses to move or trash outside the journal folder', async () => {
    const journal = await JournalFolder.open(tempRoot());
    await expect(journal.move('a.md', '../a.md')).rejects.toThrow(/Refused/);
    await expect(journal.trash('/etc/passwd.md')).rejects.toThrow(/Refused/);
  });
});
