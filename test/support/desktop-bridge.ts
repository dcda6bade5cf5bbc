// The desktop's journal folder without the Electron binary: the real main-process handlers
// (sender check, schema validation, error envelopes, JournalFolder over a real temp folder) behind
// the same EpisodesBridge object the preload builds, so `createElectronHost(bridge)` works in Node
// (unit tests) and, through Playwright's exposeBinding, in the built app in Chromium (e2e tests).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { journalFolderHandlers, journalFolderMethods } from '../../electron/ipc/journal-folder';
import { createHandler } from '../../electron/ipc/register';
import { siteFolderHandlers, siteFolderMethods } from '../../electron/ipc/site-folder';
import { SiteFolder } from '../../electron/site-folder';
import { JournalFolderController } from '../../electron/journal-folder/controller';
import { saveJournalFolderSetting } from '../../electron/journal-folder/settings';
import type { BridgeEnvelope, BridgeMethod, EpisodesBridge, JournalFolderChange } from '../../src/shared/bridge';

export const APP_PAGE_URL = 'app://episodes/index.html';

export interface DesktopBridge {
  /** Links the page asked main to open in the system browser (after main's own validation). */
  opened: string[];
  /** Calls a journal-folder method the way the preload does: the reply envelope, unwrapped. */
  call(method: BridgeMethod, input: unknown): Promise<BridgeEnvelope<unknown>>;
  controller: JournalFolderController;
  /** Sends a folder change to the page, as main's watcher and focus handler do. */
  emit(change: JournalFolderChange): void;
  onChange(listener: (change: JournalFolderChange) => void): () => void;
}

/** Main's side, with the journal folder at `root` (as if chosen in Settings). */
/** `siteFolder`: the folder the site-folder dialog answers with (else it is cancelled). */
export async function desktopMain(root: string, userDataDir: string, options: { watch?: boolean; debounceMs?: number; siteFolder?: string } = {}): Promise<DesktopBridge> {
  mkdirSync(userDataDir, { recursive: true });
  await saveJournalFolderSetting(userDataDir, root);
  const listeners = new Set<(change: JournalFolderChange) => void>();
  const emit = (change: JournalFolderChange) => listeners.forEach((listener) => listener(change));
  const controller = new JournalFolderController({ userDataDir, documentsDir: join(userDataDir, 'documents'), send: emit, watch: options.watch ?? false, debounceMs: options.debounceMs });
  await controller.start();
  const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) };
  const opened: string[] = [];
  const handlers = {
    ...journalFolderHandlers(controller, dialog),
    ...siteFolderHandlers(
      new SiteFolder(userDataDir, { showOpenDialog: async () => (options.siteFolder ? { canceled: false, filePaths: [options.siteFolder] } : { canceled: true, filePaths: [] }) }, join(userDataDir, 'documents')),
    ),
    appInfo: () => ({ name: 'Episodes', version: '0.0.0-test', platform: process.platform, electron: 'none', chrome: 'none' }),
    openExternal: (input: { url: string }) => void opened.push(input.url),
    legacyData: () => null,
    legacyDataDone: () => undefined,
  } as unknown as Record<string, never>;
  const methods = new Set<string>(Object.keys(handlers));
  return {
    opened,
    controller,
    emit,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async call(method, input) {
      if (!methods.has(method)) return { ok: false, error: { message: `${method} is not available in this test bridge.` } };
      return createHandler(method, handlers[method], (url) => url === APP_PAGE_URL)({ senderFrame: { url: APP_PAGE_URL } } as never, input);
    },
  };
}

/** The page's side: the object the preload exposes as window.episodes, over `main`. */
export function bridgeOver(main: Pick<DesktopBridge, 'call' | 'onChange'>): EpisodesBridge {
  // As the preload does: main's envelope, unwrapped on the page's side (createElectronHost).
  const method = (name: BridgeMethod) => (input: unknown) => main.call(name, input);
  const bridge: Record<string, unknown> = {
    onMenuCommand: () => () => undefined,
    onJournalFolderChanged: (listener: (change: JournalFolderChange) => void) => main.onChange(listener),
  };
  for (const name of ['appInfo', 'openFiles', 'saveFile', 'openExternal', ...journalFolderMethods, ...siteFolderMethods] as BridgeMethod[]) bridge[name] = method(name);
  return bridge as EpisodesBridge;
}
