import type { EpisodesBridge } from '../shared/bridge';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host, HostCapabilities, JournalFolderHost, SiteFolderHost, PickedFile, SaveOutcome, SaveRequest, FileFilter } from './host';
export { HostUnavailableError } from './host';
export { HostProvider, useHost } from './host-context';

/** Chosen once at start-up: Electron when the preload exposed window.episodes, else the browser. */
export function createHost(): Host {
  const bridge = (window as unknown as { episodes?: EpisodesBridge }).episodes;
  return bridge ? createElectronHost(bridge) : createBrowserHost();
}
