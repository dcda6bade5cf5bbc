import { describe, expect, it } from 'vitest';
import { diffAgainstKnown, filesToRead, type Known, type Manifest, type ScanEntry } from '../../../../electron/journal-folder/reconcile';

const sha = (c: string) => c.repeat(64);
// The hash cache: what main saw at each path, with its size and mtime.
const cache: Manifest = {
  'a.md': { size: 10, mtimeMs: 1000, sha256: sha('a') },
  'b.md': { size: 20, mtimeMs: 2000, sha256: sha('b') },
};
// What the page agreed on with each file (its file links).
const known: Known = { 'a.md': sha('a'), 'b.md': sha('b') };
const both: ScanEntry[] = [{ path: 'a.md', size: 10, mtimeMs: 1000 }, { path: 'b.md', size: 20, mtimeMs: 2000 }];

describe('scan decisions (pure)', () => {
  it.each<{ name: string; listed: ScanEntry[]; known?: Known; hashes: Record<string, string>; read: string[]; expected: Record<string, unknown> }>([
    {
      name: 'nothing changed: nothing read, all unchanged',
      listed: both,
      hashes: { 'a.md': sha('a'), 'b.md': sha('b') },
      read: [],
      expected: { unchanged: ['a.md', 'b.md'], changed: [], added: [], deleted: [], renamed: [] },
    },
    {
      name: 'external edit: read, reported with the hash the page knew',
      listed: [{ path: 'a.md', size: 12, mtimeMs: 1500 }, both[1]!],
      hashes: { 'a.md': sha('c'), 'b.md': sha('b') },
      read: ['a.md'],
      expected: { unchanged: ['b.md'], changed: [{ path: 'a.md', previousSha256: sha('a'), sha256: sha('c') }] },
    },
    {
      name: 'touched (mtime moved, same bytes): read once, unchanged',
      listed: [{ path: 'a.md', size: 10, mtimeMs: 9999 }, both[1]!],
      hashes: { 'a.md': sha('a'), 'b.md': sha('b') },
      read: ['a.md'],
      expected: { unchanged: ['a.md', 'b.md'], changed: [] },
    },
    {
      name: 'the cache vouches for bytes the page does not know (its link is behind): read for the text',
      listed: both,
      known: { 'a.md': sha('x'), 'b.md': sha('b') },
      hashes: { 'a.md': sha('a'), 'b.md': sha('b') },
      read: ['a.md'],
      expected: { changed: [{ path: 'a.md', previousSha256: sha('x'), sha256: sha('a') }] },
    },
    {
      name: 'a file the page does not know is new even if the cache has it (a lost link)',
      listed: both,
      known: { 'b.md': sha('b') },
      hashes: { 'a.md': sha('a'), 'b.md': sha('b') },
      read: ['a.md'],
      expected: { added: [{ path: 'a.md', sha256: sha('a') }], unchanged: ['b.md'] },
    },
    {
      name: 'new file and deleted file',
      listed: [both[0]!, { path: 'c.md', size: 5, mtimeMs: 3000 }],
      hashes: { 'a.md': sha('a'), 'c.md': sha('c') },
      read: ['c.md'],
      expected: { added: [{ path: 'c.md', sha256: sha('c') }], deleted: [{ path: 'b.md', previousSha256: sha('b') }], renamed: [] },
    },
    {
      name: 'rename outside the app: same bytes under a new name',
      listed: [both[0]!, { path: '2026/b-renamed.md', size: 20, mtimeMs: 2000 }],
      hashes: { 'a.md': sha('a'), '2026/b-renamed.md': sha('b') },
      read: ['2026/b-renamed.md'],
      expected: { added: [], deleted: [], renamed: [{ from: 'b.md', to: '2026/b-renamed.md', sha256: sha('b') }] },
    },
    {
      name: 'unreadable file: neither changed nor deleted, tried again next time',
      listed: [{ path: 'a.md', size: 11, mtimeMs: 1100 }, both[1]!],
      hashes: { 'b.md': sha('b') },
      read: ['a.md'],
      expected: { unreadable: ['a.md'], deleted: [], changed: [] },
    },
  ])('$name', ({ listed, known: page = known, hashes, read, expected }) => {
    expect(filesToRead(cache, listed, page)).toEqual(read);
    expect(diffAgainstKnown(page, listed, hashes)).toMatchObject(expected);
  });

  it('does not take files in a folder it could not list for deleted', () => {
    const diff = diffAgainstKnown({ ...known, 'locked/c.md': sha('c') }, both, { 'a.md': sha('a'), 'b.md': sha('b') }, (path) => path.startsWith('locked/'));
    expect(diff.deleted).toEqual([]);
  });

  it('re-reads everything when forced, and an empty cache reads every file', () => {
    expect(filesToRead(cache, [both[0]!], known, { force: true })).toEqual(['a.md']);
    expect(filesToRead({}, both, known)).toEqual(['a.md', 'b.md']);
  });
});
