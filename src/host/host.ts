// The platform adapter: features talk to the Host, never to Electron or browser APIs directly.
import type { Platform } from '../shared/commands';
import type {
  AppInfo,
  BackupInfo,
  BackupKind,
  ChooseJournalFolderResult,
  EpisodeFile,
  EpisodeFileState,
  HistoryFileInfo,
  JournalFolderChange,
  JournalFolderInfo,
  JournalScanResult,
  MenuCommand,
  MoveEpisodeFileResult,
  WriteEpisodeFileResult,
} from '../shared/bridge';
import type { ChooseSiteFolderResult, FinishSiteResult, WriteSiteFilesResult } from '../shared/bridge-site';
import type { AttachmentFileState, AttachmentListing, TrashAttachmentFileResult, WriteAttachmentFileResult } from '../shared/bridge-attachments';

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
  /** A native application menu owns the menu commands' accelerators and sends them as commands. */
  nativeMenu: boolean;
  /** The static site can be written to a folder (desktop); the browser exports a zip. */
  siteFolder: boolean;
}

/**
 * Episodes as markdown files in a folder (desktop only: check capabilities.journalFolder first;
 * in the browser every method throws HostUnavailableError). Paths are relative, `/`-separated.
 */
export interface JournalFolderHost {
  info(): Promise<JournalFolderInfo>;
  choose(): Promise<ChooseJournalFolderResult>;
  read(path: string): Promise<EpisodeFile>;
  /** expectedSha256: what the app last saw on disk (null: must not exist); a mismatch writes nothing. */
  write(path: string, text: string, expectedSha256?: string | null): Promise<WriteEpisodeFileResult>;
  /** Never replaces another file: `moved: false` says why instead. */
  move(from: string, to: string): Promise<MoveEpisodeFileResult>;
  trash(path: string): Promise<{ trashedAs: string }>;
  writeConflictCopy(path: string, text: string): Promise<EpisodeFileState>;
  /** How the folder differs from `known` (path -> sha256 the page last agreed with there). */
  scan(options?: { force?: boolean; known?: Record<string, string> }): Promise<JournalScanResult>;
  /** A daily backup (one a day) or a safety backup (before a restore replaces everything). */
  writeBackup(json: string, kind?: BackupKind): Promise<{ name: string; removed: string[] }>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<{ name: string; json: string }>;
  /** An episode's kept versions as files under .episodes/history/ (written, listed, read, removed by name). */
  writeHistoryFile(path: string, at: number, reason: string, text: string): Promise<{ name: string }>;
  listHistoryFiles(path: string): Promise<HistoryFileInfo[]>;
  readHistoryFile(path: string, name: string): Promise<{ text: string }>;
  removeHistoryFiles(path: string, names: string[]): Promise<{ removed: number }>;
  /** The images and PDFs under attachments/ (path, size, sha256), read, written (never over a different file), trashed. */
  listAttachments(): Promise<AttachmentListing>;
  readAttachment(path: string): Promise<AttachmentFileState & { data: Uint8Array }>;
  writeAttachment(path: string, data: Uint8Array): Promise<WriteAttachmentFileResult>;
  /** Only if the file still holds `expectedSha256`; it goes to .episodes/trash/attachments/. */
  trashAttachment(path: string, expectedSha256: string): Promise<TrashAttachmentFileResult>;
  onChanged(listener: (change: JournalFolderChange) => void): () => void;
}

/** The static site written to a folder the person picks (desktop only; check capabilities.siteFolder). */
export interface SiteFolderHost {
  choose(): Promise<ChooseSiteFolderResult>;
  /** A batch of files (at most 500, 64 MB); each written only if its bytes changed, never over a file Episodes did not write. */
  write(files: Array<{ path: string; data: string | Uint8Array }>): Promise<WriteSiteFilesResult>;
  /** Every path of this export: what an earlier export wrote and this one lacks is removed (unless edited since). */
  finish(paths: string[]): Promise<FinishSiteResult>;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  readonly platform: Platform;
  readonly capabilities: HostCapabilities;
  appInfo(): Promise<AppInfo>;
  /** `maxBytes` raises the 5 MB cap for files that are not episodes (a backup: up to 256 MB). */
  openFiles(options: { title?: string; filters?: FileFilter[]; multiple?: boolean; maxBytes?: number }): Promise<PickedFile[]>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  openExternal(url: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  readonly journalFolder: JournalFolderHost;
  readonly siteFolder: SiteFolderHost;
  /** Data an earlier version kept where this one cannot read it (the desktop's old file:// origin), once. */
  legacyData(): Promise<string | null>;
  /** That data has been merged: it is not offered again. */
  legacyDataDone(): Promise<void>;
}

export class HostUnavailableError extends Error {
  constructor(feature: string) {
    super(`${feature} is available in the Episodes desktop app, not in the browser.`);
    this.name = 'HostUnavailableError';
  }
}
