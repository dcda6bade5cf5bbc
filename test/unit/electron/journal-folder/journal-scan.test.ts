import { chmodSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEpisodeBytes, sha256 } from '../../../../electron/journal-folder/file-ops';
import { JournalFolder } from '../../../../electron/journal-folder/journal';
import { put, tempRoot } from './helpers';

/** A journal whose reads are counted, to prove unchanged files are never opened. */
async function countingJournal(root: string) {
  const reads: string[] = [];
  const journal = await JournalFolder.open(root, {
    readFile: async (absolute) => {
      reads.push(absolute.slice(root.length + 1));
      return readEpisodeBytes(absolute);
    },
  });
  return { journal, reads };
}

describe('scanning the journal folder', () => {
  it('reports every file the page does not know as new, then reads nothing when nothing changed', async () => {
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
    // A fresh JournalFolder (next start) loads the hash cache: knowing both, nothing is read.
    const again = await countingJournal(root);
    const known = { '2026/2026-W46-a.md': sha256('# A'), '2026/2026-W47-b.md': sha256('# B') };
    expect(await again.journal.scan({ known })).toMatchObject({ unchanged: 2, changed: [], added: [], deleted: [], renamed: [] });
    expect(again.reads).toEqual([]);
  });

  it('reads only the file edited outside the app and hands over the known hash and the new text', async () => {
    const root = tempRoot();
    put(root, 'a.md', 'one');
    const b = put(root, 'b.md', 'two');
    const { journal, reads } = await countingJournal(root);
    const known = { 'a.md': sha256('one'), 'b.md': sha256('two') };
    await journal.scan({ known });
    reads.length = 0;
    writeFileSync(b, 'two, edited in another editor');
    utimesSync(b, new Date(), new Date(Date.now() + 5000));
    const result = await journal.scan({ known });
    expect(reads).toEqual(['b.md']);
    expect(result.changed).toEqual([
      expect.objectContaining({ path: 'b.md', text: 'two, edited in another editor', previousSha256: sha256('two'), sha256: sha256('two, edited in another editor') }),
    ]);
    expect(result.unchanged).toBe(1);
  });

  it('reports new, deleted and renamed files against what the page knows', async () => {
    const root = tempRoot();
    put(root, 'a.md', 'alpha');
    put(root, 'b.md', 'beta');
    const { journal } = await countingJournal(root);
    rmSync(join(root, 'a.md'));
    renameSync(join(root, 'b.md'), join(root, 'b-renamed.md'));
    put(root, '2027/c.md', 'gamma');
    const result = await journal.scan({ known: { 'a.md': sha256('alpha'), 'b.md': sha256('beta') } });
    expect(result.deleted).toEqual([{ path: 'a.md', previousSha256: sha256('alpha') }]);
    expect(result.renamed).toEqual([{ from: 'b.md', to: 'b-renamed.md', sha256: sha256('beta') }]);
    expect(result.added.map((f) => f.path)).toEqual(['2027/c.md']);
  });

  it('runs two scans one after the other, never side by side', async () => {
    const root = tempRoot();
    put(root, 'new.md', 'dropped into the folder');
    // The first read waits until released: a second scan that started beside the first would read meanwhile.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reads: string[] = [];
    const journal = await JournalFolder.open(root, {
      readFile: async (absolute) => {
        reads.push(absolute.slice(root.length + 1));
        if (reads.length === 1) await gate;
        return readEpisodeBytes(absolute);
      },
    });
    const order: string[] = [];
    const first = journal.scan().then((r) => (order.push('first done'), r));
    const second = journal.scan().then((r) => (order.push('second done'), r));
    await expect.poll(() => reads.length).toBe(1);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toEqual(['new.md']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first done', 'second done']);
    expect(reads).toEqual(['new.md', 'new.md']);
  });

  it('skips files that are not text or have unsupported names, and keeps going', async () => {
    const root = tempRoot();
    put(root, 'ok.md', 'fine');
    writeFileSync(join(root, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    put(root, 'what?.md', 'odd name');
    const { journal } = await countingJournal(root);
    const result = await journal.scan();
    expect(result.added.map((f) => f.path)).toEqual(['ok.md']);
    expect(result.skipped.map((s) => s.path)).toEqual(['binary.md', 'what?.md']);
  });

  it('reads UTF-16 files with a byte-order mark, and UTF-8 ones with a BOM, as text', async () => {
    const root = tempRoot();
    const text = '---\ntitle: "Episode 3: Über Feature Stores"\n---\nNotes — café.\n';
    writeFileSync(join(root, 'utf16le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(root, 'utf16be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(join(root, 'utf8bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const { journal } = await countingJournal(root);
    const result = await journal.scan();
    expect(result.skipped).toEqual([]);
    expect(result.added.map((f) => [f.path, f.text])).toEqual([
      ['utf16be.md', text],
      ['utf16le.md', text],
      ['utf8bom.md', text],
    ]);
  });

  it('leaves an empty new file alone until it holds text, as Import does', async () => {
    const root = tempRoot();
    const file = put(root, '2026/2026-W49-new.md', '  \n\n');
    const { journal } = await countingJournal(root);
    const first = await journal.scan();
    expect(first.added).toEqual([]);
    expect(first.skipped).toEqual([{ path: '2026/2026-W49-new.md', reason: expect.stringMatching(/^empty/) }]);
    writeFileSync(file, 'Now with words.\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await journal.scan()).added.map((f) => f.text)).toEqual(['Now with words.\n']);
  });

  it('keeps conflict copies apart: listed, never offered as new episodes', async () => {
    const root = tempRoot();
    put(root, '2026/2026-W47-x (conflict 2026-11-26 1015).md', 'copy');
    const { journal } = await countingJournal(root);
    expect(await journal.scan()).toMatchObject({ added: [], conflictCopies: ['2026/2026-W47-x (conflict 2026-11-26 1015).md'] });
  });

  it('does not report files in a folder it cannot list as deleted, and refuses to scan a folder it cannot read', async () => {
    if (process.getuid?.() === 0) return; // root reads every folder: permissions cannot make one unreadable here
    const root = tempRoot();
    put(root, '2026/a.md', 'alpha');
    const { journal } = await countingJournal(root);
    chmodSync(join(root, '2026'), 0o000);
    try {
      expect((await journal.scan({ known: { '2026/a.md': sha256('alpha') } })).deleted).toEqual([]);
    } finally {
      chmodSync(join(root, '2026'), 0o755);
    }
  });

  it('says the folder cannot be read instead of reporting every file deleted', async () => {
    const root = tempRoot();
    put(root, 'a.md', 'alpha');
    const { journal } = await countingJournal(root);
    rmSync(root, { recursive: true });
    await expect(journal.scan({ known: { 'a.md': sha256('alpha') } })).rejects.toThrow(/cannot be read|ENOENT/);
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
