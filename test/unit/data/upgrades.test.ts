// A database of every schema version, holding episodes as that version wrote them, opened by today's
// app: every episode reads through the repository, saves back, and serializes as the folder writes
// it. The same chain for a backup of every version.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup, type BackupFile } from '../../../src/data/backup';
import { EpisodesDatabase, LATEST_SCHEMA_VERSION, schemaHistory } from '../../../src/data/db';
import { toDraft, toRecords } from '../../../src/data/episode-record';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { episodeFileName, parseEpisode, serializeEpisode } from '../../../src/domain/episode';

let counter = 0;
const freshName = () => `upgrade-${counter++}`;

const body = '## Course Progress\nFinished module 1 of #vertex-ai.\n\n## Project Log\nChurn features.\n';
// What each version's app wrote: one fat row (v1, v2 with deletedAt), then a small row and a body row (v3+).
const fat = (v: number) => ({
  id: `e${v}`,
  title: `Episode ${v}: Written by version ${v}`,
  weekOf: '2026-01-05',
  number: v,
  tags: ['mlops'],
  updatedAt: 100 + v,
  status: 'draft',
  body,
  sections: [{ heading: 'Course Progress', kind: 'course', markdown: 'Finished module 1 of #vertex-ai.\n' }, null],
  frontmatter: { mood: 'good' },
  ...(v >= 2 ? { deletedAt: 0 } : {}),
});

async function seed(name: string, version: number) {
  const db = new EpisodesDatabase(name, { upTo: version });
  if (version <= 2) await db.table('episodes').bulkAdd([fat(version), { ...fat(version), id: `e${version}-second`, title: 'Second', number: 99, sections: 'not a list' }]);
  else {
    // Versions 3 and later wrote a small row and a body row, as toRecords does today.
    const draft = parseEpisode(`---\ntitle: "Episode ${version}: Written by version ${version}"\nweek: 2026-W02\ntags: [mlops]\n---\n${body}`);
    const { meta, body: text } = toRecords(`e${version}`, draft, { createdAt: 100 + version, updatedAt: 100 + version });
    await db.table('episodes').put(meta);
    await db.table('episodeBodies').put(text);
  }
  db.close();
}

describe('upgrades from every schema version', () => {
  it.each(schemaHistory.map((s) => s.version))('a database of version %i opens, reads, saves and serializes through today’s app', async (version) => {
    const name = freshName();
    await seed(name, version);
    const db = new EpisodesDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const repo = new EpisodesRepo(db, () => 10_000);
    const metas = await repo.list();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) {
      expect(meta.damaged).toBeUndefined();
      // The fields versions 1 and 2 never wrote are there, computed from the text.
      expect(meta.listTags).toEqual(['mlops']);
      expect(meta.wordCount).toBeGreaterThan(5);
      expect(meta.excerpt).toContain('Finished module 1');
      expect(meta.headings.map((h) => h.heading)).toEqual(['Course Progress', 'Project Log']);
      expect(typeof meta.createdAt).toBe('number');
      const episode = (await repo.get(meta.id))!;
      expect(episode.body).toBe(body);
      const text = serializeEpisode(toDraft(episode));
      expect(parseEpisode(text).body).toBe(body);
      expect(episodeFileName(toDraft(episode))).toMatch(/^2026\/2026-W02-/);
    }
    const saved = await repo.save(metas[0]!.id, { ...toDraft((await repo.get(metas[0]!.id))!), title: 'Saved by today’s app' });
    expect((await repo.get(saved.id))?.title).toBe('Saved by today’s app');
    db.close();
  });

  it.each(schemaHistory.map((s) => s.version))('a backup made at version %i restores through today’s checks', async (version) => {
    const name = freshName();
    await seed(name, version);
    const old = new EpisodesDatabase(name, { upTo: version });
    await old.open();
    const tables: BackupFile['tables'] = {};
    for (const table of old.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    old.close();
    const file: BackupFile = { format: 'episodes-backup', schemaVersion: version, exportedAt: '2026-01-10T00:00:00.000Z', appVersion: `v${version}`, tables };
    const target = new EpisodesDatabase(freshName());
    const { rejected } = await restoreBackup(file, 'merge', target);
    expect(rejected).toEqual([]);
    const repo = new EpisodesRepo(target);
    const list = await repo.list();
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => !e.damaged && e.listTags.includes('mlops'))).toBe(true);
    expect((await exportBackup(target)).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  });
});
