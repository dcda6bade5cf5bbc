import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalFolder } from '../../../../electron/journal-folder/journal';
import { isWatchedPath, watchJournalFolder, type JournalWatcher } from '../../../../electron/journal-folder/watch';
import { put, tempRoot } from './helpers';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let watcher: JournalWatcher | undefined;
afterEach(() => watcher?.close());

describe('watching the journal folder', () => {
  it.each([
    ['2026/2026-W47-x.md', true],
    ['.episodes/manifest.json', false],
    ['.episodes/trash/x.md', false],
    ['2026/.2026-W47-x.md.1.ab.episodes-tmp', false],
    ['.obsidian/x.md', false],
    ['2026/notes.txt', false],
  ])('%s is watched: %s', (path, expected) => {
    expect(isWatchedPath(path)).toBe(expected);
  });

  it('reports an outside edit once, debounced, and ignores the app’s own writes', async () => {
    const root = tempRoot();
    put(root, '2026/a.md', 'a');
    const journal = await JournalFolder.open(root);
    const batches: string[][] = [];
    watcher = watchJournalFolder(root, { debounceMs: 150, recent: journal.recent, onChange: (paths) => batches.push(paths) });
    await wait(50);
    await journal.write('2026/own.md', 'written by the app');
    await journal.writeBackup('{"a":1}');
    await wait(400);
    expect(batches).toEqual([]);
    for (let i = 0; i < 5; i += 1) writeFileSync(join(root, '2026', 'a.md'), `edit ${i}`);
    writeFileSync(join(root, '2026', 'own.md'), 'changed outside after the app wrote it');
    await wait(600);
    expect(batches).toEqual([['2026/a.md', '2026/own.md']]);
  });
});
