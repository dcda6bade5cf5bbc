// The search index kept between starts: loaded and brought up to date instead of built from every
// episode, rebuilt when it is damaged or of another format, and never answering from stale text.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { toSearchDoc } from '../../../src/data/episode-search';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { SearchCache } from '../../../src/data/search-cache';
import type { FromSearchWorker, ToSearchWorker } from '../../../src/data/search-protocol';
import { SearchWorkerCore } from '../../../src/data/search-worker-core';
import { parseEpisode } from '../../../src/domain/episode';

let n = 0;
function journal() {
  const name = `saved-index-${n++}`;
  const db = new EpisodesDatabase(name);
  let clock = Date.UTC(2026, 10, 26);
  let ids = 0;
  const repo = new EpisodesRepo(db, () => (clock += 1000), () => `ep-${++ids}`);
  return { name, db, repo };
}

const file = (title: string, body: string) => parseEpisode(`---\ntitle: "${title}"\nweek: 2026-W48\nstatus: draft\ntags: []\n---\n${body}`);

/** One start of the search worker: its messages, and a way to ask it something. */
function start(name: string) {
  const out: FromSearchWorker[] = [];
  const core = new SearchWorkerCore((m) => out.push(m), (dbName) => new EpisodesDatabase(dbName), { saveDelayMs: 60_000 });
  let requestId = 0;
  const send = (message: ToSearchWorker) => core.handle(message);
  const titles = async (query: string) => {
    const id = ++requestId;
    await send({ type: 'search', requestId: id, query, limit: 50 });
    const answer = out.find((m): m is Extract<FromSearchWorker, { type: 'results' }> => m.type === 'results' && m.requestId === id)!;
    return answer.hits.map((h) => h.title).sort();
  };
  const ready = () => out.find((m): m is Extract<FromSearchWorker, { type: 'ready' }> => m.type === 'ready');
  return { core, send, titles, ready, build: () => send({ type: 'build', dbName: name }) };
}

describe('the search index kept between starts', () => {
  it('is loaded at the next start instead of built again, and brought up to date with what changed meanwhile', async () => {
    const { name, db, repo } = journal();
    const kept = await repo.create(file('Episode 1: Feature stores', 'Feast as the store for the churn model.'));
    const edited = await repo.create(file('Episode 2: Pipelines', 'Airflow on Cloud Composer.'));
    const trashed = await repo.create(file('Episode 3: Interviews', 'A mock interview about churn.'));
    const first = start(name);
    await first.build();
    expect(first.ready()).toMatchObject({ size: 3, restored: false });
    await first.core.saveNow();

    // Between the two runs: one episode edited, one trashed, one added. And one body changed behind
    // the app's back without a new revision: only an index that was loaded, not rebuilt, still has its old words.
    await repo.save(edited.id, file('Episode 2: Pipelines', 'Moved the pipeline to Docker.'));
    await repo.trash(trashed.id);
    await repo.create(file('Episode 4: Dashboards', 'A churn dashboard in Looker.'));
    await db.episodeBodies.update(kept.id, { body: 'Nothing here.' });

    const second = start(name);
    await second.build();
    expect(second.ready()).toMatchObject({ size: 3, restored: true });
    expect(await second.titles('feast')).toEqual(['Episode 1: Feature stores']); // loaded, not read again
    expect(await second.titles('docker')).toEqual(['Episode 2: Pipelines']);
    expect(await second.titles('airflow')).toEqual([]);
    expect(await second.titles('churn')).toEqual(['Episode 1: Feature stores', 'Episode 4: Dashboards']);
  });

  it('applies an edit made while the saved index loads before answering', async () => {
    const { name, repo } = journal();
    const episode = await repo.create(file('Episode 1: Start', 'First words.'));
    const first = start(name);
    await first.build();
    await first.core.saveNow();
    const changed = await repo.save(episode.id, file('Episode 1: Start', 'Words about Vertex AI.'));
    const second = start(name);
    const building = second.build();
    await second.send({ type: 'upsert', doc: toSearchDoc(changed) }); // arrives while the index loads
    await building;
    expect(await second.titles('vertex')).toEqual(['Episode 1: Start']);
    expect(await second.titles('first')).toEqual([]);
  });

  it('is built again from the episodes when the saved one is damaged or of another format, and saved again', async () => {
    const { name, repo } = journal();
    await repo.create(file('Episode 1: Start', 'Words about BigQuery.'));
    const cache = new SearchCache(name);
    for (const saved of [
      { format: 1, index: '{"not": "an index"', docs: [] as [string, string, number][] },
      { format: 999, index: '{}', docs: [] as [string, string, number][] },
    ]) {
      await cache.save(saved);
      const run = start(name);
      await run.build();
      expect(run.ready()).toMatchObject({ size: 1, restored: false });
      expect(await run.titles('bigquery')).toEqual(['Episode 1: Start']);
      await run.core.saveNow();
      const again = start(name);
      await again.build();
      expect(again.ready()).toMatchObject({ size: 1, restored: true });
      expect(await again.titles('bigquery')).toEqual(['Episode 1: Start']);
    }
    cache.close();
  });
});

describe('erasing all data', () => {
  it('also empties the saved search index, which holds the episodes’ words', async () => {
    const { eraseEverything } = await import('../../../src/data/starter-episodes');
    const { name, db, repo } = journal();
    await repo.create(file('Episode 1: Private', 'Words nobody else should find.'));
    const run = start(name);
    await run.build();
    await run.core.saveNow();
    const cache = new SearchCache(name);
    expect(await cache.load()).not.toBeNull();
    await eraseEverything(db);
    expect(await cache.load()).toBeNull();
    cache.close();
  });
});
