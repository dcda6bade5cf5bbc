// The platform adapter: features talk to the Host, never to Electron or browser APIs directly.
import type { AppInfo, MenuCommand } from '../shared/bridge';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** A file the user picked, with its bytes, or the reason it could not be read. */
export type PickedFile = { name: string; size: number; data: Uint8Array } | { name: string; size: number; error: string };

export interface SaveRequest {
  title?: string;
  suggestedName: string;
  mimeType: string;
  filters?: FileFilter[];
  data: string | Uint8Array;
}

export type SaveOutcome = { saved: true; where: string } | { saved: false };

export interface HostCapabilities {
  /** Episodes mirrored as markdown files in a folder on disk. */
  journalFolder: boolean;
  /** Native open and save dialogs (the browser uses a file input and downloads). */
  nativeDialogs: boolean;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: HostCapabilities;
  appInfo(): Promise<AppInfo>;
  openFiles(options: { title?: string; filters?: FileFilter[]; multiple?: boolean }): Promise<PickedFile[]>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  openExternal(url: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export class HostUnavailableError extends Error {
  constructor(feature: string) {
    super(`${feature} is available in the Episodes desktop app, not in the browser.`);
    this.name = 'HostUnavailableError';
  }
}
