// Rows read from IndexedDB pass one door: the app's own rows as they are, old ones filled in,
// damaged ones shown marked with what of them can be read, never thrown.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { toRecords } from '../../../src/data/episode-record';
import { checkMeta, restoreMeta } from '../../../src/data/episode-rows';
import { repairEpisode } from '../../../src/data/episode-maintenance';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { readSearchDocs } from '../../../src/data/search-worker-core';
import { parseEpisode } from '../../../src/domain/episode';
import { filterEpisodes, tagCounts } from '../../../src/features/journal/journal-data';

let n = 0;
async function withDamagedRow() {
  const db = new EpisodesDatabase(`rows-${n++}`);
  const repo = new EpisodesRepo(db, () => 5_000);
  await repo.create(parseEpisode('---\ntitle: "Episode 1: Fine"\nweek: 2026-W48\n---\nFine words.\n'));
  // Written behind the repository's back: the shape measured to crash the journal, search and folder sync.
  await db.episodes.put({ id: 'bad', title: 42, tags: 'notalist', updatedAt: 1, deletedAt: 0, weekOf: '2026-11-23', status: 'draft' } as never);
  await db.episodeBodies.put({ id: 'bad', body: 123, frontmatter: {}, sections: [] } as never);
  return { db, repo };
}

describe('episode rows', () => {
  it('shows a damaged row marked, with what can be read, where screens used to throw', async () => {
    const { db, repo } = await withDamagedRow();
    const list = await repo.list();
    const bad = list.find((e) => e.id === 'bad')!;
    expect(bad).toMatchObject({ title: '42', tags: [], damaged: expect.stringMatching(/title: the title must be text.*tags: the tags must be a list of text/) });
    // The journal's filters (tags.some) and the search index read it without throwing.
    expect(filterEpisodes(list, { tags: ['mlops'], status: 'all', kind: 'all' })).toEqual([]);
    expect(tagCounts(list)).toEqual([]);
    expect((await readSearchDocs(db)).find((d) => d.id === 'bad')).toMatchObject({ body: '123' });
    expect(await repo.get('bad')).toMatchObject({ body: '123', damaged: expect.any(String) });
  });

  it('repairs a damaged row from what of it can be read, in the form the app writes', async () => {
    const { repo, db } = await withDamagedRow();
    const repaired = await repairEpisode(repo, 'bad', db);
    expect(repaired).toMatchObject({ title: '42', tags: ['notalist'], body: '123', weekOf: '2026-11-23' });
    expect(repaired.damaged).toBeUndefined();
    expect((await repo.get('bad'))?.damaged).toBeUndefined();
  });

  it('fills what a row from an old version lacks (v1/v2 rows had no listTags, headings, excerpt, wordCount or createdAt)', () => {
    const old = { id: 'old', title: 'Episode 1: Old', weekOf: '2026-01-05', number: 1, tags: ['mlops'], updatedAt: 7, status: 'draft', deletedAt: 0, sectionKinds: [] };
    expect(restoreMeta(old)).toEqual({
      id: 'old', title: 'Episode 1: Old', weekOf: '2026-01-05', number: 1, status: 'draft', tags: ['mlops'], listTags: ['mlops'],
      sectionKinds: [], headings: [], excerpt: '', wordCount: 0, createdAt: 7, updatedAt: 7, deletedAt: 0,
    });
  });

  it('passes the rows the app writes unchanged, by the fast check and by the schema alike', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.nat(500), { nil: undefined }), fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { maxLength: 4 }), fc.string(), (title, number, tags, body) => {
        const draft = { ...parseEpisode(`---\ntitle: ${JSON.stringify(title)}\nweek: 2026-W48\n---\n${body}`), tags };
        if (number !== undefined) draft.number = number;
        const { meta } = toRecords('id-1', draft, { createdAt: 1, updatedAt: 2 });
        const stored = JSON.parse(JSON.stringify(meta)) as unknown;
        expect(restoreMeta(stored)).toEqual(meta);
        const checked = checkMeta(stored);
        expect(checked.ok && checked.row).toEqual(meta);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
