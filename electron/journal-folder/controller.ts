// The journal folder the app is using right now: opened at start-up from the saved setting (or
// Documents/Episodes), watched for outside edits, and switched when the user picks another one.
import type { JournalFolderChange, JournalFolderInfo } from '../../src/shared/bridge';
import { FileOpError } from './file-ops';
import { JournalFolder } from './journal';
import { defaultJournalFolder, loadJournalFolderSetting, saveJournalFolderSetting } from './settings';
import { watchJournalFolder, type JournalWatcher } from './watch';

export interface ControllerOptions {
  userDataDir: string;
  documentsDir: string;
  send(change: JournalFolderChange): void;
  watch?: boolean;
  debounceMs?: number;
}

export class JournalFolderController {
  private folder: JournalFolder | undefined;
  private watcher: JournalWatcher | undefined;
  private problem: string | undefined;
  private starting: Promise<void> | undefined;
  private path: string;
  private readonly defaultPath: string;

  constructor(private readonly options: ControllerOptions) {
    this.defaultPath = defaultJournalFolder(options.documentsDir);
    this.path = loadJournalFolderSetting(options.userDataDir) ?? this.defaultPath;
  }

  /** Opens the saved folder. A folder that cannot be opened is reported in info(), not thrown. */
  start(): Promise<void> {
    // A handler may ask for the folder while start-up is still opening it: share that one attempt.
    this.starting ??= (async () => {
      try {
        await this.attach(await JournalFolder.open(this.path));
      } catch (error) {
        this.problem = `The journal folder ${this.path} could not be opened: ${(error as Error).message}`;
      }
    })().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  info(): JournalFolderInfo {
    return { path: this.path, isDefault: this.path === this.defaultPath, ...(this.problem ? { problem: this.problem } : {}) };
  }

  /** The open folder; retries opening it (a USB disk plugged back in), else a user-facing error. */
  async current(): Promise<JournalFolder> {
    if (!this.folder) await this.start();
    if (!this.folder) throw new FileOpError(this.problem ?? 'The journal folder is not available.');
    return this.folder;
  }

  /** Opens `path` first, and only then saves it as the setting and drops the old folder. */
  async switchTo(path: string): Promise<JournalFolderInfo> {
    const folder = await JournalFolder.open(path);
    await saveJournalFolderSetting(this.options.userDataDir, path);
    this.path = path;
    await this.attach(folder);
    this.options.send({ reason: 'folder-changed', paths: [] });
    return this.info();
  }

  notifyFocus(): void {
    if (this.folder) this.options.send({ reason: 'focus', paths: [] });
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async attach(folder: JournalFolder): Promise<void> {
    this.close();
    this.folder = folder;
    this.problem = undefined;
    if (this.options.watch === false) return;
    try {
      this.watcher = watchJournalFolder(folder.root, {
        debounceMs: this.options.debounceMs,
        recent: folder.recent,
        onChange: (paths) => this.options.send({ reason: 'watch', paths }),
        onError: (error) => console.warn('[journal-folder] watcher stopped', error.message),
      });
    } catch (error) {
      // Without a watcher, focus and start-up rescans still pick up outside edits.
      console.warn('[journal-folder] cannot watch', (error as Error).message);
    }
  }
}
