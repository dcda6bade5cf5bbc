// Journal folder start-up reconcile on 1,000 episodes of ~1,500 words each.
// Budgets: nothing changed < 500 ms (no file is read), every file changed < 5 s.
// Run: node bench/journal-folder-bench.mjs   (bundles electron/journal-folder with esbuild first)
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const FILES = 1000;
const WORDS = 1500;
const BUDGET_UNCHANGED_MS = 500;
const BUDGET_ALL_CHANGED_MS = 5000;

const repo = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'episodes-bench-'));
const bundle = join(work, 'journal.cjs');
buildSync({
  entryPoints: [join(repo, 'electron/journal-folder/journal.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: bundle,
  logLevel: 'error',
});
const { JournalFolder } = createRequire(import.meta.url)(bundle);

const vocabulary = 'model feature store experiment variance power sample interview churn gradient pipeline metric baseline uplift cohort retention'.split(' ');
function episodeText(i, salt = '') {
  const words = [];
  for (let w = 0; w < WORDS; w += 1) words.push(vocabulary[(i * 7 + w * 13) % vocabulary.length]);
  const body = words.join(' ').replace(/(?:\S+ ){40}/g, (line) => `${line.trim()}\n\n`);
  return `---\ntitle: "Episode ${i}"\nepisode: ${i}\nstatus: draft\n---\n## Weekly Highlights\n${salt}\n${body}\n`;
}
const pathOf = (i) => {
  const year = 2000 + Math.floor(i / 52);
  return join(String(year), `${year}-W${String((i % 52) + 1).padStart(2, '0')}-episode-${i}.md`);
};

const root = join(work, 'journal');
let bytes = 0;
for (let i = 0; i < FILES; i += 1) {
  const file = join(root, pathOf(i));
  mkdirSync(join(file, '..'), { recursive: true });
  const text = episodeText(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(file, text);
}

async function timed(label, work) {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  return { label, ms, result };
}

const first = await timed('first scan (every file new, builds the hash cache)', async () => (await JournalFolder.open(root)).scan());
// What the page sends with each scan: the files it knows (its file links) and their hashes.
const known = Object.fromEntries(first.result.added.map((file) => [file.path, file.sha256]));
let reads = 0;
const countingRead = async (absolute) => {
  reads += 1;
  const { readFile } = await import('node:fs/promises');
  return readFile(absolute);
};
const unchanged = await timed('start-up, nothing changed', async () => (await JournalFolder.open(root, { readFile: countingRead })).scan({ known }));
const readsWhenUnchanged = reads;

const later = new Date(Date.now() + 60_000);
for (let i = 0; i < FILES; i += 1) {
  const file = join(root, pathOf(i));
  writeFileSync(file, episodeText(i, `edited elsewhere ${i}`));
  utimesSync(file, later, later);
}
reads = 0;
const allChanged = await timed('start-up, every file changed', async () => (await JournalFolder.open(root, { readFile: countingRead })).scan({ known }));

const rows = [
  [first.label, first.ms, `${first.result.added.length} added`],
  [unchanged.label, unchanged.ms, `${unchanged.result.unchanged} unchanged, ${readsWhenUnchanged} files read`],
  [allChanged.label, allChanged.ms, `${allChanged.result.changed.length} changed, ${reads} files read`],
];
console.log(`journal folder bench: ${FILES} files, ${WORDS} words each, ${(bytes / 1024 / 1024).toFixed(1)} MB, node ${process.version}`);
for (const [label, ms, note] of rows) console.log(`  ${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms   ${note}`);

const failures = [];
if (unchanged.ms >= BUDGET_UNCHANGED_MS) failures.push(`nothing changed took ${unchanged.ms.toFixed(0)} ms (budget ${BUDGET_UNCHANGED_MS})`);
if (readsWhenUnchanged !== 0) failures.push(`nothing changed read ${readsWhenUnchanged} files (expected 0)`);
if (allChanged.ms >= BUDGET_ALL_CHANGED_MS) failures.push(`every file changed took ${allChanged.ms.toFixed(0)} ms (budget ${BUDGET_ALL_CHANGED_MS})`);
if (allChanged.result.changed.length !== FILES) failures.push(`expected ${FILES} changed files, got ${allChanged.result.changed.length}`);
rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`OVER BUDGET:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else console.log(`within budget (< ${BUDGET_UNCHANGED_MS} ms unchanged, < ${BUDGET_ALL_CHANGED_MS} ms all changed)`);
