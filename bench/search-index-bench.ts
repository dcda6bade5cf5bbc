// Search ready at start: the index built from every episode against the index saved by the last run
// loaded and brought up to date, for 1,000 episodes of ~400 words (the starter episodes, varied),
// in Node over fake-indexeddb (slower than a browser's IndexedDB for both paths alike). Run with:
//   npx esbuild bench/search-index-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EpisodesDatabase } from '../src/data/db';
import { EpisodesRepo } from '../src/data/episodes-repo';
import { SearchWorkerCore } from '../src/data/search-worker-core';
import { parseEpisode } from '../src/domain/episode';
import { median } from './bench-timing';

const dir = join(process.cwd(), 'content/episodes');
const bodies = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const words = ['feature', 'pipeline', 'bigquery', 'vertex', 'churn', 'dashboard', 'interview', 'docker', 'airflow', 'experiment'];

async function main() {
  const db = new EpisodesDatabase('search-bench');
  const repo = new EpisodesRepo(db);
  const drafts = Array.from({ length: 1000 }, (_, i) => {
    const body = `${bodies[i % bodies.length]}\n\nWeek ${i}: ${words[i % words.length]} ${words[(i * 7) % words.length]}-${i}.\n`;
    return { draft: parseEpisode(`---\ntitle: "Episode ${i + 1}: ${words[i % words.length]}"\nstatus: draft\ntags: []\n---\n${body}`) };
  });
  for (let i = 0; i < drafts.length; i += 100) await repo.writeMany(drafts.slice(i, i + 100));
  const startOnce = async () => {
    let ready: { ms: number; restored?: boolean } | undefined;
    const core = new SearchWorkerCore((m) => void (m.type === 'ready' && (ready = m)), (name) => new EpisodesDatabase(name), { saveDelayMs: 3_600_000 });
    await core.handle({ type: 'build', dbName: 'search-bench' });
    return { core, ready: ready! };
  };
  const built: number[] = [];
  const loaded: number[] = [];
  for (let round = 0; round < 5; round++) {
    // Interleaved: a start without a saved index, then one with it.
    const { core } = await startOnce();
    await core.saveNow();
    const fresh = new SearchWorkerCore(() => undefined, (name) => new EpisodesDatabase(name), { openCache: () => null });
    const t0 = performance.now();
    await fresh.handle({ type: 'build', dbName: 'search-bench' });
    built.push(performance.now() - t0);
    const t1 = performance.now();
    const again = await startOnce();
    loaded.push(performance.now() - t1);
    if (!again.ready.restored) throw new Error('the saved index was not loaded');
  }
  console.log(`1,000 episodes: built from the episodes ${median(built).toFixed(0)} ms, saved index loaded and checked ${median(loaded).toFixed(0)} ms (${(median(built) / median(loaded)).toFixed(1)}x; medians of 5 interleaved)`);
}

void main();
