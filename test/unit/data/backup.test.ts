import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, parseBackup, previewRestore, restoreBackup, serializeBackup, type BackupFile } from '../../../src/data/backup';
import { EpisodesDatabase, LATEST_SCHEMA_VERSION } from '../../../src/data/db';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { parseEpisode } from '../../../src/domain/episode';

let n = 0;
const freshDb = () => new EpisodesDatabase(`backup-test-${n++}`);
const draft = (title: string, week: string, body: string) => parseEpisode(`---\ntitle: "${title}"\nweek: ${week}\nstatus: draft\ntags: []\n---\n${body}`);

async function journalWithTwoEpisodes() {
  const db = freshDb();
  const repo = new EpisodesRepo(db);
  await repo.create(draft('Episode 1: Start', '2026-W01', '## Course Progress\nModule 1 done.\n'));
  await repo.create(draft('Episode 2: Next', '2026-W02', '## Project Log\nBuilt the pipeline.\n'));
  await db.settings.put({ key: 'defaultAlpha', value: 0.05 });
  await db.studySessions.put({ id: 's1', certificationId: 'c1', moduleId: 'm1', date: '2026-01-05', minutes: 45 });
  return { db, repo };
}

describe('backups', () => {
  it('round-trips every table through a file', async () => {
    const { db } = await journalWithTwoEpisodes();
    const file = parseBackup(serializeBackup(await exportBackup(db, '0.1.0', new Date('2026-11-26T10:00:00Z'))));
    expect(file.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(file.tables.episodes).toHaveLength(2);
    expect(file.tables.episodeBodies).toHaveLength(2);
    const target = freshDb();
    await restoreBackup(file, 'merge', target);
    const restored = new EpisodesRepo(target);
    expect((await restored.listFull()).map((e) => e.body)).toEqual(['## Course Progress\nModule 1 done.\n', '## Project Log\nBuilt the pipeline.\n']);
    expect(await target.settings.get('defaultAlpha')).toEqual({ key: 'defaultAlpha', value: 0.05 });
    expect(await target.studySessions.get('s1')).toMatchObject({ minutes: 45 });
  });

  it('leaves derived totals out of the file and rebuilds them after a restore', async () => {
    const { db } = await journalWithTwoEpisodes();
    await db.aggregates.put({ id: 'study:c1', count: 99, cells: { dates: [], modules: [], minutes: [] } });
    const file = await exportBackup(db);
    expect(file.tables).not.toHaveProperty('aggregates');
    expect((await previewRestore(file, db)).tables.map((p) => p.table)).not.toContain('aggregates');
    for (const mode of ['merge', 'replace'] as const) {
      const target = freshDb();
      await target.aggregates.put({ id: 'study:stale', count: 1, cells: { dates: [], modules: [], minutes: [] } });
      await restoreBackup(file, mode, target, { safetyBackup: async () => undefined });
      expect(await target.aggregates.get('study:c1')).toEqual({ id: 'study:c1', count: 1, cells: { dates: ['2026-01-05'], modules: ['m1'], minutes: [45] } });
      expect(await target.aggregates.get('practice')).toMatchObject({ count: 0 });
      expect(await target.aggregates.get('study:stale')).toBeUndefined();
    }
  });

  it('previews what a restore would add, change and keep', async () => {
    const { db, repo } = await journalWithTwoEpisodes();
    const file = await exportBackup(db);
    const [first] = await repo.list();
    await repo.save(first!.id, { ...draft('Episode 2: Next', '2026-W02', 'Edited after the backup.\n') });
    await repo.create(draft('Episode 3: New', '2026-W03', 'Only here.\n'));
    await db.settings.delete('defaultAlpha');
    const preview = Object.fromEntries((await previewRestore(file, db)).tables.map((p) => [p.table, p]));
    expect(preview.episodes).toEqual({ table: 'episodes', inBackup: 2, added: 0, changed: 1, onlyHere: 1, rejected: 0 });
    expect(preview.settings).toEqual({ table: 'settings', inBackup: 1, added: 1, changed: 0, onlyHere: 0, rejected: 0 });
  });

  it('merges without deleting, and replaces only what the backup does not hold', async () => {
    const { db, repo } = await journalWithTwoEpisodes();
    const file = await exportBackup(db);
    const extra = await repo.create(draft('Episode 3: New', '2026-W03', 'Only here.\n'));
    await restoreBackup(file, 'merge', db);
    expect((await repo.list()).map((e) => e.id)).toContain(extra.id);
    await restoreBackup(file, 'replace', db, { safetyBackup: async () => undefined });
    expect((await repo.list()).map((e) => e.id)).not.toContain(extra.id);
    expect(await repo.list()).toHaveLength(2);
  });

  it('upgrades a backup made at schema version 1 with the database upgrades', async () => {
    const v1File: BackupFile = {
      format: 'episodes-backup',
      schemaVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      appVersion: '0.0.1',
      tables: {
        episodes: [{ id: 'old', title: 'Episode 1: Old', weekOf: '2026-01-05', number: 1, tags: [], updatedAt: 1, status: 'draft', body: 'Old body.\n', sections: [], frontmatter: {} }],
      },
    };
    const target = freshDb();
    await restoreBackup(v1File, 'merge', target);
    expect(await target.episodes.get('old')).toMatchObject({ title: 'Episode 1: Old', deletedAt: 0, sectionKinds: [] });
    expect(await target.episodeBodies.get('old')).toMatchObject({ body: 'Old body.\n' });
  });

  it.each([
    ['not json', 'The file is not an Episodes backup: it is not valid JSON.'],
    ['{"format":"something-else"}', 'is not an Episodes backup (format'],
    [JSON.stringify({ format: 'episodes-backup', schemaVersion: 99, exportedAt: 'x', tables: {} }), 'made by a newer version of Episodes'],
  ])('refuses %s with a clear message', (text, message) => {
    expect(() => parseBackup(text)).toThrow(BackupError);
    expect(() => parseBackup(text)).toThrow(message);
  });

});

describe('a restore that cannot hurt', () => {
  // The case measured before: a backup whose episode has a number for a title, text for tags and a number for its text.
  const garbage = (): BackupFile => ({
    format: 'episodes-backup',
    schemaVersion: LATEST_SCHEMA_VERSION,
    exportedAt: '2026-12-01T00:00:00.000Z',
    appVersion: '0.1.0',
    tables: {
      episodes: [
        { id: 'bad', title: 42, tags: 'notalist', listTags: [], sectionKinds: [], headings: [], excerpt: '', wordCount: 0, createdAt: 1, updatedAt: 1, deletedAt: 0, status: 'draft' },
        { id: 'good', title: 'Episode 5: Fine', tags: [], listTags: [], sectionKinds: [], headings: [], excerpt: '', wordCount: 1, createdAt: 1, updatedAt: 1, deletedAt: 0, status: 'draft', weekOf: '2026-11-30' },
      ],
      episodeBodies: [
        { id: 'bad', body: 123, frontmatter: {}, sections: [] },
        { id: 'good', body: 'Fine.\n', frontmatter: {}, sections: [] },
      ],
      studySessions: [{ certificationId: 'c1', minutes: 'lots' }, 42 as unknown as Record<string, unknown>],
      madeUpTable: [{ id: 'x' }],
    },
  });

  it('lists the rows it cannot store, with why, and stores none of them', async () => {
    const db = freshDb();
    const preview = await previewRestore(garbage(), db);
    expect(preview.rejected).toEqual(
      expect.arrayContaining([
        { table: 'episodes', id: 'bad', reason: expect.stringMatching(/title: the title must be text.*tags: the tags must be a list of text/) },
        { table: 'episodeBodies', id: 'bad', reason: expect.stringMatching(/body: the text must be text/) },
        { table: 'studySessions', id: '(no id)', reason: expect.any(String) },
        { table: 'madeUpTable', id: '(all rows)', reason: 'not a table this version of Episodes keeps' },
      ]),
    );
    expect(preview.tables.find((t) => t.table === 'episodes')).toMatchObject({ inBackup: 2, added: 1, rejected: 1 });
    const { rejected } = await restoreBackup(garbage(), 'merge', db);
    expect(rejected.length).toBe(preview.rejected.length);
    expect(await db.episodes.toArray()).toEqual([expect.objectContaining({ id: 'good' })]);
    expect(await db.episodeBodies.get('bad')).toBeUndefined();
    // And the screens read what is there without tripping over anything.
    const repo = new EpisodesRepo(db);
    expect((await repo.list()).map((e) => e.title)).toEqual(['Episode 5: Fine']);
  });

  it('refuses a replace that would empty a journal unless that is confirmed, and always writes the safety backup first', async () => {
    const { db, repo } = await journalWithTwoEpisodes();
    const empty: BackupFile = { format: 'episodes-backup', schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: '2026-12-01T00:00:00.000Z', appVersion: 'x', tables: {} };
    let safety = 0;
    const safetyBackup = async () => void safety++;
    await expect(restoreBackup(empty, 'replace', db, { safetyBackup })).rejects.toThrow(/would empty a journal of 2 episodes/);
    expect(safety).toBe(0);
    expect(await repo.list()).toHaveLength(2);
    await expect(restoreBackup(await exportBackup(db), 'replace', db)).rejects.toThrow(/first writes a backup/);
    await expect(restoreBackup(empty, 'replace', db, { confirmEmptying: true, safetyBackup: async () => Promise.reject(new Error('disk full')) })).rejects.toThrow('disk full');
    expect(await repo.list()).toHaveLength(2);
    await restoreBackup(empty, 'replace', db, { confirmEmptying: true, safetyBackup });
    expect(safety).toBe(1);
    expect(await repo.list()).toHaveLength(0);
  });
});
