import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyStamp, listHistoryFiles, moveHistory, readHistoryFile, removeHistoryFiles, writeHistoryFile } from '../../../../electron/journal-folder/history-files';
import { tempRoot } from './helpers';

const at = Date.UTC(2026, 11, 2, 5, 11, 12, 345);

describe('history files in .episodes/history', () => {
  it('writes, lists (newest first), reads and removes an episode’s versions', async () => {
    const root = tempRoot();
    expect(historyStamp(at)).toBe('20261202T051112345Z');
    const first = await writeHistoryFile(root, '2026/2026-W49-x.md', at, 'editing', 'one');
    await writeHistoryFile(root, '2026/2026-W49-x.md', at + 60_000, 'outside-edit', 'two');
    expect(first).toBe('20261202T051112345Z-editing.md');
    expect(existsSync(join(root, '.episodes', 'history', '2026', '2026-W49-x', first))).toBe(true);
    const listed = await listHistoryFiles(root, '2026/2026-W49-x.md');
    expect(listed.map((f) => [f.at, f.reason, f.size])).toEqual([
      [at + 60_000, 'outside-edit', 3],
      [at, 'editing', 3],
    ]);
    expect(await readHistoryFile(root, '2026/2026-W49-x.md', first)).toBe('one');
    expect(await removeHistoryFiles(root, '2026/2026-W49-x.md', [first, 'not-a-history-file.md'])).toBe(1);
    expect((await listHistoryFiles(root, '2026/2026-W49-x.md')).map((f) => f.reason)).toEqual(['outside-edit']);
  });

  it('moves an episode’s history with its file, keeping what is already at the new name', async () => {
    const root = tempRoot();
    await writeHistoryFile(root, '2026/old.md', at, 'editing', 'old one');
    await writeHistoryFile(root, '2026/new.md', at + 1, 'editing', 'already there');
    await moveHistory(root, '2026/old.md', '2026/new.md');
    expect(existsSync(join(root, '.episodes', 'history', '2026', 'old'))).toBe(false);
    expect(readdirSync(join(root, '.episodes', 'history', '2026', 'new')).sort()).toEqual(['20261202T051112345Z-editing.md', '20261202T051112346Z-editing.md']);
  });

  it.each(['../escape.md', '.episodes/x.md', '/etc/passwd.md'])('refuses the episode path %j', async (path) => {
    await expect(writeHistoryFile(tempRoot(), path, at, 'editing', 'x')).rejects.toThrow();
  });

  it('refuses a reason or a name that is not one of its own', async () => {
    const root = tempRoot();
    await expect(writeHistoryFile(root, 'a.md', at, '../../x', 'x')).rejects.toThrow(/not a reason/);
    await expect(readHistoryFile(root, 'a.md', '../manifest.json')).rejects.toThrow(/not a history file/);
  });
});
