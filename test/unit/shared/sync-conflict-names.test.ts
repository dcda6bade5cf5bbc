// Sync engines' conflict names, as each engine writes them (from their documentation and files
// seen in the wild), and names a person could choose that are not conflicts.
import { describe, expect, it } from 'vitest';
import { syncConflictOriginal } from '../../../src/shared/sync-conflict-names';

const folder = new Set(['2026/2026-W48-feature-stores.md', 'notes/Week.md']);
const exists = (path: string) => folder.has(path);

describe('syncConflictOriginal', () => {
  it.each([
    ["2026/2026-W48-feature-stores (Ann's conflicted copy 2026-12-01).md", 'dropbox'],
    ['2026/2026-W48-feature-stores (Ann’s conflicted copy 2026-12-01 (1)).md', 'dropbox'],
    ['2026/2026-W48-feature-stores (conflicted copy 2026-12-01).md', 'dropbox'],
    ['2026/2026-W48-feature-stores.sync-conflict-20261201-101530-ABCDEF7.md', 'syncthing'],
    ['2026/2026-W48-feature-stores 2.md', 'icloud'],
    ['2026/2026-W48-feature-stores-DESKTOP-4F2K1M9.md', 'onedrive'],
  ] as const)('%s is a %s conflict of 2026/2026-W48-feature-stores.md', (path, engine) => {
    expect(syncConflictOriginal(path, exists)).toEqual({ original: '2026/2026-W48-feature-stores.md', engine });
  });

  it.each([
    // The originals are not there: names a person chose.
    'notes/Lesson 3.md',
    '2026/2026-W49-retro-LAPTOP.md',
    // The app's own names and collision suffixes.
    '2026/2026-W48-feature-stores-2.md',
    '2026/2026-W48-feature-stores.md',
    // The app's own conflict copies are not a sync engine's.
    '2026/2026-W48-feature-stores (conflict 2026-12-01 1015).md',
  ])('%s is not a sync conflict', (path) => {
    expect(syncConflictOriginal(path, exists)).toBeNull();
  });

  it('finds an iCloud copy of a name with spaces only when the original is there', () => {
    expect(syncConflictOriginal('notes/Week 2.md', exists)).toEqual({ original: 'notes/Week.md', engine: 'icloud' });
    expect(syncConflictOriginal('notes/Week 2.md', () => false)).toBeNull();
  });
});
