// The app benchmark: a seeded 1,000-episode journal in the built web app, in headless Chromium.
// Run: npm run build:web && npm run bench   (options: --only a,b  --runs N  --seed-with ui|idb  --profile)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { openSession, serve, type Session } from './browser';
import * as F from './figures';
import { generate, type BenchMeta } from './generate';
import { pasteWhileTyping } from './paste';
import { budgetsOf, printTable, type Row } from './report';
import { searchQueries } from './text';

const GROUPS = ['cold', 'paste', 'journal', 'search', 'episode', 'typing', 'dashboard', 'certification', 'practice', 'import', 'export', 'heap'] as const;
type Group = (typeof GROUPS)[number];

function parseArgs(argv: string[]) {
  const get = (name: string) => {
    const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (at < 0) return undefined;
    return argv[at]!.includes('=') ? argv[at]!.split('=').slice(1).join('=') : argv[at + 1];
  };
  const only = get('only')?.split(',').map((g) => g.trim()).filter(Boolean);
  for (const g of only ?? []) if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`--only: unknown figure group "${g}". Groups: ${GROUPS.join(', ')}`);
  const seedWith = get('seed-with') ?? 'ui';
  if (seedWith !== 'ui' && seedWith !== 'idb') throw new Error('--seed-with must be ui or idb');
  return { only: new Set((only ?? GROUPS) as Group[]), runs: Number(get('runs') ?? 5), seedWith, profile: argv.includes('--profile'), seed: Number(get('seed') ?? 20261126) };
}

async function main() {
  const repo = resolve(process.env.EPISODES_REPO ?? process.cwd());
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(repo, 'dist-web/index.html'))) {
    console.error('dist-web/ is missing: the benchmark measures the built web app. Run `npm run build:web` first, then `npm run bench`.');
    process.exit(2);
  }
  const log = (m: string) => console.log(m);
  const resultsDir = join(repo, 'bench/results');
  const profilesDir = join(resultsDir, 'profiles');
  mkdirSync(resultsDir, { recursive: true });

  const today = new Date();
  today.setHours(12, 0, 0, 0);
  const dataDir = join(repo, 'node_modules/.cache/episodes-bench', `data-${args.seed}`);
  log(`Generating the journal (seed ${args.seed}, cached in ${dataDir})…`);
  const meta: BenchMeta = generate(dataDir, repo, args.seed, today.getTime());
  log(`  ${meta.episodes} episodes, ${meta.words.toLocaleString('en')} words, backup ${(meta.backupBytes / 2 ** 20).toFixed(1)} MB, ${meta.importFiles} files to import; rows: ${JSON.stringify(meta.rows)}`);

  // A build that sets performance.mark('episodes:interactive') is waited for; otherwise h1 + nothing aria-busy.
  const bundle = readdirSync(join(repo, 'dist-web/assets')).filter((f) => f.endsWith('.js')).some((f) => readFileSync(join(repo, 'dist-web/assets', f), 'utf8').includes('episodes:interactive'));
  const ready = F.screens(meta, bundle ? 'episodes:interactive' : undefined);
  const want = (g: Group) => args.only.has(g);
  const rows: Row[] = [];
  const hotspots: Record<string, F.HotSpot[]> = {};
  const add = (row: Row) => {
    rows.push(row);
    log(`  ${row.name}: ${row.value === null ? `ERROR ${row.error ?? ''}` : `${row.value.toFixed(row.unit === 'MB' ? 1 : 1)} ${row.unit}`}${row.baseline != null ? ` (baseline ${row.baseline.toFixed(1)} ${row.unit})` : ''}`);
  };
  const attempt = async (group: Group, ids: string[], fn: () => Promise<void>) => {
    if (!want(group)) return;
    log(`[${group}]`);
    try {
      await fn();
    } catch (error) {
      for (const id of ids.filter((i) => !rows.some((r) => r.id === i))) add({ id, group, name: id, unit: 'ms', value: null, error: String(error).split('\n')[0] });
    }
  };
  const profile = async (s: Session, name: string, action: () => Promise<unknown>) => {
    if (!args.profile) return;
    try {
      hotspots[name] = await F.profileOf(s, name, profilesDir, action);
    } catch (error) {
      log(`  (profile of ${name} failed: ${String(error).split('\n')[0]})`);
    }
  };

  const server = await serve(repo);
  log(`Serving dist-web at ${server.url}`);
  const started = Date.now();
  const loadAtStart = os.loadavg();
  log(`Load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (figures scale with it)`);
  try {
    // 1. A fresh profile: the empty-journal baseline for the cold start, and the import of 1,000 files.
    let emptyStart: number | null = null;
    if (want('cold') || want('import') || want('paste')) {
      const empty = await openSession(server.url);
      try {
        await attempt('cold', ['cold-start-empty'], async () => {
          const t = await F.coldStarts(empty, ready.dashboard, args.runs, log);
          emptyStart = F.median(t.map((x) => x.frame));
          add({ id: 'cold-start-empty', group: 'cold', name: 'Cold start, empty journal (baseline)', unit: 'ms', value: emptyStart, samples: t.map((x) => x.frame) });
        });
        await attempt('paste', ['paste-typing-p95'], async () => {
          for (const row of await pasteWhileTyping(empty)) add(row);
        });
        await attempt('import', ['import-1000'], async () => {
          const base = F.remarkBaseline(join(dataDir, 'import'));
          const r = await F.importFiles(empty, join(dataDir, 'import'), meta.importFiles, log);
          add({ id: 'import-preview', group: 'import', name: `Import ${meta.importFiles} files: chosen → preview listed`, unit: 'ms', value: r.preview, baseline: base.ms, baselineName: 'remark parse in Node' });
          add({ id: 'import-1000', group: 'import', name: `Import ${meta.importFiles} files: chosen → in the journal`, unit: 'ms', value: r.total, baseline: base.ms, baselineName: 'remark parse in Node' });
        });
      } finally {
        await empty.close();
      }
    }

    // 2. The big journal: seeded once, then every screen.
    const needsBig = GROUPS.some((g) => g !== 'import' && g !== 'paste' && want(g));
    if (needsBig) {
      const big = await openSession(server.url);
      try {
        log(`[seed] restoring the backup (${args.seedWith === 'ui' ? 'Settings → Restore from a file… → Merge' : 'direct IndexedDB writes'})`);
        if (args.seedWith === 'ui') {
          try {
            const r = await F.restoreThroughUi(big, join(dataDir, 'backup.json'));
            add({ id: 'restore-preview', group: 'seed', name: 'Restore backup: file chosen → preview', unit: 'ms', value: r.preview });
            add({ id: 'restore-merge', group: 'seed', name: 'Restore backup: Merge → done', unit: 'ms', value: r.merge });
          } catch (error) {
            log(`  the restore through the UI failed (${String(error).split('\n')[0]}); seeding through IndexedDB instead`);
            add({ id: 'restore-merge', group: 'seed', name: 'Restore backup through the UI', unit: 'ms', value: null, error: String(error).split('\n')[0] });
            await F.seedThroughIdb(big, join(dataDir, 'backup.json'));
          }
        } else {
          add({ id: 'seed-idb', group: 'seed', name: 'Seed through IndexedDB (page.evaluate)', unit: 'ms', value: await F.seedThroughIdb(big, join(dataDir, 'backup.json')) });
        }

        await attempt('cold', ['cold-start'], async () => {
          const t = await F.coldStarts(big, ready.dashboard, args.runs, log);
          add({ id: 'cold-start', group: 'cold', name: `Cold start, ${meta.episodes} episodes (dashboard shown)`, unit: 'ms', value: F.median(t.map((x) => x.frame)), baseline: emptyStart, baselineName: 'empty journal', samples: t.map((x) => x.frame) });
          await profile(big, 'cold-start', () => big.coldStart('/dashboard', ready.dashboard));
        });
        await attempt('heap', ['heap-after-load'], async () => {
          await big.coldStart('/dashboard', ready.dashboard);
          await big.page.waitForTimeout(1500);
          add({ id: 'heap-after-load', group: 'heap', name: 'JS heap after load (dashboard, after GC)', unit: 'MB', value: await big.heapMB() });
        });
        await attempt('journal', ['journal'], async () => {
          const t = await F.firstVisits(big, ready.dashboard, '/journal', ready.journal, args.runs, log);
          const base = await F.idbReads(big, args.runs);
          add({ id: 'journal', group: 'journal', name: `Journal screen: #/journal → timeline rows (${base.rows} episodes)`, unit: 'ms', value: F.median(t.map((x) => x.frame)), baseline: F.median(base.ms), baselineName: 'IndexedDB getAll(episodes)', samples: t.map((x) => x.frame) });
          await profile(big, 'journal', async () => {
            await big.navigate('/dashboard', ready.dashboard);
            await big.navigate('/journal', ready.journal);
          });
        });
        await attempt('search', ['search-p95'], async () => {
          await big.coldStart('/dashboard', ready.dashboard);
          await big.navigate('/journal', ready.journal);
          const t0 = Date.now();
          await F.searchOnce(big, 'churn', 120_000);
          add({ id: 'search-index', group: 'search', name: 'Search index built (journal shown → first results)', unit: 'ms', value: Date.now() - t0 });
          const queries = searchQueries(args.seed);
          for (const q of queries.slice(0, 5)) await F.searchOnce(big, q); // warm-up
          const samples: number[] = [];
          const frames: number[] = [];
          let hits = 0;
          for (const q of queries) {
            const r = await F.retry(`search "${q}"`, () => F.searchOnce(big, q), log);
            samples.push(r.commit);
            frames.push(r.frame);
            hits += r.hits;
          }
          add({ id: 'search-p50', group: 'search', name: `Search, ${queries.length} queries: input → results in the DOM, p50`, unit: 'ms', value: F.median(samples), samples });
          add({ id: 'search-p95', group: 'search', name: `Search, ${queries.length} queries: input → results in the DOM, p95`, unit: 'ms', value: F.percentile(samples, 95), note: `${(hits / queries.length).toFixed(1)} hits drawn with the answer per query on average (the rest of the best 50 follow after that frame is painted)` });
          add({ id: 'search-frame-p95', group: 'search', name: 'Search: input → next frame after the results, p95', unit: 'ms', value: F.percentile(frames, 95), samples: frames });
          await profile(big, 'search', async () => {
            for (const q of queries.slice(0, 20)) await F.searchOnce(big, q);
          });
        });
        await attempt('episode', ['episode-largest', 'episode-typical'], async () => {
          const largest = await F.firstVisits(big, ready.dashboard, `/journal/${meta.largest.id}`, ready.episode(meta.largest), args.runs, log);
          add({ id: 'episode-largest', group: 'episode', name: `Open the largest episode (${meta.largest.words.toLocaleString('en')} words) → text in the editor`, unit: 'ms', value: F.median(largest.map((x) => x.frame)), samples: largest.map((x) => x.frame) });
          const typical = await F.firstVisits(big, ready.dashboard, `/journal/${meta.typical.id}`, ready.episode(meta.typical), args.runs, log);
          add({ id: 'episode-typical', group: 'episode', name: `Open a typical episode (${meta.typical.words.toLocaleString('en')} words) → text in the editor`, unit: 'ms', value: F.median(typical.map((x) => x.frame)), samples: typical.map((x) => x.frame) });
          await profile(big, 'episode-largest', async () => {
            await big.navigate('/dashboard', ready.dashboard);
            await big.navigate(`/journal/${meta.largest.id}`, ready.episode(meta.largest));
          });
        });
        await attempt('dashboard', ['dashboard'], async () => {
          await big.coldStart('/dashboard', ready.dashboard);
          const t = [];
          for (let i = 0; i < args.runs; i++) {
            await big.navigate('/journal', ready.journal);
            await big.page.waitForTimeout(200);
            t.push(await F.retry('dashboard', () => big.navigate('/dashboard', ready.dashboard), log));
          }
          add({ id: 'dashboard', group: 'dashboard', name: 'Dashboard: #/journal → #/dashboard shown', unit: 'ms', value: F.median(t.map((x) => x.frame)), samples: t.map((x) => x.frame) });
        });
        await attempt('certification', ['certification'], async () => {
          const hash = `/certifications/${meta.bigCertification.id}`;
          const t = await F.firstVisits(big, ready.dashboard, hash, ready.certification, args.runs, log);
          add({ id: 'certification', group: 'certification', name: `Certification detail, ${meta.bigCertification.modules} modules, ${meta.bigCertification.sessions.toLocaleString('en')} sessions → all charts drawn${F.warmNote(t)}`, unit: 'ms', value: F.median(t.map((x) => x.frame)), samples: t.map((x) => x.frame) });
          await profile(big, 'certification', async () => {
            await big.navigate('/dashboard', ready.dashboard);
            await big.navigate(hash, ready.certification);
          });
        });
        await attempt('practice', ['practice'], async () => {
          const t = await F.firstVisits(big, ready.dashboard, '/practice', ready.practice, args.runs, log);
          add({ id: 'practice', group: 'practice', name: `Practice screen, ${meta.rows.practiceAttempts?.toLocaleString('en') ?? '?'} past attempts → table and charts drawn${F.warmNote(t)}`, unit: 'ms', value: F.median(t.map((x) => x.frame)), samples: t.map((x) => x.frame) });
        });
        await attempt('typing', ['typing-p95'], async () => {
          await big.coldStart('/dashboard', ready.dashboard);
          await big.navigate(`/journal/${meta.largest.id}`, ready.episode(meta.largest));
          await big.page.waitForTimeout(1000);
          const text = ' Typing into the year in review to check that every keystroke stays within one frame';
          const r = await F.typeTimed(big, text, 60);
          if (!r.shown) throw new Error('the typed text did not appear in the editor');
          const body = (JSON.parse(readFileSync(join(dataDir, 'backup.json'), 'utf8')) as { tables: { episodeBodies: { id: string; body: string }[] } }).tables.episodeBodies.find((b) => b.id === meta.largest.id)?.body ?? '';
          const alone = await F.typeCodeMirrorAlone(big, repo, body, text, 60);
          if (!alone.shown) throw new Error('the typed text did not appear in the CodeMirror baseline');
          const bare = await F.typeBaseline(big, body, text, 60);
          if (!bare.shown) throw new Error('the typed text did not appear in the baseline contenteditable');
          const aloneName = 'CodeMirror 6 alone, same text';
          add({ id: 'typing-p50', group: 'typing', name: `Typing in the ${meta.largest.words.toLocaleString('en')}-word episode: keydown → keystroke handled, p50`, unit: 'ms', value: F.median(r.handled), baseline: F.median(alone.handled), baselineName: aloneName, samples: r.handled });
          add({ id: 'typing-p95', group: 'typing', name: `Typing: keydown → keystroke handled, p95 (${r.handled.length} keys)`, unit: 'ms', value: F.percentile(r.handled, 95), baseline: F.percentile(alone.handled, 95), baselineName: aloneName });
          add({ id: 'typing-bare-p50', group: 'typing', name: 'Typing baseline: a bare contenteditable holding every line of the same text, p50', unit: 'ms', value: F.median(bare.handled), samples: bare.handled });
          add({ id: 'typing-bare-p95', group: 'typing', name: 'Typing baseline: the bare contenteditable, p95', unit: 'ms', value: F.percentile(bare.handled, 95) });
          add({ id: 'typing-frame-p95', group: 'typing', name: 'Typing: keydown → next frame, p95 (includes the wait for vsync)', unit: 'ms', value: F.percentile(r.frame, 95), samples: r.frame });
          // The autosaves while typing: the app measures each repository save ('episodes:save').
          await big.page.waitForTimeout(2000);
          const saves = await big.page.evaluate(() => performance.getEntriesByName('episodes:save').map((e) => e.duration));
          if (saves.length === 0) throw new Error('no autosave was measured after typing');
          add({ id: 'save-largest', group: 'typing', name: `Autosave of the ${meta.largest.words.toLocaleString('en')}-word episode (IndexedDB write), p95 of ${saves.length}`, unit: 'ms', value: F.percentile(saves, 95), samples: saves });
          // A typical episode: five separate edits, each left to autosave.
          await big.navigate(`/journal/${meta.typical.id}`, ready.episode(meta.typical));
          await big.page.waitForTimeout(1000);
          await big.page.evaluate(() => performance.clearMeasures('episodes:save'));
          await big.page.locator('.cm-content').click();
          await big.page.keyboard.press('Control+End');
          for (let i = 0; i < 5; i++) {
            await big.page.keyboard.type(` edit ${i}`);
            await big.page.waitForTimeout(1500);
          }
          const typical = await big.page.evaluate(() => performance.getEntriesByName('episodes:save').map((e) => e.duration));
          if (typical.length === 0) throw new Error('no autosave of the typical episode was measured');
          add({ id: 'save-typical', group: 'typing', name: `Autosave of a ${meta.typical.words.toLocaleString('en')}-word episode, p95 of ${typical.length}`, unit: 'ms', value: F.percentile(typical, 95), samples: typical });
          await profile(big, 'typing', () => F.typeTimed(big, ' and once more with the profiler on', 60));
        });
        await attempt('heap', ['heap-after-work'], async () => {
          await big.coldStart('/dashboard', ready.dashboard);
          await big.navigate('/journal', ready.journal);
          await F.searchOnce(big, 'churn', 120_000);
          await big.navigate(`/journal/${meta.largest.id}`, ready.episode(meta.largest));
          await big.page.waitForTimeout(1500);
          add({ id: 'heap-after-work', group: 'heap', name: 'JS heap after journal + search index + largest episode (after GC)', unit: 'MB', value: await big.heapMB() });
        });
        await attempt('export', ['export'], async () => {
          const r = await F.exportBackup(big);
          add({ id: 'export', group: 'export', name: `Full backup export: click → download starts (${(r.bytes / 2 ** 20).toFixed(1)} MB)`, unit: 'ms', value: r.ms });
        });
        if (big.errors.length) log(`  page errors in the big-journal session: ${big.errors.slice(0, 5).join(' | ')}`);
      } finally {
        await big.close();
      }
    }
  } finally {
    await server.close();
  }

  for (const row of rows) Object.assign(row, budgetsOf(row, rows));
  const failed = rows.filter((r) => r.pass === false);
  const result = {
    when: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg() },
    options: { ...args, only: [...args.only] },
    data: meta,
    interactiveMark: bundle,
    figures: rows,
    hotspots,
    failed: failed.map((r) => r.id),
  };
  const existing = existsSync(join(resultsDir, 'latest.json'));
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(result, null, 2));
  printTable(rows, log);
  if (args.profile) {
    for (const [name, spots] of Object.entries(hotspots)) {
      log(`\nProfile of ${name} (self time, one extra run; bench/results/profiles/${name}.cpuprofile):`);
      for (const h of spots) log(`  ${h.ms.toFixed(1).padStart(8)} ms  ${h.where}`);
    }
  }
  log(`\nLoad average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores.`);
  log(`Results: bench/results/latest.json${existing ? ' (overwritten)' : ''}. ${failed.length ? `${failed.length} budget(s) missed: ${failed.map((r) => r.id).join(', ')}` : 'Every budget met.'}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
