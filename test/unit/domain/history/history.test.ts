import { describe, expect, it } from 'vitest';
import { diffTexts, pruneSnapshots, snapshotDue, SNAPSHOT_INTERVAL_MS } from '../../../../src/domain/history';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const now = new Date(2026, 11, 2, 12, 0).getTime();

describe('when a text is kept', () => {
  it.each([
    ['editing', undefined, true],
    ['editing', now - 9 * MIN, false],
    ['editing', now - SNAPSHOT_INTERVAL_MS, true],
    ['outside-edit', now - 1000, true],
    ['tag-rename', now, true],
  ] as const)('%s, last kept at %s: %s', (reason, lastAt, expected) => {
    expect(snapshotDue(reason, lastAt, now)).toBe(expected);
  });
});

describe('which snapshots are kept as they age', () => {
  const snap = (id: string, at: number, episodeId = 'e', bytes = 10) => ({ id, at, episodeId, bytes });

  it('keeps every one of the last 7 days, the newest of each day to 90 days, the newest of each ISO week after', () => {
    const snaps = [
      snap('today-1', now - 1 * MIN),
      snap('today-2', now - 20 * MIN),
      snap('6-days', now - 6 * DAY),
      snap('6-days-b', now - 6 * DAY - 30 * MIN),
      // 10 days ago, same local day: only the newest stays.
      snap('10-days-late', new Date(2026, 10, 22, 18, 0).getTime()),
      snap('10-days-early', new Date(2026, 10, 22, 9, 0).getTime()),
      // 120 days ago: Monday 3 and Friday 7 August 2026 share ISO week 32; Monday 10 is week 33.
      snap('w32-mon', new Date(2026, 7, 3, 10).getTime()),
      snap('w32-fri', new Date(2026, 7, 7, 10).getTime()),
      snap('w33-mon', new Date(2026, 7, 10, 10).getTime()),
      // The same day for another episode is its own bucket.
      snap('other-episode', new Date(2026, 10, 22, 9, 0).getTime(), 'f'),
    ];
    expect(pruneSnapshots(snaps, now).sort()).toEqual(['10-days-early', 'w32-mon'].sort());
  });

  it('stays within the size budget by dropping the oldest first', () => {
    const snaps = [snap('new', now - MIN, 'e', 40), snap('mid', now - 2 * MIN, 'e', 40), snap('old', now - 3 * MIN, 'e', 40)];
    expect(pruneSnapshots(snaps, now, 100)).toEqual(['old']);
    expect(pruneSnapshots(snaps, now, 30)).toEqual(['new', 'mid', 'old']);
  });
});

describe('the diff a person reads', () => {
  it('marks the words that changed within a changed line, keeps nearby lines and folds the rest', () => {
    const before = ['# Week 48', 'a', 'b', 'c', 'd', 'e', 'Finished module 3 of the course.', 'f', 'g', 'h', 'i', ''].join('\n');
    const after = before.replace('module 3', 'module 4');
    const blocks = diffTexts(before, after);
    expect(blocks.map((b) => b.kind)).toEqual(['folded', 'same', 'changed', 'same', 'folded']);
    const changed = blocks.find((b) => b.kind === 'changed');
    expect(changed && changed.kind === 'changed' && changed.pieces.filter((p) => p.kind !== 'same')).toEqual([
      { text: '3', kind: 'removed' },
      { text: '4', kind: 'added' },
    ]);
    // Six unchanged lines before the change: two kept as context, four folded.
    expect(blocks[0]).toEqual({ kind: 'folded', lines: 4 });
  });

  it('shows an added paragraph as added, and no change as one unchanged block', () => {
    expect(diffTexts('one\n', 'one\ntwo\n')).toEqual([
      { kind: 'same', text: 'one\n' },
      { kind: 'changed', pieces: [{ text: 'two\n', kind: 'added' }] },
    ]);
    expect(diffTexts('same\n', 'same\n')).toEqual([{ kind: 'same', text: 'same\n' }]);
  });
});
