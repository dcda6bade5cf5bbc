// Versions that loaded the page from file:// kept the database under that origin, which the page
// on app://episodes cannot open. Once, the first time the page asks, main opens the old origin in a
// hidden window (no preload, no app code: an empty page), reads every table there and hands the
// rows to the page as a backup to merge. The old data is never deleted; a marker file says it has
// been brought over.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRawDatabase } from '../src/shared/raw-database';
import { atomicWrite } from './journal-folder/atomic-write';

const MARKER = 'file-origin-migrated.json';
const BLANK_PAGE = 'file-origin-export.html';
/** Chromium keeps every file:// page's IndexedDB in one folder named for the `file://` origin. */
const LEGACY_DATABASE_DIR = join('IndexedDB', 'file__0.indexeddb.leveldb');

/** Runs in the hidden window on the old origin: the 'episodes' database as backup JSON, or null. */
export const LEGACY_EXPORT_SCRIPT = `(${readRawDatabase.toString()})('episodes')`;

export interface HiddenWindow {
  loadURL(url: string): Promise<unknown>;
  webContents: { executeJavaScript(code: string): Promise<unknown> };
  destroy(): void;
}

export class LegacyOrigin {
  private exported: Promise<string | null> | undefined;

  constructor(
    private readonly userDataDir: string,
    private readonly openHiddenWindow: () => HiddenWindow,
  ) {}

  /** The old origin's data as backup JSON, once; null when there is none or it was brought over. */
  data(): Promise<string | null> {
    this.exported ??= this.export();
    return this.exported;
  }

  /** The page merged the data: never offer it again. */
  async done(): Promise<void> {
    await atomicWrite(join(this.userDataDir, MARKER), `${JSON.stringify({ version: 1, at: new Date().toISOString() })}\n`);
  }

  private async export(): Promise<string | null> {
    if (existsSync(join(this.userDataDir, MARKER))) return null;
    if (!existsSync(join(this.userDataDir, LEGACY_DATABASE_DIR))) {
      await this.done();
      return null;
    }
    const blank = join(this.userDataDir, BLANK_PAGE);
    await atomicWrite(blank, '<!doctype html><meta charset="utf-8"><title>Episodes</title>');
    const window = this.openHiddenWindow();
    try {
      await window.loadURL(pathToFileURL(blank).toString());
      const json = await window.webContents.executeJavaScript(LEGACY_EXPORT_SCRIPT);
      return typeof json === 'string' ? json : null;
    } finally {
      window.destroy();
    }
  }
}
