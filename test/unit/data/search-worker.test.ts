import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { createSearchService, type WorkerLike } from '../../../src/data/search-client';
import type { FromSearchWorker, ToSearchWorker } from '../../../src/data/search-protocol';
import { SearchWorkerCore } from '../../../src/data/search-worker-core';
import { parseEpisode } from '../../../src/domain/episode';

let n = 0;
function setup() {
  const name = `search-worker-test-${n++}`;
  const db = new EpisodesDatabase(name);
  let ids = 0;
  const repo = new EpisodesRepo(db, () => Date.UTC(2026, 10, 26), () => `ep-${++ids}`);
  return { name, db, repo };
}

const file = (title: string, week: string, body: string) => parseEpisode(`---\ntitle: "${title}"\nweek: ${week}\nstatus: draft\ntags: []\n---\n${body}`);

/** A worker running SearchWorkerCore in this thread, with messages delivered asynchronously like a real one. */
function inProcessWorker(): WorkerLike & { received: ToSearchWorker[] } {
  let queue = Promise.resolve();
  const received: ToSearchWorker[] = [];
  const worker: WorkerLike & { received: ToSearchWorker[] } = {
    received,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      received.push(message);
      const copy = structuredClone(message);
      queue = queue.then(() => core.handle(copy));
    },
    terminate() {},
  };
  const core = new SearchWorkerCore(
    (message: FromSearchWorker) => setTimeout(() => worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromSearchWorker>)),
    (dbName) => new EpisodesDatabase(dbName),
  );
  return worker;
}

describe('search in a worker', () => {
  it('indexes what is already stored, leaves the Trash out, and answers with highlighted hits', async () => {
    const { name, repo } = setup();
    await repo.create(file('Episode 1: Feature stores', '2026-W40', 'Built a churn model on Vertex AI.'));
    const gone = await repo.create(file('Episode 2: Deleted', '2026-W41', 'Another churn note.'));
    await repo.trash(gone.id);
    const service = createSearchService(repo, name, inProcessWorker);
    await service.ready;
    expect(service.where()).toBe('worker');
    const { hits, total } = await service.search('churn');
    expect(total).toBe(1);
    expect(hits.map((h) => h.title)).toEqual(['Episode 1: Feature stores']);
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['churn']);
    expect((await service.search('  ')).hits).toEqual([]);
  });

  it('follows saves, deletions and restores made while the index is being built and after', async () => {
    const { name, repo } = setup();
    const first = await repo.create(file('Episode 1: Pipelines', '2026-W40', 'Kubeflow pipelines.'));
    const service = createSearchService(repo, name, inProcessWorker);
    // Saved before the worker has read anything: the change must not be lost or overtaken.
    await repo.save(first.id, file('Episode 1: Pipelines', '2026-W40', 'Now about BigQuery ML.'));
    await service.ready;
    expect((await service.search('kubeflow')).hits).toEqual([]);
    expect((await service.search('bigquery')).hits.map((h) => h.id)).toEqual([first.id]);

    const second = await repo.create(file('Episode 2: Power', '2026-W41', 'Power analysis for the checkout test.'));
    expect((await service.search('power')).hits.map((h) => h.id)).toEqual([second.id]);
    await repo.trash(second.id);
    expect((await service.search('power')).hits).toEqual([]);
    await repo.restore(second.id);
    expect((await service.search('power')).hits.map((h) => h.id)).toEqual([second.id]);
  });

  it('answers the latest text of every episode, whichever order the replies come back in', async () => {
    const { name, repo } = setup();
    await repo.create(file('Episode 1: A', '2026-W40', 'alpha beta'));
    const service = createSearchService(repo, name, inProcessWorker);
    const [a, b] = await Promise.all([service.search('alpha'), service.search('beta')]);
    expect(a.hits.map((h) => h.title)).toEqual(['Episode 1: A']);
    expect(b.hits.map((h) => h.title)).toEqual(['Episode 1: A']);
  });

  it('keeps to the given episodes (the journal filters) when asked, counting only those', async () => {
    const { name, repo } = setup();
    const ids: string[] = [];
    for (let i = 1; i <= 4; i++) ids.push((await repo.create(file(`Episode ${i}: Churn ${i}`, `2026-W4${i}`, 'Churn model notes.'))).id);
    const service = createSearchService(repo, name, inProcessWorker);
    expect((await service.search('churn', 2)).total).toBe(4);
    const kept = await service.search('churn', 50, [ids[1]!, ids[3]!]);
    expect(kept.total).toBe(2);
    expect(kept.hits.map((h) => h.id).sort()).toEqual([ids[1], ids[3]].sort());
  });

  it('falls back to an index on the page when the worker cannot start, and still finds everything', async () => {
    const { name, repo } = setup();
    await repo.create(file('Episode 1: SRM', '2026-W40', 'Sample ratio mismatch check.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const service = createSearchService(repo, name, () => {
      throw new Error('Worker blocked');
    });
    await service.ready;
    expect(service.where()).toBe('page');
    expect((await service.search('ratio')).hits.map((h) => h.title)).toEqual(['Episode 1: SRM']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Worker blocked'));
    warn.mockRestore();
  });

  it('falls back when the worker reports an error before it is ready (e.g. its script failed to load)', async () => {
    const { name, repo } = setup();
    await repo.create(file('Episode 1: Peeking', '2026-W40', 'Sequential testing and peeking.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => this.onerror?.({ message: 'Failed to load worker script', preventDefault() {} } as ErrorEvent));
      },
      terminate() {},
    };
    const service = createSearchService(repo, name, () => broken);
    await service.ready;
    expect(service.where()).toBe('page');
    expect((await service.search('peeking')).hits.map((h) => h.title)).toEqual(['Episode 1: Peeking']);
    await repo.create(file('Episode 2: More peeking', '2026-W41', 'Peeking again.'));
    expect((await service.search('peeking')).total).toBe(2);
    warn.mockRestore();
  });
});
