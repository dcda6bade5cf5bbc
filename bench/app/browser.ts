// Serving dist-web and driving Chromium for the benchmark, plus the in-page timers. Timings are taken
// inside the page (performance.now()) wherever the figure is shorter than a second, so the
// round trip between Node and the browser is not part of it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, findChromium } from '../../test/e2e/support/chromium';

/**
 * Serves a snapshot of dist-web (copied first: other people may rebuild dist-web during a long run).
 */
export async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const snapshot = mkdtempSync(join(tmpdir(), 'episodes-bench-web-'));
  cpSync(resolve(root, 'dist-web'), snapshot, { recursive: true });
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: snapshot },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not report its port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      rmSync(snapshot, { recursive: true, force: true });
    },
  };
}

/** What "this screen is ready" means: every selector present (with its text, if given), nothing aria-busy. */
export interface ReadySpec {
  all: { selector: string; text?: string; minCount?: number }[];
  /** No screen-level loading placeholder (a lazily drawn preview further down does not count). */
  noBusy?: boolean;
  /** A performance.mark the build is known to set; when given, ready also waits for it. */
  mark?: string;
}

export interface Timing {
  /** Until the DOM held the ready state (the commit). */
  commit: number;
  /** Until the frame after that commit (rAF, then a task): what a person sees. */
  frame: number;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  base: string;
  /** Hash navigation inside the running page, timed in the page until `ready` holds. */
  navigate(hash: string, ready: ReadySpec, timeoutMs?: number): Promise<Timing>;
  /** A full reload of `hash`, timed from navigation start until `ready` first held (an init script watches). */
  coldStart(hash: string, ready: ReadySpec, timeoutMs?: number): Promise<Timing>;
  /** V8 heap in use after a full garbage collection, in MB. */
  heapMB(): Promise<number>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __benchCold?: { spec: ReadySpec; commit?: number; frame?: number };
  }
}

export async function openSession(base: string, options: { downloads?: boolean } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'episodes-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: options.downloads ?? true,
  });
  // Watches every document from its first byte for the cold-start spec set in sessionStorage.
  await context.addInitScript(() => {
    const raw = sessionStorage.getItem('__benchColdSpec');
    if (!raw) return;
    const spec = JSON.parse(raw) as ReadySpec;
    const state: NonNullable<Window['__benchCold']> = { spec };
    window.__benchCold = state;
    const check = () => {
      if (state.commit !== undefined) return;
      for (const want of spec.all) {
        const found = document.querySelectorAll(want.selector);
        if (found.length < (want.minCount ?? 1)) return;
        if (want.text !== undefined && !Array.from(found).some((el) => (el.textContent ?? '').includes(want.text!))) return;
      }
      if (spec.noBusy && document.querySelector('.page[aria-busy="true"], .journal-loading[aria-busy="true"]')) return;
      if (spec.mark && performance.getEntriesByName(spec.mark).length === 0) return;
      state.commit = performance.now();
      requestAnimationFrame(() => setTimeout(() => (state.frame = performance.now())));
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    if (spec.mark) new PerformanceObserver(check).observe({ entryTypes: ['mark'] });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    errors,
    base,
    async navigate(hash, ready, timeoutMs = 120_000) {
      return page.evaluate(
        ({ hash, ready, timeoutMs }) =>
          new Promise<Timing>((resolvePromise, reject) => {
            // Playwright ships this function's source to the page, so the check is repeated here (no eval: CSP).
            const test = (spec: ReadySpec) => {
              for (const want of spec.all) {
                const found = document.querySelectorAll(want.selector);
                if (found.length < (want.minCount ?? 1)) return false;
                if (want.text !== undefined && !Array.from(found).some((el) => (el.textContent ?? '').includes(want.text!))) return false;
              }
              if (spec.noBusy && document.querySelector('.page[aria-busy="true"], .journal-loading[aria-busy="true"]')) return false;
              if (spec.mark && performance.getEntriesByName(spec.mark).length === 0) return false;
              return true;
            };
            let done = false;
            const t0 = performance.now();
            const finish = () => {
              if (done || !test(ready)) return;
              done = true;
              const commit = performance.now() - t0;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolvePromise({ commit, frame: performance.now() - t0 })));
            };
            const observer = new MutationObserver(finish);
            observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
            location.hash = hash;
            setTimeout(() => {
              if (done) return;
              done = true;
              observer.disconnect();
              reject(new Error(`${hash} was not ready after ${timeoutMs} ms (waiting for ${JSON.stringify(ready)})`));
            }, timeoutMs);
          }),
        { hash, ready, timeoutMs },
      );
    },
    async coldStart(hash, ready, timeoutMs = 60_000) {
      if (!page.url().startsWith(base)) await page.goto(`${base}#${hash}`);
      await page.evaluate((spec) => sessionStorage.setItem('__benchColdSpec', JSON.stringify(spec)), ready);
      await page.evaluate((h) => void (location.hash = h), hash);
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => window.__benchCold?.frame !== undefined, null, { timeout: timeoutMs, polling: 50 });
      const result = await page.evaluate(() => ({ commit: window.__benchCold!.commit!, frame: window.__benchCold!.frame! }));
      await page.evaluate(() => sessionStorage.removeItem('__benchColdSpec'));
      return result;
    },
    async heapMB() {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize / 2 ** 20;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
