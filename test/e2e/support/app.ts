// Opens the built app in a fresh Chromium profile and records every console error and page error.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, findChromium } from './chromium';
import { attachDesktop, type DesktopSide } from './desktop';

export const resultsDir = resolve(import.meta.dirname, '../../../test-results');

export interface AppSession {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Console warnings (the app warns, for example, when search has to run on the page). */
  warnings: string[];
  /** Navigates to a route such as '/journal'. */
  goto(route: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Runs as the desktop app with its journal folder here (see desktop.ts). */
  desktop?: { root: string; userData: string; siteFolder?: string };
  /** An existing profile (a second start of the same browser profile); removed by close() only if made here. */
  profile?: string;
}

export async function openApp(options: OpenOptions = {}): Promise<AppSession & { desktop?: DesktopSide; profile: string }> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'episodes-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const desktop = options.desktop ? await attachDesktop(context, options.desktop.root, options.desktop.userData, options.desktop.siteFolder) : undefined;
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  const baseUrl = inject('baseUrl');
  mkdirSync(resultsDir, { recursive: true });
  return {
    page,
    context,
    desktop,
    profile,
    errors,
    warnings,
    async goto(route) {
      await page.goto(`${baseUrl}#${route}`);
      await page.waitForLoadState('networkidle');
    },
    async screenshot(name) {
      const path = join(resultsDir, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
