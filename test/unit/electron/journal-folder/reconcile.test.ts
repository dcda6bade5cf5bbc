import { describe, expect, it } from 'vitest';
import { filesToRead, reconcilePlan, type Manifest, type ScanEntry } from '../../../../electron/journal-folder/reconcile';

const sha = (c: string) => c.repeat(64);
const manifest: Manifest = {
  'a.md': { size: 10, mtimeMs: 1000, sha256: sha('a') },
  'b.md': { size: 20, mtimeMs: 2000, sha256: sha('b') },
};

describe('reconcile plan (pure)', () => {
  it.each<{ name: string; scan: ScanEntry[]; hashes: Record<string, string>; read: string[]; expected: Record<string, unknown> }>([
    {
      name: 'nothing changed: nothing read, all unchanged',
      scan: [{ path: 'a.md', size: 10, mtimeMs: 1000 }, { path: 'b.md', size: 20, mtimeMs: 2000 }],
      hashes: {},
      read: [],
      expected: { unchanged: ['a.md', 'b.md'], changed: [], added: [], deleted: [], renamed: [], touched: [] },
    },
    {
      name: 'external edit: read, reported with the previous hash',
      scan: [{ path: 'a.md', size: 12, mtimeMs: 1500 }, { path: 'b.md', size: 20, mtimeMs: 2000 }],
      hashes: { 'a.md': sha('c') },
      read: ['a.md'],
      expected: { unchanged: ['b.md'], changed: [{ path: 'a.md', previousSha256: sha('a'), sha256: sha('c') }] },
    },
    {
      name: 'touched (mtime moved, same bytes): not reported, manifest refreshed',
      scan: [{ path: 'a.md', size: 10, mtimeMs: 9999 }, { path: 'b.md', size: 20, mtimeMs: 2000 }],
      hashes: { 'a.md': sha('a') },
      read: ['a.md'],
      expected: { unchanged: ['b.md'], touched: ['a.md'], changed: [] },
    },
    {
      name: 'new file and deleted file',
      scan: [{ path: 'a.md', size: 10, mtimeMs: 1000 }, { path: 'c.md', size: 5, mtimeMs: 3000 }],
      hashes: { 'c.md': sha('c') },
      read: ['c.md'],
      expected: { added: [{ path: 'c.md', sha256: sha('c') }], deleted: [{ path: 'b.md', previousSha256: sha('b') }], renamed: [] },
    },
    {
      name: 'rename outside the app: same bytes under a new name',
      scan: [{ path: 'a.md', size: 10, mtimeMs: 1000 }, { path: '2026/b-renamed.md', size: 20, mtimeMs: 2000 }],
      hashes: { '2026/b-renamed.md': sha('b') },
      read: ['2026/b-renamed.md'],
      expected: { added: [], deleted: [], renamed: [{ from: 'b.md', to: '2026/b-renamed.md', sha256: sha('b') }] },
    },
    {
      name: 'unreadable file: old entry kept, not reported as deleted',
      scan: [{ path: 'a.md', size: 11, mtimeMs: 1100 }, { path: 'b.md', size: 20, mtimeMs: 2000 }],
      hashes: {},
      read: ['a.md'],
      expected: { unreadable: ['a.md'], deleted: [], changed: [] },
    },
  ])('$name', ({ scan, hashes, read, expected }) => {
    expect(filesToRead(manifest, scan)).toEqual(read);
    expect(reconcilePlan(manifest, scan, hashes)).toMatchObject(expected);
  });

  it('builds the next manifest from what it saw, keeping unreadable entries', () => {
    const plan = reconcilePlan(manifest, [{ path: 'a.md', size: 11, mtimeMs: 1100 }, { path: 'c.md', size: 1, mtimeMs: 1 }], { 'c.md': sha('c') });
    expect(plan.next).toEqual({ 'a.md': manifest['a.md'], 'c.md': { size: 1, mtimeMs: 1, sha256: sha('c') } });
  });

  it('re-reads everything when forced, and an empty manifest makes every file new', () => {
    const scan = [{ path: 'a.md', size: 10, mtimeMs: 1000 }];
    expect(filesToRead(manifest, scan, { force: true })).toEqual(['a.md']);
    expect(reconcilePlan({}, scan, { 'a.md': sha('a') }).added).toEqual([{ path: 'a.md', sha256: sha('a') }]);
  });
});
