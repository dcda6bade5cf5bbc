// The built app in Chromium as the desktop app: window.episodes is built before the page's scripts
// run, and every call goes to the real main-process handlers in this test process (sender check,
// schema validation, the journal folder over a real temp folder). Only the Electron binary is missing.
import type { BrowserContext, Page } from 'playwright-core';
import { bridgeContract, type BridgeMethod, type JournalFolderChange } from '../../../src/shared/bridge';
import { desktopMain, type DesktopBridge } from '../../support/desktop-bridge';

const METHODS = Object.keys(bridgeContract) as BridgeMethod[];

/** The preload, as a page init script: the same object shape, main's envelopes as they are. */
function preload(methods: readonly string[]) {
  const listeners = new Set<(change: unknown) => void>();
  const call = (window as unknown as { __episodesCall: (method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> }).__episodesCall;
  const bridge: Record<string, unknown> = {
    onMenuCommand: () => () => undefined,
    onJournalFolderChanged: (listener: (change: unknown) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  for (const name of methods) {
    bridge[name] = (input: unknown) => call(name, input === undefined ? null : input);
  }
  (window as unknown as { episodes: unknown }).episodes = bridge;
  (window as unknown as { __episodesFolderChanged: (change: unknown) => void }).__episodesFolderChanged = (change) => listeners.forEach((l) => l(change));
}

export interface DesktopSide {
  main: DesktopBridge;
  /** Tells the page that the folder changed (as main's watcher or focus handler would). */
  send(change: JournalFolderChange): Promise<void>;
  /** How many calls of `method` main has answered (a test waits for a rescan to finish instead of sleeping). */
  answered(method: BridgeMethod): number;
}

/** Makes every page of `context` a desktop page whose journal folder is `root`. Call before the first navigation. */
export async function attachDesktop(context: BrowserContext, root: string, userData: string, siteFolder?: string): Promise<DesktopSide> {
  const main = await desktopMain(root, userData, { siteFolder });
  const answers = new Map<BridgeMethod, number>();
  await context.exposeBinding('__episodesCall', async (_source, method: BridgeMethod, input: unknown) => {
    try {
      return await main.call(method, input === null && bridgeContract[method].input.safeParse(undefined).success ? undefined : input);
    } finally {
      answers.set(method, (answers.get(method) ?? 0) + 1);
    }
  });
  await context.addInitScript(preload, METHODS);
  const pages = () => context.pages();
  const send = async (change: JournalFolderChange) => {
    await Promise.all(pages().map((page: Page) => page.evaluate((c) => (window as unknown as { __episodesFolderChanged?: (c: unknown) => void }).__episodesFolderChanged?.(c), change)));
  };
  main.onChange((change) => void send(change).catch(() => undefined));
  return { main, send, answered: (method) => answers.get(method) ?? 0 };
}
