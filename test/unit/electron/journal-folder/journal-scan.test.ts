import { renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../../electron/journal-folder/file-ops';
import { JournalFolder } from '../../../../electron/journal-folder/journal';
import { readEpisodeBytes } from '../../../../electron/journal-folder/file-ops';
import { put, tempRoot } from './helpers';

/** A journal whose reads are counted, to prove unchanged files are never opened. */
async function countingJournal(root: string) {
  const reads: string[] = [];
  const journal = await JournalFolder.open(root, {
    readFile: (absolute) => {
      reads.push(absolute.slice(root.length + 1));
      return readEpisodeBytes(absolute);
    },
  });
  return { journal, reads };
}

describe('scanning the journal folder', () => {
  it('reports every file as new on first scan, then reads nothing when nothing changed', async () => {
    const root = tempRoot();
    put(root, '2026/2026-W46-a.md', '# A');
    put(root, '2026/2026-W47-b.md', '# B');
    put(root, '.episodes/ignored.md', 'internal');
    put(root, '.obsidian/x.md', 'hidden');
    put(root, 'notes.txt', 'not markdown');
    const first = await countingJournal(root);
    const result = await first.journal.scan();
    expect(result.added.map((f) => [f.path, f.text, f.sha256])).toEqual([
      ['2026/2026-W46-a.md', '# A', sha256('# A')],
      ['2026/2026-W47-b.md', '# B', sha256('# B')],
    ]);
    // A fresh JournalFolder loads the persisted manifest: nothing to read.
    const again = await countingJournal(root);
    expect(await again.journal.scan()).toMatchObject({ unchanged: 2, changed: [], added: [], deleted: [], renamed: [] });
    expect(again.reads).toEqual([]);
  });

  it('reads only the file edited outside the app and hands over old hash and new text', async () => {
    const root = tempRoot();
    put(root, 'a.md', 'one');
    const b = put(root, 'b.md', 'two');
    const { journal, reads } = await countingJournal(root);
    await journal.scan();
    reads.length = 0;
    writeFileSync(b, 'two, edited in another editor');
    utimesSync(b, new Date(), new Date(Date.now() + 5000));
    const result = await journal.scan();
    expect(reads).toEqual(['b.md']);
    expect(result.changed).toEqual([
      expect.objectContaining({ path: 'b.md', text: 'two, edited in another editor', previousSha256: sha256('two'), sha256: sha256('two, edited in another editor') }),
    ]);
    expect(result.unchanged).toBe(1);
  });

  it('reports new, deleted and renamed files', async () => {
    const root = tempRoot();
    put(root, 'a.md', 'alpha');
    put(root, 'b.md', 'beta');
    const { journal } = await countingJournal(root);
    await journal.scan();
    rmSync(join(root, 'a.md'));
    renameSync(join(root, 'b.md'), join(root, 'b-renamed.md'));
    put(root, '2027/c.md', 'gamma');
    const result = await journal.scan();
    expect(result.deleted).toEqual([{ path: 'a.md', previousSha256: sha256('alpha') }]);
    expect(result.renamed).toEqual([{ from: 'b.md', to: 'b-renamed.md', sha256: sha256('beta') }]);
    expect(result.added.map((f) => f.path)).toEqual(['2027/c.md']);
  });

  it("does not report the app's own writes as outside changes", async () => {
    const root = tempRoot();
    const { journal } = await countingJournal(root);
    await journal.write('2026/2026-W47-x.md', 'from the app');
    expect(await journal.scan()).toMatchObject({ unchanged: 1, changed: [], added: [] });
  });

  it('skips files that are not UTF-8 text or have unsupported names, and keeps going', async () => {
    const root = tempRoot();
    put(root, 'ok.md', 'fine');
    writeFileSync(join(root, 'binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    put(root, 'what?.md', 'odd name');
    const { journal } = await countingJournal(root);
    const result = await journal.scan();
    expect(result.added.map((f) => f.path)).toEqual(['ok.md']);
    expect(result.skipped.map((s) => s.path)).toEqual(['binary.md', 'what?.md']);
  });

  it('flags conflict copies so the page can tell them apart', async () => {
    const root = tempRoot();
    put(root, '2026/2026-W47-x (conflict 2026-11-26 1015).md', 'copy');
    const { journal } = await countingJournal(root);
    expect((await journal.scan()).added[0]).toMatchObject({ conflictCopy: true });
  });

  it('writes with an expected hash only when the disk still matches', async () => {
    const root = tempRoot();
    const { journal } = await countingJournal(root);
    expect(await journal.write('x.md', 'v1', null)).toMatchObject({ written: true, sha256: sha256('v1') });
    expect(await journal.write('x.md', 'v2', null)).toMatchObject({ written: false, current: { text: 'v1' } });
    writeFileSync(join(root, 'x.md'), 'edited outside');
    const refused = await journal.write('x.md', 'v2', sha256('v1'));
    expect(refused).toMatchObject({ written: false, current: { text: 'edited outside', sha256: sha256('edited outside') } });
    expect(await journal.write('x.md', 'v2', sha256('edited outside'))).toMatchObject({ written: true });
    expect(statSync(join(root, 'x.md')).size).toBe(2);
    expect(journal.manifestSnapshot()['x.md']?.sha256).toBe(sha256('v2'));
  });
});
