// The sync against the real main-process journal folder over a temp folder (no in-memory fake).
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../../src/domain/episode';
import { episodeText, filesIn, newMachine, readIn, startApp } from './sync-harness';

const put = (root: string, path: string, text: string) => {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  // Another editor's write lands a moment later than anything the app wrote.
  utimesSync(full, new Date(), new Date(Date.now() + 2000));
};

describe('journal folder sync', () => {
  it('writes each saved episode to yyyy/yyyy-Www-slug.md, and renames the file when the title changes', async () => {
    const machine = newMachine();
    const { repo, sync } = await startApp(machine);
    const episode = await repo.create(parseEpisode(episodeText('Episode 12: Feature stores', 'Hello.\n')));
    await sync.idle();
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-12-feature-stores.md']);
    // The canonical form of the spec: title, episode, week, status, tags, then the body untouched.
    expect(readIn(machine.root, '2026/2026-W48-episode-12-feature-stores.md')).toBe(
      '---\ntitle: "Episode 12: Feature stores"\nepisode: 12\nweek: 2026-W48\nstatus: draft\ntags: []\n---\nHello.\n',
    );
    await repo.save(episode.id, parseEpisode(episodeText('Episode 12: Vertex pipelines', 'Hello again.\n')));
    await sync.idle();
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-12-vertex-pipelines.md']);
    expect(readIn(machine.root, '2026/2026-W48-episode-12-vertex-pipelines.md')).toContain('Hello again.');
  });

  it('picks up an outside edit, a new file and a deleted file', async () => {
    const machine = newMachine();
    const { repo, sync, notices } = await startApp(machine);
    const a = await repo.create(parseEpisode(episodeText('Episode 1: A', 'Original.\n')));
    const b = await repo.create(parseEpisode(episodeText('Episode 2: B', 'Second.\n')));
    await sync.idle();
    const pathA = '2026/2026-W48-episode-1-a.md';
    put(machine.root, pathA, episodeText('Episode 1: A', 'Edited in another editor.\n'));
    put(machine.root, '2026/2026-W48-from-phone.md', episodeText('Episode 3: Written on my phone', 'Synced in.\n'));
    rmSync(join(machine.root, '2026', '2026-W48-episode-2-b.md'));
    await sync.requestReconcile();
    await sync.idle();
    expect((await repo.get(a.id))?.body).toBe('Edited in another editor.\n');
    const titles = (await repo.list()).map((e) => e.title);
    expect(titles).toContain('Episode 3: Written on my phone');
    expect(titles).not.toContain('Episode 2: B');
    expect((await repo.listTrash()).map((e) => e.id)).toEqual([b.id]);
    expect(notices).toContainEqual({ kind: 'imported', added: 1, updated: 1, trashed: 1 });
    // Nothing was written back over the outside edit, and the new file keeps its name.
    expect(readIn(machine.root, pathA)).toBe(episodeText('Episode 1: A', 'Edited in another editor.\n'));
    expect(filesIn(machine.root)).toEqual([pathA, '2026/2026-W48-from-phone.md']);
  });

  it('keeps both versions when the file and the app changed since the last sync', async () => {
    const machine = newMachine();
    const { repo, sync, notices, links } = await startApp(machine);
    const a = await repo.create(parseEpisode(episodeText('Episode 1: A', 'Original.\n')));
    await sync.idle();
    const path = '2026/2026-W48-episode-1-a.md';
    put(machine.root, path, episodeText('Episode 1: A', 'Changed on disk.\n'));
    // The app changes too, before it has seen the disk change: its write finds the file different.
    await repo.save(a.id, parseEpisode(episodeText('Episode 1: A', 'Changed in the app.\n')));
    await sync.idle();
    expect(readIn(machine.root, path)).toContain('Changed in the app.');
    const copies = filesIn(machine.root).filter((f) => f.includes('(conflict '));
    expect(copies).toHaveLength(1);
    expect(readIn(machine.root, copies[0]!)).toContain('Changed on disk.');
    expect(notices.filter((x) => x.kind === 'conflict')).toEqual([expect.objectContaining({ title: 'Episode 1: A', path, copyPath: copies[0] })]);
    expect(await links.byEpisode(a.id)).toMatchObject({ path });
    // The copy is for the person to read: the next rescan does not make an episode of it.
    await sync.requestReconcile();
    expect((await repo.list()).map((e) => e.title)).toEqual(['Episode 1: A']);
  });

  it('moves the file of an episode sent to the Trash into the folder trash, never deleting it', async () => {
    const machine = newMachine();
    const { repo, sync } = await startApp(machine);
    const a = await repo.create(parseEpisode(episodeText('Episode 1: A', 'x\n')));
    await sync.idle();
    await repo.trash(a.id);
    await sync.idle();
    expect(filesIn(machine.root)).toEqual([]);
    expect(readdirSync(join(machine.root, '.episodes', 'trash'))).toEqual([expect.stringMatching(/-2026-W48-episode-1-a\.md$/)]);
  });
});

describe('one outside file is one episode', () => {
  it('imports a dropped file once when the watcher, the focus and the window all ask for a rescan at once', async () => {
    const machine = newMachine();
    const app = await startApp(machine);
    put(machine.root, '2026/2026-W49-dropped.md', episodeText('Episode 7: Dropped in', 'From Finder.\n', '2026-W49'));
    // What main sends on a watcher event and on focus, and what the window's own focus handler asks.
    app.main.emit({ reason: 'watch', paths: ['2026/2026-W49-dropped.md'] });
    app.main.emit({ reason: 'focus', paths: [] });
    await Promise.all([app.sync.requestReconcile(), app.sync.requestReconcile()]);
    await app.sync.idle();
    expect((await app.repo.list()).map((e) => e.title)).toEqual(['Episode 7: Dropped in']);
    // And a later rescan with nothing new changes nothing.
    await app.sync.requestReconcile();
    expect(await app.repo.list()).toHaveLength(1);
  });

  it('imports it once on focus where the watcher never fires (network and cloud folders)', async () => {
    const machine = newMachine();
    const app = await startApp(machine);
    put(machine.root, 'dropped.md', episodeText('Episode 8: Over SMB', 'x\n'));
    for (let i = 0; i < 5; i++) app.main.emit({ reason: 'focus', paths: [] });
    await app.sync.idle();
    await app.sync.requestReconcile();
    expect((await app.repo.list()).map((e) => e.title)).toEqual(['Episode 8: Over SMB']);
  });
});

describe('a rename never overwrites another episode’s file', () => {
  it('gives the renamed episode the next free name, keeps both files intact, and says nothing of a conflict', async () => {
    const machine = newMachine();
    const { repo, sync, notices } = await startApp(machine);
    const alpha = await repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'Alpha’s own words.\n')));
    const beta = await repo.create(parseEpisode(episodeText('Episode 2: Beta', 'Beta’s own words.\n')));
    await sync.idle();
    // Beta is retitled so that its file name equals Alpha's.
    await repo.save(beta.id, parseEpisode(episodeText('Episode 1: Alpha', 'Beta’s own words, retitled.\n')));
    await sync.idle();
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-1-alpha-2.md', '2026/2026-W48-episode-1-alpha.md']);
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toContain('Alpha’s own words.');
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha-2.md')).toContain('Beta’s own words, retitled.');
    expect(notices.filter((n) => n.kind !== 'imported')).toEqual([]);
    // Both episodes stay as they were written, and later edits go to their own files.
    await repo.save(alpha.id, parseEpisode(episodeText('Episode 1: Alpha', 'Alpha again.\n')));
    await sync.idle();
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha.md')).toContain('Alpha again.');
    expect(readIn(machine.root, '2026/2026-W48-episode-1-alpha-2.md')).toContain('Beta’s own words, retitled.');
  });

  it('does not write over a file the app does not know that already has the wanted name', async () => {
    const machine = newMachine();
    const { repo, sync, notices } = await startApp(machine);
    const stranger = episodeText('Episode 9: Same title', 'Written in another editor, not seen yet.\n');
    put(machine.root, '2026/2026-W48-episode-9-same-title.md', stranger);
    // Before any rescan has seen that file, an episode with the same title is saved in the app.
    const mine = await repo.create(parseEpisode(episodeText('Episode 9: Same title', 'Mine.\n')));
    await sync.idle();
    expect(readIn(machine.root, '2026/2026-W48-episode-9-same-title.md')).toBe(stranger);
    expect(readIn(machine.root, '2026/2026-W48-episode-9-same-title-2.md')).toContain('Mine.');
    await sync.requestReconcile();
    // The other file becomes an episode of its own; nothing was a conflict.
    expect((await repo.list()).map((e) => e.id === mine.id || e.title)).toEqual(expect.arrayContaining([true, 'Episode 9: Same title']));
    expect(notices.filter((n) => n.kind === 'conflict')).toEqual([]);
  });
});

describe('a restore and the folder', () => {
  it('writes the folder out again from what was restored: files of episodes gone go to the folder trash, no conflict, no duplicate', async () => {
    const { exportBackup, restoreBackup } = await import('../../../../src/data/backup');
    const machine = newMachine();
    const app = await startApp(machine);
    const kept = await app.repo.create(parseEpisode(episodeText('Episode 1: Kept', 'As backed up.\n')));
    await app.sync.idle();
    const backup = await exportBackup(app.db);
    expect(Object.keys(backup.tables)).not.toContain('fileLinks');
    await app.repo.save(kept.id, parseEpisode(episodeText('Episode 1: Kept', 'Changed after the backup.\n')));
    await app.repo.create(parseEpisode(episodeText('Episode 2: Newer', 'Not in the backup.\n')));
    await app.sync.idle();
    await restoreBackup(backup, 'replace', app.db, { safetyBackup: async () => undefined });
    await app.sync.catchUpNow();
    expect(filesIn(machine.root)).toEqual(['2026/2026-W48-episode-1-kept.md']);
    expect(readIn(machine.root, '2026/2026-W48-episode-1-kept.md')).toContain('As backed up.');
    expect(app.notices.filter((n) => n.kind === 'conflict')).toEqual([]);
    await app.sync.requestReconcile();
    expect((await app.repo.list()).map((e) => e.title)).toEqual(['Episode 1: Kept']);
    expect(readdirSync(join(machine.root, '.episodes', 'trash'))).toEqual([expect.stringMatching(/episode-2-newer\.md$/)]);
  });
});

describe('choosing another folder', () => {
  it('mirrors the journal into an empty folder, and links the files a copy of the journal already holds', async () => {
    const machine = newMachine();
    const app = await startApp(machine);
    await app.repo.create(parseEpisode(episodeText('Episode 1: Alpha', 'Alpha.\n')));
    await app.repo.create(parseEpisode(episodeText('Episode 2: Beta', 'Beta.\n')));
    await app.sync.idle();
    // A copy of the journal folder (say, from a backup drive) becomes the journal folder.
    const { cpSync } = await import('node:fs');
    const copy = `${machine.root}-copy`;
    cpSync(machine.root, copy, { recursive: true });
    rmSync(join(copy, '.episodes'), { recursive: true });
    await app.main.controller.switchTo(copy);
    await app.sync.idle();
    expect(filesIn(copy)).toEqual(['2026/2026-W48-episode-1-alpha.md', '2026/2026-W48-episode-2-beta.md']);
    expect(await app.repo.list()).toHaveLength(2);
    expect(app.notices.filter((n) => n.kind !== 'imported')).toEqual([]);
    // An empty folder gets every episode written into it.
    const empty = `${machine.root}-empty`;
    mkdirSync(empty);
    await app.main.controller.switchTo(empty);
    await app.sync.idle();
    expect(filesIn(empty)).toEqual(['2026/2026-W48-episode-1-alpha.md', '2026/2026-W48-episode-2-beta.md']);
    expect(await app.repo.list()).toHaveLength(2);
  });
});
