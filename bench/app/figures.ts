// One function per measured figure. Each returns raw samples; main.ts turns them into rows.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Page } from 'playwright-core';
import type { Session, ReadySpec, Timing } from './browser';
import type { BenchMeta } from './generate';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

export function screens(meta: BenchMeta, interactiveMark: string | undefined) {
  return {
    dashboard: { all: [{ selector: 'h1', text: 'This week' }], noBusy: true, mark: interactiveMark } satisfies ReadySpec,
    journal: { all: [{ selector: '[data-testid="episode-row"] .episode-title', text: meta.newestTitle }], noBusy: true } satisfies ReadySpec,
    anyJournal: { all: [{ selector: '[data-testid="episode-row"]' }], noBusy: true } satisfies ReadySpec,
    episode: (e: BenchMeta['largest']) => ({ all: [{ selector: '.cm-content', text: e.firstLine }] }) satisfies ReadySpec,
    practice: { all: [{ selector: '[data-testid="topic-table"] tbody tr' }, { selector: '[data-testid="accuracy-chart"] .recharts-line path' }], noBusy: true } satisfies ReadySpec,
    certification: {
      all: [
        { selector: '[data-testid="status-banner"]' },
        { selector: '[data-testid="burn-up"] .recharts-line path' },
        { selector: '[data-testid="hours-per-week"] svg' },
        { selector: '[data-testid="module-progress"] svg' },
        { selector: '[data-testid="heatmap"] path.cert-heat' },
      ],
      noBusy: true,
    } satisfies ReadySpec,
  };
}

/** Retries a flaky step once (a busy machine can miss a timeout). */
export async function retry<T>(what: string, fn: () => Promise<T>, log: (m: string) => void): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    log(`  ${what} failed once (${String(error).split('\n')[0]}); retrying`);
    return fn();
  }
}

export async function coldStarts(s: Session, ready: ReadySpec, runs: number, log: (m: string) => void): Promise<Timing[]> {
  await retry('warm-up start', () => s.coldStart('/dashboard', ready), log); // HTTP cache and V8 code cache, as on a second launch
  const out: Timing[] = [];
  for (let i = 0; i < runs; i++) out.push(await retry('cold start', () => s.coldStart('/dashboard', ready), log));
  return out;
}

/** Reloads on the dashboard, then times a hash navigation to `hash` (a first visit in a fresh page). */
export async function firstVisits(s: Session, dashboard: ReadySpec, hash: string, ready: ReadySpec, runs: number, log: (m: string) => void): Promise<(Timing & { chartsWarm: boolean })[]> {
  const out: (Timing & { chartsWarm: boolean })[] = [];
  for (let i = 0; i < runs; i++) {
    out.push(
      await retry(`visit ${hash}`, async () => {
        await s.coldStart('/dashboard', dashboard);
        await s.page.waitForTimeout(300);
        // Whether the app's idle-time chart warm-up (src/ui/chart-warmup.tsx) had finished by then.
        const chartsWarm = await s.page.evaluate(() => performance.getEntriesByName('episodes:charts-warm').length > 0);
        return { ...(await s.navigate(hash, ready)), chartsWarm };
      }, log),
    );
  }
  return out;
}

/** ' (charts warmed in idle time before 9 of 9 visits)': how many visits followed a finished warm-up. */
export function warmNote(visits: readonly { chartsWarm: boolean }[]): string {
  return ` (chart code warmed in idle time before ${visits.filter((v) => v.chartsWarm).length} of ${visits.length} visits)`;
}

/** The plain IndexedDB read the journal screen is compared with: getAll on the episodes store. */
export async function idbReads(s: Session, runs: number): Promise<{ ms: number[]; rows: number }> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const r = await s.page.evaluate(async () => {
      const t0 = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('episodes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction('episodes', 'readonly').objectStore('episodes').getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return { ms: performance.now() - t0, rows: all.length };
    });
    ms.push(r.ms);
    rows = r.rows;
  }
  return { ms, rows };
}

/**
 * One search: clear the box (wait for the timeline), then put the query in the box as one input
 * event and time until the results (or "Nothing found for “q”") are in the DOM, and the next frame.
 */
export async function searchOnce(s: Session, query: string, timeoutMs = 20_000): Promise<Timing & { hits: number }> {
  return s.page.evaluate(
    ({ query, timeoutMs }) =>
      new Promise<Timing & { hits: number }>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('input[aria-label="Search episodes"]');
        if (!input) return reject(new Error('No search box (input[aria-label="Search episodes"]) on the journal screen.'));
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const type = (text: string) => {
          setValue.call(input, text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const shown = () =>
          document.querySelector('.search-results') !== null ||
          Array.from(document.querySelectorAll('.search-empty')).some((el) => (el.textContent ?? '').includes(`“${query}”`));
        const start = () => {
          let done = false;
          const t0 = performance.now();
          const finish = () => {
            if (done || !shown()) return;
            done = true;
            const commit = performance.now() - t0;
            observer.disconnect();
            const hits = document.querySelectorAll('[data-testid="search-hit"]').length;
            requestAnimationFrame(() => setTimeout(() => resolve({ commit, frame: performance.now() - t0, hits })));
          };
          const observer = new MutationObserver(finish);
          observer.observe(document.querySelector('.content') ?? document.body, { subtree: true, childList: true, characterData: true });
          type(query);
          setTimeout(() => !done && (observer.disconnect(), reject(new Error(`search for "${query}" showed nothing after ${timeoutMs} ms`))), timeoutMs);
        };
        type('');
        const waitCleared = (tries: number) => {
          if (document.querySelector('[data-testid="timeline"]') && !document.querySelector('.search-results, .search-empty')) setTimeout(start, 30);
          else if (tries > 600) reject(new Error('the search box did not clear back to the timeline'));
          else requestAnimationFrame(() => waitCleared(tries + 1));
        };
        waitCleared(0);
      }),
    { query, timeoutMs },
  );
}

/** Per keystroke: keydown → handled and keydown → next frame (ms); whether the text ended up in the editor. */
type Typed = { handled: number[]; frame: number[]; shown: boolean };

/**
 * Types `text` at the end of the open editor, one key at a time, timing each keystroke in the page.
 * `settle: false` types at once where the cursor is (to type while other work runs).
 */
export async function typeTimed(s: Pick<Session, 'page'>, text: string, pauseMs: number, options: { settle?: boolean } = {}): Promise<Typed> {
  const { page } = s;
  if (options.settle !== false) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(500);
  }
  await page.evaluate(() => {
    type Rec = { start: number; dom?: number; handled?: number; frame?: number };
    const w = window as unknown as { __keys: Rec[]; __keysStop?: () => void };
    // A second call in the same page (the profiled run) replaces the first call's listeners.
    w.__keysStop?.();
    w.__keys = [];
    const onKey = (e: KeyboardEvent) => void w.__keys.push({ start: e.timeStamp });
    document.addEventListener('keydown', onKey, true);
    const observer = new MutationObserver(() => {
      const rec = w.__keys.at(-1);
      if (!rec || rec.dom !== undefined) return;
      rec.dom = performance.now();
      setTimeout(() => (rec.handled = performance.now()));
      requestAnimationFrame(() => setTimeout(() => (rec.frame = performance.now())));
    });
    observer.observe(document.querySelector('.cm-content')!, { subtree: true, childList: true, characterData: true });
    w.__keysStop = () => {
      document.removeEventListener('keydown', onKey, true);
      observer.disconnect();
    };
  });
  let n = 0;
  for (const ch of text) {
    await page.keyboard.type(ch);
    n++;
    await page.waitForFunction((count) => {
      const keys = (window as unknown as { __keys: { frame?: number }[] }).__keys;
      return keys.length >= count && keys[count - 1]!.frame !== undefined;
    }, n, { timeout: 10_000 });
    await page.waitForTimeout(pauseMs);
  }
  const recs = await page.evaluate(() => (window as unknown as { __keys: { start: number; handled: number; frame: number }[] }).__keys);
  const shown = await page.evaluate((t) => (document.querySelector('.cm-content')?.textContent ?? '').includes(t.trim().split(' ').at(-1)!), text);
  return { handled: recs.map((r) => r.handled - r.start), frame: recs.map((r) => r.frame - r.start), shown };
}

/** Types `text` into an editor that `mount` sets up in a new tab of the same browser, then closes the tab. */
async function typeInNewTab(s: Session, mount: (page: Page) => Promise<void>, text: string, pauseMs: number): Promise<Typed> {
  const page = await s.context.newPage();
  try {
    await mount(page);
    return await typeTimed({ page }, text, pauseMs);
  } finally {
    await page.close();
  }
}

/**
 * The bare baseline: the same keystrokes, measured the same way, in a contenteditable that holds the
 * same text (no app, no editor library), one block per line, as an editor without a virtualized view
 * would lay the text out.
 */
export function typeBaseline(s: Session, body: string, text: string, pauseMs: number): Promise<Typed> {
  return typeInNewTab(s, async (page) => {
    await page.setContent('<!doctype html><body style="margin:0"><div class="cm-content" contenteditable="true" spellcheck="true" style="white-space:pre-wrap;font:15px/1.6 sans-serif;padding:16px;height:100vh;overflow:auto;box-sizing:border-box"></div></body>');
    await page.evaluate((t) => {
      const root = document.querySelector('.cm-content')!;
      for (const line of t.split('\n')) {
        const div = document.createElement('div');
        div.textContent = line || '\u200b';
        root.append(div);
      }
    }, body);
  }, text, pauseMs);
}

/**
 * The typing baseline: CodeMirror 6 alone with the same text and line wrapping (no app), so the app's
 * cost over its editor library shows. The bare contenteditable holds every line in the DOM;
 * CodeMirror draws only the lines in view, as the app's editor does.
 */
export function typeCodeMirrorAlone(s: Session, repo: string, body: string, text: string, pauseMs: number): Promise<Typed> {
  const script = buildSync({ entryPoints: [join(repo, 'bench/app/codemirror-alone.ts')], absWorkingDir: repo, bundle: true, format: 'iife', platform: 'browser', minify: true, write: false, logLevel: 'warning' }).outputFiles[0]!.text;
  return typeInNewTab(s, async (page) => {
    await page.setContent('<!doctype html><body style="margin:0"></body>');
    await page.addScriptTag({ content: script });
    await page.evaluate((doc) => (window as unknown as { mountCodeMirror(d: string): void }).mountCodeMirror(doc), body);
  }, text, pauseMs);
}

/** A plain remark parse (remark-parse + gfm + frontmatter) of the same files, in Node: best of 3 runs. */
export function remarkBaseline(dir: string): { ms: number; runs: number[] } {
  const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    for (const text of texts) processor.runSync(processor.parse(text));
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), runs };
}

/** Import screen: choose the 1,000 files; time to the preview, then to the journal after Import. */
export async function importFiles(s: Session, dir: string, count: number, log: (m: string) => void): Promise<{ preview: number; total: number }> {
  const { page } = s;
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  // With `--only import` nothing has loaded the app in this session yet.
  if (!page.url().startsWith(s.base)) await page.goto(`${s.base}#/dashboard`);
  await s.navigate('/journal/import', { all: [{ selector: 'button', text: 'Choose files…' }] });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose files…' }).click()]);
  const t0 = performance.now();
  await chooser.setFiles(files);
  const importButton = page.getByRole('button', { name: `Import ${count} episodes` });
  await importButton.waitFor({ timeout: 300_000 });
  const preview = performance.now() - t0;
  log(`  preview of ${count} files after ${(preview / 1000).toFixed(1)} s; importing`);
  await importButton.click();
  await page.waitForFunction(() => location.hash === '#/journal' && document.querySelector('[data-testid="episode-row"]') !== null, null, { timeout: 600_000, polling: 100 });
  return { preview, total: performance.now() - t0 };
}

/** Settings → Restore from a file… → preview → Merge into this app (the seeding path through the UI). */
export async function restoreThroughUi(s: Session, backupPath: string): Promise<{ preview: number; merge: number }> {
  const { page } = s;
  await page.goto(`${s.base}#/settings`);
  const restore = page.getByRole('button', { name: 'Restore from a file…' });
  await restore.waitFor({ timeout: 30_000 });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), restore.click()]);
  const t0 = performance.now();
  await chooser.setFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Restore preview' });
  const refused = page.getByRole('alert');
  await Promise.race([dialog.waitFor({ timeout: 600_000 }), refused.waitFor({ timeout: 600_000 }).then(async () => Promise.reject(new Error(`restore refused: ${await refused.textContent()}`)))]);
  const t1 = performance.now();
  await dialog.getByRole('button', { name: 'Merge into this app' }).click();
  await page.getByText(/nothing was removed/).waitFor({ timeout: 600_000 });
  return { preview: t1 - t0, merge: performance.now() - t1 };
}

/** The faster seeding path: every table written with the page's own IndexedDB, in chunks. */
export async function seedThroughIdb(s: Session, backupPath: string): Promise<number> {
  const { page } = s;
  await page.goto(`${s.base}#/settings`);
  await page.getByRole('button', { name: 'Restore from a file…' }).waitFor({ timeout: 30_000 });
  const tables = (JSON.parse(readFileSync(backupPath, 'utf8')) as { tables: Record<string, unknown[]> }).tables;
  const t0 = performance.now();
  for (const [table, rows] of Object.entries(tables)) {
    for (let i = 0; i < rows.length; i += 2000) {
      await page.evaluate(
        async ({ table, chunk }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('episodes');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const tx = db.transaction(table, 'readwrite');
          for (const row of chunk) tx.objectStore(table).put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        { table, chunk: rows.slice(i, i + 2000) },
      );
    }
  }
  return performance.now() - t0;
}

/** Settings → Export a backup file… until the download starts. */
export async function exportBackup(s: Session): Promise<{ ms: number; bytes: number }> {
  const { page } = s;
  await page.goto(`${s.base}#/settings`);
  const button = page.getByRole('button', { name: 'Export a backup file…' });
  await button.waitFor({ timeout: 30_000 });
  const t0 = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), button.click()]);
  const ms = performance.now() - t0;
  const path = await download.path();
  return { ms, bytes: path ? readFileSync(path).length : 0 };
}

export interface HotSpot {
  ms: number;
  where: string;
}

/** CPU profile of one extra run of `action` (not of the measured runs): self time by function. */
export async function profileOf(s: Session, name: string, outDir: string, action: () => Promise<unknown>): Promise<HotSpot[]> {
  await s.cdp.send('Profiler.enable');
  await s.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await s.cdp.send('Profiler.start');
  let failure: unknown;
  try {
    await action();
  } catch (error) {
    failure = error;
  }
  const { profile } = (await s.cdp.send('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  };
  if (failure) throw failure;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') return;
    const where = f.url ? `${f.functionName || '(anonymous)'} ${basename(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}` : f.functionName;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self.entries()].map(([where, ms]) => ({ where, ms })).sort((a, b) => b.ms - a.ms).slice(0, 8);
}
