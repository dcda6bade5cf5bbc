// The revision history kept by the episodes repository: what is kept when, and putting it back.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../src/data/backup';
import { EpisodesDatabase } from '../../../src/data/db';
import { restoreSnapshot } from '../../../src/data/episode-maintenance';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { parseEpisode } from '../../../src/domain/episode';

let n = 0;
const MIN = 60_000;
function setup() {
  let clock = Date.UTC(2026, 11, 2, 9);
  const db = new EpisodesDatabase(`history-${n++}`);
  const repo = new EpisodesRepo(db, () => clock);
  return { db, repo, tick: (ms: number) => (clock += ms) };
}
const text = (body: string, tags = '[]') => parseEpisode(`---\ntitle: "Episode 1: Alpha"\nweek: 2026-W49\ntags: ${tags}\n---\n${body}`);

describe('revision history', () => {
  it('keeps the replaced text at most once per ten minutes of editing', async () => {
    const { repo, tick } = setup();
    const e = await repo.create(text('v0\n'));
    for (let i = 1; i <= 12; i++) {
      tick(MIN);
      await repo.save(e.id, text(`v${i}\n`));
    }
    // Saves at minutes 1..12: the texts replaced at minute 1 (v0) and minute 11 (v10) are kept.
    expect((await repo.history.list(e.id)).map((s) => s.body)).toEqual(['v10\n', 'v0\n']);
  });

  it('always keeps the text before an outside edit, an import over it, a tag rename and a restore', async () => {
    const { db, repo, tick } = setup();
    const e = await repo.create(text('Original #mlops.\n', '[mlops]'));
    tick(MIN);
    await repo.save(e.id, text('Edited in Obsidian #mlops.\n', '[mlops]'), 'outside-edit');
    tick(MIN);
    await repo.writeMany([{ draft: text('Imported over it #mlops.\n', '[mlops]'), replaceId: e.id }]);
    tick(MIN);
    await repo.renameTag('mlops', 'ml-ops');
    const backup = await exportBackup(db);
    tick(MIN);
    await repo.save(e.id, text('After the backup.\n'), 'outside-edit');
    await restoreBackup(backup, 'merge', db);
    const kept = (await repo.history.list(e.id)).map((s) => [s.reason, s.body]);
    expect(kept).toEqual([
      ['restore', 'After the backup.\n'],
      ['outside-edit', 'Imported over it #ml-ops.\n'],
      ['tag-rename', 'Imported over it #mlops.\n'],
      ['import', 'Edited in Obsidian #mlops.\n'],
      ['outside-edit', 'Original #mlops.\n'],
    ]);
  });

  it('puts an earlier version back, keeping the current one first so the restore can be undone', async () => {
    const { repo, tick } = setup();
    const e = await repo.create(text('First draft.\n'));
    tick(MIN);
    await repo.save(e.id, text('Rewritten completely.\n'), 'outside-edit');
    const [first] = await repo.history.list(e.id);
    tick(MIN);
    const restored = await restoreSnapshot(repo, first!.id);
    expect(restored.body).toBe('First draft.\n');
    const [newest] = await repo.history.list(e.id);
    expect(newest).toMatchObject({ reason: 'history-restore', body: 'Rewritten completely.\n' });
    await restoreSnapshot(repo, newest!.id);
    expect((await repo.get(e.id))?.body).toBe('Rewritten completely.\n');
  });

  it('does not keep a text twice in a row, and counts and clears what is kept', async () => {
    const { repo, tick } = setup();
    const e = await repo.create(text('Same.\n'));
    tick(MIN);
    await repo.save(e.id, text('Same.\n'), 'outside-edit');
    tick(MIN);
    await repo.save(e.id, text('Same.\n'), 'outside-edit');
    expect(await repo.history.list(e.id)).toHaveLength(1);
    expect(await repo.history.size()).toEqual({ count: 1, bytes: 2 * ('Episode 1: Alpha'.length + 'Same.\n'.length) });
    await repo.history.clear();
    expect(await repo.history.size()).toEqual({ count: 0, bytes: 0 });
  });
});
