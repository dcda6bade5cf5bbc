// Sync engines' conflict files against the real main-process folder code over a temp folder: the
// second version a Dropbox, Syncthing, iCloud or OneDrive sync leaves beside an episode's file
// becomes the app's own two-version conflict, never a second episode.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../../src/domain/episode';
import { episodeText, filesIn, newMachine, readIn, startApp } from './sync-harness';

const put = (root: string, path: string, text: string) => {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, new Date(), new Date(Date.now() + 2000));
};
const ORIGINAL = '2026/2026-W48-episode-12-feature-stores.md';

async function withEpisode() {
  const machine = newMachine();
  const app = await startApp(machine);
  const episode = await app.repo.create(parseEpisode(episodeText('Episode 12: Feature stores', 'Written on the laptop.\n')));
  await app.sync.idle();
  expect(filesIn(machine.root)).toEqual([ORIGINAL]);
  return { machine, app, episode };
}

describe('sync engines’ conflict files', () => {
  it.each([
    ['Dropbox', "2026/2026-W48-episode-12-feature-stores (Ann's conflicted copy 2026-12-01).md"],
    ['Syncthing', '2026/2026-W48-episode-12-feature-stores.sync-conflict-20261201-101530-ABCDEF7.md'],
    ['iCloud Drive', '2026/2026-W48-episode-12-feature-stores 2.md'],
    ['OneDrive', '2026/2026-W48-episode-12-feature-stores-DESKTOP-4F2K1M9.md'],
  ])('%s: the other version is kept in the history and a conflict copy, with one notice, and no second episode', async (_engine, conflictPath) => {
    const { machine, app, episode } = await withEpisode();
    put(machine.root, conflictPath, episodeText('Episode 12: Feature stores', 'Written on the desktop at the same time.\n'));
    await app.sync.requestReconcile();
    await app.sync.requestReconcile();
    await app.sync.idle();

    expect((await app.repo.list()).map((e) => e.title)).toEqual(['Episode 12: Feature stores']);
    expect((await app.repo.get(episode.id))?.body).toBe('Written on the laptop.\n');
    const kept = await app.db.snapshots.where('episodeId').equals(episode.id).toArray();
    expect(kept.filter((row) => row.reason === 'conflict').map((row) => row.body)).toEqual(['Written on the desktop at the same time.\n']);
    const files = filesIn(machine.root);
    expect(files).toHaveLength(2);
    expect(files).toContain(ORIGINAL);
    const copy = files.find((path) => path !== ORIGINAL)!;
    expect(copy).toMatch(/^2026\/2026-W48-episode-12-feature-stores \(conflict \d{4}-\d{2}-\d{2} \d{4}\)\.md$/);
    expect(readIn(machine.root, copy)).toContain('Written on the desktop at the same time.');
    expect(readIn(machine.root, ORIGINAL)).toContain('Written on the laptop.');
    // The engine's own file went to the folder's trash (a way back), not deleted.
    expect(existsSync(join(machine.root, ...conflictPath.split('/')))).toBe(false);
    expect(readdirSync(join(machine.root, '.episodes', 'trash')).some((name) => name.endsWith('.md'))).toBe(true);
    expect(app.notices.filter((n) => n.kind === 'conflict')).toEqual([{ kind: 'conflict', title: 'Episode 12: Feature stores', path: ORIGINAL, copyPath: copy }]);
    expect(app.notices.filter((n) => n.kind === 'imported')).toEqual([]);
  });

  it('tidies away a conflict file that holds what the episode already says, without a notice', async () => {
    const { machine, app, episode } = await withEpisode();
    put(machine.root, '2026/2026-W48-episode-12-feature-stores.sync-conflict-20261201-101530-ABCDEF7.md', readIn(machine.root, ORIGINAL));
    await app.sync.requestReconcile();
    await app.sync.idle();
    expect(filesIn(machine.root)).toEqual([ORIGINAL]);
    expect((await app.db.snapshots.where('episodeId').equals(episode.id).toArray()).filter((row) => row.reason === 'conflict')).toEqual([]);
    expect(app.notices).toEqual([]);
  });

  it('takes a file whose name only looks like an iCloud copy, when there is no original, as an episode of its own', async () => {
    const { machine, app } = await withEpisode();
    put(machine.root, 'notes/Lesson 3.md', episodeText('Lesson 3', 'Mine.\n'));
    await app.sync.requestReconcile();
    await app.sync.idle();
    expect((await app.repo.list()).map((e) => e.title).sort()).toEqual(['Episode 12: Feature stores', 'Lesson 3']);
  });

  it('git: a file left with merge markers keeps the app’s text, the other side in the history and a conflict copy', async () => {
    const { machine, app, episode } = await withEpisode();
    const mine = readIn(machine.root, ORIGINAL);
    const marked = mine.replace('Written on the laptop.\n', '<<<<<<< HEAD\nWritten on the laptop.\n=======\nWritten on the desktop, pulled with git.\n>>>>>>> origin/main\n');
    put(machine.root, ORIGINAL, marked);
    await app.sync.requestReconcile();
    await app.sync.idle();
    expect((await app.repo.get(episode.id))?.body).toBe('Written on the laptop.\n');
    expect(readIn(machine.root, ORIGINAL)).toBe(mine);
    const kept = await app.db.snapshots.where('episodeId').equals(episode.id).toArray();
    expect(kept.filter((row) => row.reason === 'conflict').map((row) => row.body)).toEqual(['Written on the desktop, pulled with git.\n']);
    const copy = filesIn(machine.root).find((path) => path !== ORIGINAL)!;
    expect(readIn(machine.root, copy)).not.toContain('<<<<<<<');
    expect(readIn(machine.root, copy)).toContain('Written on the desktop, pulled with git.');
    expect(app.notices).toEqual([{ kind: 'conflict', title: 'Episode 12: Feature stores', path: ORIGINAL, copyPath: copy }]);
  });

  it('git: a new file with merge markers becomes one episode of this side, the other side kept beside it', async () => {
    const { machine, app } = await withEpisode();
    put(machine.root, '2026/2026-W49-merged.md', episodeText('Episode 13: Merged', '<<<<<<< HEAD\nLaptop words.\n=======\nDesktop words.\n>>>>>>> theirs\n', '2026-W49'));
    await app.sync.requestReconcile();
    await app.sync.idle();
    const merged = (await app.repo.list()).filter((e) => e.title === 'Episode 13: Merged');
    expect(merged).toHaveLength(1);
    expect((await app.repo.get(merged[0]!.id))?.body).toBe('Laptop words.\n');
    expect(readIn(machine.root, '2026/2026-W49-merged.md')).not.toContain('<<<<<<<');
    const kept = await app.db.snapshots.where('episodeId').equals(merged[0]!.id).toArray();
    expect(kept.filter((row) => row.reason === 'conflict').map((row) => row.body)).toEqual(['Desktop words.\n']);
  });
});
