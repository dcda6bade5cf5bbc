import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../../src/data/db';
import { EpisodesRepo } from '../../../../src/data/episodes-repo';
import { parseEpisode } from '../../../../src/domain/episode';
import { dexieFileLinks } from '../../../../src/features/journal-folder/file-links';
import { JournalFolderSync, type SyncNotice } from '../../../../src/features/journal-folder/journal-folder-sync';
import type { JournalFolderHost } from '../../../../src/host/host';
import type { JournalScanResult } from '../../../../src/shared/bridge';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A journal folder in memory that behaves like the main process's: scans report what changed since the last scan or write. */
function memoryFolder() {
  const files = new Map<string, string>();
  const seen = new Map<string, string>();
  const trashed: string[] = [];
  let listener: (() => void) | undefined;
  const state = (path: string) => ({ path, size: files.get(path)!.length, mtimeMs: 0, sha256: sha(files.get(path)!) });
  const folder: JournalFolderHost = {
    info: async () => ({ path: '/journal', isDefault: true }),
    choose: async () => ({ changed: false }),
    read: async (path) => ({ ...state(path), text: files.get(path)! }),
    async write(path, text, expected) {
      const current = files.get(path);
      if (expected !== undefined && (current === undefined ? null : sha(current)) !== expected) {
        return { written: false, current: current === undefined ? null : { ...state(path), text: current } };
      }
      files.set(path, text);
      seen.set(path, sha(text));
      return { written: true, ...state(path) };
    },
    async move(from, to) {
      files.set(to, files.get(from)!);
      files.delete(from);
      seen.delete(from);
      seen.set(to, sha(files.get(to)!));
      return state(to);
    },
    async trash(path) {
      trashed.push(path);
      files.delete(path);
      seen.delete(path);
      return { trashedAs: `.episodes/trash/${path}` };
    },
    async writeConflictCopy(path, text) {
      const copy = path.replace(/\.md$/, ' (conflict).md');
      files.set(copy, text);
      seen.set(copy, sha(text));
      return state(copy);
    },
    async scan() {
      const result: JournalScanResult = { unchanged: 0, changed: [], added: [], deleted: [], renamed: [], skipped: [] };
      for (const [path, text] of files) {
        const previous = seen.get(path);
        if (previous === undefined) result.added.push({ ...state(path), text, conflictCopy: path.includes('(conflict)') });
        else if (previous !== sha(text)) result.changed.push({ ...state(path), text, previousSha256: previous, conflictCopy: false });
        else result.unchanged++;
      }
      for (const [path, previous] of seen) if (!files.has(path)) result.deleted.push({ path, previousSha256: previous });
      seen.clear();
      for (const [path, text] of files) seen.set(path, sha(text));
      return result;
    },
    writeBackup: async () => ({ name: 'x', removed: [] }),
    listBackups: async () => [],
    readBackup: async () => ({ name: 'x', json: '{}' }),
    onChanged(l) {
      listener = l as () => void;
      return () => (listener = undefined);
    },
  };
  return { folder, files, trashed, touch: () => listener?.() };
}

let n = 0;
async function setup() {
  let clock = 1_000;
  const db = new EpisodesDatabase(`sync-test-${n++}`);
  const repo = new EpisodesRepo(db, () => (clock += 1000));
  const disk = memoryFolder();
  const notices: SyncNotice[] = [];
  const sync = new JournalFolderSync(repo, disk.folder, dexieFileLinks(db), (x) => notices.push(x));
  await sync.start();
  return { db, repo, disk, sync, notices };
}

const episodeText = (title: string, body: string) => `---\ntitle: "${title}"\nweek: 2026-W48\nstatus: draft\ntags: []\n---\n${body}`;

describe('journal folder sync', () => {
  it('writes each saved episode to yyyy/yyyy-Www-slug.md, and renames the file when the title changes', async () => {
    const { repo, disk, sync } = await setup();
    const episode = await repo.create(parseEpisode(episodeText('Episode 12: Feature stores', 'Hello.\n')));
    await sync.idle();
    expect([...disk.files.keys()]).toEqual(['2026/2026-W48-episode-12-feature-stores.md']);
    // The canonical form of the spec: title, episode, week, status, tags, then the body untouched.
    expect(disk.files.get('2026/2026-W48-episode-12-feature-stores.md')).toBe(
      '---\ntitle: "Episode 12: Feature stores"\nepisode: 12\nweek: 2026-W48\nstatus: draft\ntags: []\n---\nHello.\n',
    );
    await repo.save(episode.id, { ...parseEpisode(episodeText('Episode 12: Vertex pipelines', 'Hello again.\n')) });
    await sync.idle();
    expect([...disk.files.keys()]).toEqual(['2026/2026-W48-episode-12-vertex-pipelines.md']);
    expect(disk.files.get('2026/2026-W48-episode-12-vertex-pipelines.md')).toContain('Hello again.');
  });

  it('picks up an outside edit, a new file and a deleted file', async () => {
    const { repo, disk, sync, notices } = await setup();
    const a = await repo.create(parseEpisode(episodeText('Episode 1: A', 'Original.\n')));
    const b = await repo.create(parseEpisode(episodeText('Episode 2: B', 'Second.\n')));
    await sync.idle();
    const pathA = '2026/2026-W48-episode-1-a.md';
    disk.files.set(pathA, episodeText('Episode 1: A', 'Edited in another editor.\n'));
    disk.files.set('2026/2026-W48-from-phone.md', episodeText('Episode 3: Written on my phone', 'Synced in.\n'));
    disk.files.delete('2026/2026-W48-episode-2-b.md');
    disk.touch();
    await sync.idle();
    expect((await repo.get(a.id))?.body).toBe('Edited in another editor.\n');
    const titles = (await repo.list()).map((e) => e.title);
    expect(titles).toContain('Episode 3: Written on my phone');
    expect(titles).not.toContain('Episode 2: B');
    expect((await repo.listTrash()).map((e) => e.id)).toEqual([b.id]);
    expect(notices).toContainEqual({ kind: 'imported', added: 1, updated: 1, trashed: 1 });
    // Nothing was written back over the outside edit.
    expect(disk.files.get(pathA)).toBe(episodeText('Episode 1: A', 'Edited in another editor.\n'));
  });

  it('keeps both versions when the file and the app changed since the last sync', async () => {
    const { repo, disk, sync, notices, db } = await setup();
    const a = await repo.create(parseEpisode(episodeText('Episode 1: A', 'Original.\n')));
    await sync.idle();
    const path = '2026/2026-W48-episode-1-a.md';
    disk.files.set(path, episodeText('Episode 1: A', 'Changed on disk.\n'));
    // The app changes too, before it has seen the disk change: its write finds the file different.
    await repo.save(a.id, parseEpisode(episodeText('Episode 1: A', 'Changed in the app.\n')));
    await sync.idle();
    expect(disk.files.get(path)).toContain('Changed in the app.');
    expect(disk.files.get('2026/2026-W48-episode-1-a (conflict).md')).toContain('Changed on disk.');
    expect(notices.find((x) => x.kind === 'conflict')).toMatchObject({ title: 'Episode 1: A', path });
    expect(await db.fileLinks.get(a.id)).toMatchObject({ path });
  });

  it('moves the file of an episode sent to the Trash into the folder trash, never deleting it', async () => {
    const { repo, disk, sync } = await setup();
    const a = await repo.create(parseEpisode(episodeText('Episode 1: A', 'x\n')));
    await sync.idle();
    await repo.trash(a.id);
    await sync.idle();
    expect(disk.trashed).toEqual(['2026/2026-W48-episode-1-a.md']);
  });
});
