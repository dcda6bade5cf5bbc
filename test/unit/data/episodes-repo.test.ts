import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { manualScheduling } from '../../../src/data/derived';
import { EpisodesDatabase } from '../../../src/data/db';
import { excerptOf } from '../../../src/domain/episode';
import { EpisodeNotFoundError, EpisodesRepo, TRASH_DAYS } from '../../../src/data/episodes-repo';
import { parseEpisode } from '../../../src/domain/episode';

let n = 0;
function setup(start = Date.UTC(2026, 10, 26)) {
  let clock = start;
  let ids = 0;
  const db = new EpisodesDatabase(`repo-test-${n++}`);
  const scheduling = manualScheduling();
  const repo = new EpisodesRepo(db, () => clock, () => `ep-${++ids}`, scheduling);
  return { db, repo, tick: (ms: number) => (clock += ms), checks: scheduling.checks, settle: scheduling.settle };
}

const file = (title: string, week: string, body: string, tags = '[]') =>
  parseEpisode(`---\ntitle: "${title}"\nweek: ${week}\nstatus: draft\ntags: ${tags}\n---\n${body}`);

describe('episodes repository', () => {
  it('stores an episode and reads it back whole, with its inline tags indexed', async () => {
    const { repo, db } = setup();
    const draft = file('Episode 3: BigQuery ML', '2026-W10', '## Course Progress\nTrained a model in #bigquery.\n\n## Project Log\nChurn features.\n', '[mlops]');
    const created = await repo.create(draft);
    expect(created.id).toBe('ep-1');
    const read = await repo.get('ep-1');
    expect(read?.body).toBe(draft.body);
    expect(read?.number).toBe(3);
    expect(read?.weekOf).toBe('2026-03-02');
    expect(read?.tags.sort()).toEqual(['bigquery', 'mlops']);
    expect(read?.listTags).toEqual(['mlops']);
    expect(read?.sectionKinds).toEqual(['course', 'project']);
    expect(await db.episodes.where('tags').equals('bigquery').primaryKeys()).toEqual(['ep-1']);
  });

  it('knows the highest episode number among live episodes', async () => {
    const { repo } = setup();
    expect(await repo.highestNumber()).toBe(0);
    await repo.create(file('Episode 5: Imported', '2026-W01', 'a'));
    const later = await repo.create(file('Episode 7: Later', '2026-W02', 'b'));
    await repo.create(file('Episode 3: Latest week', '2026-W05', 'c'));
    expect(await repo.highestNumber()).toBe(7);
    await repo.trash(later.id);
    expect(await repo.highestNumber()).toBe(5);
  });

  it('lists newest week first, then by episode number', async () => {
    const { repo } = setup();
    await repo.create(file('Episode 1: Start', '2026-W01', 'a'));
    await repo.create(file('Episode 3: Later', '2026-W03', 'c'));
    await repo.create(file('Episode 2: Middle', '2026-W02', 'b'));
    await repo.create(file('Episode 4: Same week', '2026-W03', 'd'));
    expect((await repo.list()).map((e) => e.number)).toEqual([4, 3, 2, 1]);
    expect((await repo.latest())?.number).toBe(4);
  });

  it('reads the week of every live episode from the indexes, and one week\'s live episodes', async () => {
    const { repo } = setup();
    const a = await repo.create(file('Episode 1: Start', '2026-W01', 'a'));
    const b = await repo.create(file('Episode 2: Again', '2026-W02', 'b'));
    const c = await repo.create(file('Episode 3: Same week', '2026-W02', 'c'));
    await repo.create(file('Episode 4: Later', '2026-W05', 'd'));
    await repo.trash(c.id);
    const weeks = await repo.liveWeeks();
    expect(weeks.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: a.id, weekOf: '2025-12-29' },
      { id: b.id, weekOf: '2026-01-05' },
      { id: 'ep-4', weekOf: '2026-01-26' },
    ]);
    expect((await repo.listWeek('2026-01-05')).map((e) => e.id)).toEqual([b.id]);
    await repo.restore(c.id);
    expect((await repo.listWeek('2026-01-05')).map((e) => e.id)).toEqual([c.id, b.id]);
    expect(await repo.listWeek('2026-02-02')).toEqual([]);
  });

  it('saves edits, keeping the creation time and stamping the update time', async () => {
    const { repo, tick } = setup();
    const created = await repo.create(file('Episode 1: Start', '2026-W01', 'first'));
    tick(5000);
    const saved = await repo.save(created.id, { ...created, body: 'second', sections: [] });
    expect(saved.createdAt).toBe(created.createdAt);
    expect(saved.updatedAt).toBe(created.updatedAt + 5000);
    expect((await repo.get(created.id))?.body).toBe('second');
    await expect(repo.save('missing', created)).rejects.toBeInstanceOf(EpisodeNotFoundError);
  });

  it('moves a deleted episode to the Trash, restores it, and purges it only after 30 days', async () => {
    const { repo, tick } = setup();
    const a = await repo.create(file('Episode 1: Keep', '2026-W01', 'a'));
    const b = await repo.create(file('Episode 2: Delete', '2026-W02', 'b'));
    await repo.trash(b.id);
    expect((await repo.list()).map((e) => e.id)).toEqual([a.id]);
    expect((await repo.listTrash()).map((e) => e.id)).toEqual([b.id]);
    await repo.restore(b.id);
    expect((await repo.list()).length).toBe(2);
    await repo.trash(b.id);
    tick((TRASH_DAYS - 1) * 86_400_000);
    expect(await repo.purgeExpiredTrash()).toBe(0);
    tick(2 * 86_400_000);
    expect(await repo.purgeExpiredTrash()).toBe(1);
    expect(await repo.get(b.id)).toBeUndefined();
    expect(await repo.get(a.id)).toBeDefined();
  });

  it('finds an episode with the same title and week as a duplicate', async () => {
    const { repo } = setup();
    await repo.create(file('Episode 5: Mock interview', '2026-W20', 'x'));
    expect(await repo.findDuplicates('episode 5: mock interview ', '2026-05-11')).toHaveLength(1);
    expect(await repo.findDuplicates('Episode 5: Mock interview', '2026-05-18')).toHaveLength(0);
  });

  it('renames a tag everywhere and undoes the rename exactly', async () => {
    const { repo } = setup();
    const a = await repo.create(file('Episode 1: A', '2026-W01', 'Notes on #ab-testing today.\n', '[ab-testing, sql]'));
    const b = await repo.create(file('Episode 2: B', '2026-W02', 'Nothing tagged.\n', '[sql]'));
    const snapshot = await repo.renameTag('ab-testing', 'experimentation');
    const renamed = await repo.get(a.id);
    expect(renamed?.body).toBe('Notes on #experimentation today.\n');
    expect(renamed?.tags.sort()).toEqual(['experimentation', 'sql']);
    expect((await repo.get(b.id))?.tags).toEqual(['sql']);
    await repo.undo(snapshot);
    const back = await repo.get(a.id);
    expect(back?.body).toBe('Notes on #ab-testing today.\n');
    expect(back?.listTags).toEqual(['ab-testing', 'sql']);
  });

  it('tells listeners about saves and removals (the search index follows them)', async () => {
    const { repo } = setup();
    const seen: string[] = [];
    repo.onChange((c) => seen.push(c.type === 'saved' ? `saved ${c.episode.title}` : `removed ${c.id}`));
    const a = await repo.create(file('Episode 1: A', '2026-W01', 'a'));
    await repo.trash(a.id);
    await repo.restore(a.id);
    expect(seen).toEqual(['saved Episode 1: A', 'removed ep-1', 'saved Episode 1: A']);
  });
});

describe('excerptOf', () => {
  it.each([
    ['## Course Progress\nFinished **module 3** of [Vertex AI](https://x.y).\n', 'Finished module 3 of Vertex AI.'],
    ['- one\n- [x] two\n1. three', 'one · two · three'],
    ['Text\n```sql\nselect 1\n```\nmore', 'Text · more'],
    ['<!-- kind: project -->\nBuilt it.', 'Built it.'],
    // Lines of one paragraph join with a space; blocks with ' · ' unless a sentence ended.
    ['A shorter week: a cold took two evenings. I am\nwriting anyway, because the rule is one\nepisode a week', 'A shorter week: a cold took two evenings. I am writing anyway, because the rule is one episode a week'],
    ['## Highlights\n- Course: module 3, half done\n- Project Log: feature store\n\n## People\nA friend who switched careers', 'Course: module 3, half done · Project Log: feature store · A friend who switched careers'],
    ['**Done.**\n\nNext week: more.\n\n- a', 'Done. Next week: more. a'],
    ['Plan:\n- a\n- b', 'Plan: a · b'],
    ['#\nText', 'Text'],
  ])('%j -> %j', (body, expected) => {
    expect(excerptOf(body)).toBe(expected);
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = excerptOf('word '.repeat(100), 22);
    expect(text).toBe('word word word word…');
    expect(excerptOf('- aaaa\n- bbbb', 8)).toBe('aaaa…');
  });
});

describe('writeMany (imports)', () => {
  it('creates and replaces in chunks, keeps createdAt of what it replaces, and reports progress', async () => {
    const { repo, db, tick } = setup();
    const old = await repo.create(file('Episode 1: Old', '2026-W01', 'old text'));
    tick(60_000);
    const changes: string[] = [];
    repo.onChange((c) => changes.push(c.type));
    const progress: number[] = [];
    const items = [
      { draft: file('Episode 1: Old', '2026-W01', 'new text'), replaceId: old.id },
      ...Array.from({ length: 4 }, (_, i) => ({ draft: file(`Episode ${i + 2}: New`, `2026-W0${i + 2}`, `body ${i}`) })),
    ];
    const written = await repo.writeMany(items, (n) => progress.push(n), 2);
    expect(progress).toEqual([2, 4, 5]);
    expect(written).toHaveLength(5);
    expect(changes).toEqual(['saved', 'saved', 'saved', 'saved', 'saved']);
    const replaced = await repo.get(old.id);
    expect(replaced?.body).toContain('new text');
    expect(replaced?.createdAt).toBe(old.createdAt);
    expect(replaced?.updatedAt).toBe(old.createdAt + 60_000);
    expect(await db.episodes.count()).toBe(5);
    expect((await repo.list()).map((e) => e.number)).toEqual([5, 4, 3, 2, 1]);
  });

  it('stops at a replacement whose episode is gone, keeping the chunks written before it', async () => {
    const { repo, db } = setup();
    const items = [
      { draft: file('Episode 1: A', '2026-W01', 'a') },
      { draft: file('Episode 2: B', '2026-W02', 'b') },
      { draft: file('Episode 3: C', '2026-W03', 'c'), replaceId: 'gone' },
    ];
    await expect(repo.writeMany(items, undefined, 2)).rejects.toBeInstanceOf(EpisodeNotFoundError);
    expect(await db.episodes.count()).toBe(2);
    expect(await db.episodeBodies.count()).toBe(2);
  });
});

describe('the live weeks row (the dashboard\'s writing streak)', () => {
  const sorted = (weeks: { id: string; weekOf: string | undefined }[]) => [...weeks].sort((x, y) => x.id.localeCompare(y.id));

  it('follows creates, week changes, the Trash, imports and undo, and always equals a scan of the episodes', async () => {
    const { repo, db, checks, settle } = setup();
    const a = await repo.create(file('Episode 1: Start', '2026-W01', 'a'));
    expect(await repo.liveWeeks()).toEqual([{ id: a.id, weekOf: '2025-12-29' }]); // no row yet: scanned
    await settle(); // and the row built in the background
    expect(await db.aggregates.get('live-weeks')).toEqual({ id: 'live-weeks', count: 1, cells: { ids: [a.id], weeks: ['2025-12-29'] } });
    const b = await repo.create(file('Episode 2: Next', '2026-W02', 'b'));
    const c = await repo.create(parseEpisode('---\ntitle: "No week"\nstatus: draft\n---\nbody'));
    await repo.save(b.id, file('Episode 2: Moved', '2026-W05', 'b'));
    await repo.trash(a.id);
    await repo.writeMany([{ draft: file('Episode 6: Imported', '2026-W06', 'f') }, { draft: file('Episode 1: Replaced', '2026-W03', 'r'), replaceId: a.id }]);
    const expected = [
      { id: b.id, weekOf: '2026-01-26' },
      { id: c.id, weekOf: undefined },
      { id: 'ep-4', weekOf: '2026-02-02' },
    ];
    expect(sorted(await repo.liveWeeks())).toEqual(expected); // a was replaced while in the Trash: still trashed
    await repo.restore(a.id);
    expect(sorted(await repo.liveWeeks())).toEqual(sorted([...expected, { id: a.id, weekOf: '2026-01-12' }]));
    const snapshot = await repo.renameTag('none', 'other');
    await repo.undo(snapshot);
    expect(await repo.checkLiveWeeks()).toBe(false); // the kept row equals a fresh scan
    expect(checks).toHaveLength(1); // scheduled once, by the first read of a stored row
  });

  it('is not rewritten by a save that keeps the week (an autosave)', async () => {
    const { repo, db } = setup();
    const a = await repo.create(file('Episode 1: Start', '2026-W01', 'a'));
    await repo.rebuildLiveWeeks();
    // A marker the repository would drop if it rewrote the row.
    await db.aggregates.update('live-weeks', { marker: true } as never);
    await repo.save(a.id, file('Episode 1: Start', '2026-W01', 'a, edited'));
    expect(await db.aggregates.get('live-weeks')).toMatchObject({ marker: true });
    await repo.save(a.id, file('Episode 1: Start', '2026-W02', 'a, moved'));
    expect(await db.aggregates.get('live-weeks')).not.toHaveProperty('marker');
  });

  it('is drawn from at once, checked against the episodes once later, and rebuilt when stale, damaged or missing', async () => {
    const { repo, db, checks, settle } = setup();
    const a = await repo.create(file('Episode 1: Start', '2026-W01', 'a'));
    await repo.rebuildLiveWeeks();
    // An episode written behind the repository's back (an older version, another tool).
    await db.episodes.update(a.id, { weekOf: '2026-01-05' });
    expect(await repo.liveWeeks()).toEqual([{ id: a.id, weekOf: '2025-12-29' }]);
    await repo.liveWeeks();
    expect(checks).toHaveLength(1);
    expect(await checks[0]!()).toBe(true);
    expect(await repo.liveWeeks()).toEqual([{ id: a.id, weekOf: '2026-01-05' }]);
    await db.aggregates.put({ id: 'live-weeks', count: 2, cells: { ids: [a.id], weeks: ['2026-01-05'] } }); // count disagrees
    expect(await repo.liveWeeks()).toEqual([{ id: a.id, weekOf: '2026-01-05' }]);
    await db.aggregates.put({ id: 'live-weeks', count: 1, cells: { ids: [a.id] } });
    expect(await repo.liveWeeks()).toEqual([{ id: a.id, weekOf: '2026-01-05' }]);
    await settle();
    expect(await db.aggregates.get('live-weeks')).toEqual({ id: 'live-weeks', count: 1, cells: { ids: [a.id], weeks: ['2026-01-05'] } });
    await db.aggregates.clear(); // a restore clears derived rows
    expect(await repo.liveWeeks()).toEqual([{ id: a.id, weekOf: '2026-01-05' }]);
  });
});

describe('updatedAt', () => {
  it('grows with every save, even two in the same millisecond, so the journal folder never takes a new version for one it wrote', async () => {
    const { EpisodesDatabase } = await import('../../../src/data/db');
    const { EpisodesRepo } = await import('../../../src/data/episodes-repo');
    const { parseEpisode } = await import('../../../src/domain/episode');
    const repo = new EpisodesRepo(new EpisodesDatabase(`same-ms-${Date.now()}`), () => 1_000);
    const created = await repo.create(parseEpisode('---\ntitle: A\n---\nOne.\n'));
    const second = await repo.save(created.id, parseEpisode('---\ntitle: A\n---\nTwo.\n'));
    const third = await repo.save(created.id, parseEpisode('---\ntitle: A\n---\nThree.\n'));
    expect([created.updatedAt, second.updatedAt, third.updatedAt]).toEqual([1_000, 1_001, 1_002]);
  });
});
