// The bridge contract between the Electron shell and the page (with the command table in
// commands.ts, what both electron/ and src/ import). Each method names its IPC channel and the schema its argument
// must satisfy; main validates every call against it, the preload builds window.episodes from it.
import { attachmentBridgeContract, type AttachmentBridgeResults } from './bridge-attachments';
import { siteBridgeContract, type SiteBridgeResults } from './bridge-site';
import { menuCommandIds, type MenuCommand } from './commands';
import type { SyncEngine } from './sync-conflict-names';
import { z } from 'zod';

export const MAX_OPEN_FILE_BYTES = 5 * 1024 * 1024;

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i, 'an extension is letters and digits, without a dot')).min(1).max(20),
});

export const openFilesInput = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).default([]),
  multiple: z.boolean().default(false),
  /** A larger cap than MAX_OPEN_FILE_BYTES, for what is not an episode (a backup: up to MAX_BACKUP_BYTES). */
  maxBytes: z.number().int().positive().max(256 * 1024 * 1024).optional(),
});

export const saveFileInput = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]|^\.\.?$/.test(name), 'a file name, without folders'),
  filters: z.array(fileFilter).max(10).default([]),
  data: z.union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array, "text or bytes")]),
});

export const openExternalInput = z.object({
  url: z
    .string()
    .max(2048)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    }, 'only http and https links can be opened'),
});

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
  chrome: string;
}

/** A file the user picked: its bytes are read by main, capped at MAX_OPEN_FILE_BYTES. */
export type OpenedFile =
  | { name: string; size: number; data: Uint8Array }
  | { name: string; size: number; error: string };

export type SaveFileResult = { saved: true; path: string } | { saved: false };

// Journal folder: episodes as markdown files under a folder the user chose. Paths are relative to
// that folder, `/`-separated; main checks each one again (no `..`, no absolute paths, no symlink escapes).
export const MAX_EPISODE_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
const episodePath = z.string().min(1).max(512).regex(/\.md$/i, 'an episode file ends in .md');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex');
const episodeText = z.string().max(MAX_EPISODE_FILE_BYTES);
/** A daily automatic backup (one a day, 14 kept) or a safety backup written before a restore replaced everything. */
export const BACKUP_NAME_PATTERN = /^episodes-(?:backup-\d{4}-\d{2}-\d{2}|safety-\d{4}-\d{2}-\d{2}-\d{6})\.json$/;

export const episodePathInput = z.object({ path: episodePath });
export const writeEpisodeFileInput = z.object({
  path: episodePath,
  text: episodeText,
  /** The sha256 the app last saw on disk; null means "the file must not exist yet"; omitted means overwrite. */
  expectedSha256: sha256Hex.nullable().optional(),
});
export const moveEpisodeFileInput = z.object({ from: episodePath, to: episodePath });
export const writeConflictCopyInput = z.object({ path: episodePath, text: episodeText });
/** Files the page knows, at most; a journal of 20 years of weekly episodes holds about 1,000. */
export const MAX_KNOWN_FILES = 200_000;
export const scanJournalFolderInput = z
  .object({
    force: z.boolean().default(false),
    /** Path -> sha256 of the content the page last agreed with there (its file links). */
    known: z
      .record(episodePath, sha256Hex)
      .refine((known) => Object.keys(known).length <= MAX_KNOWN_FILES, `at most ${MAX_KNOWN_FILES} files`)
      .default({}),
  })
  .default({ force: false, known: {} });
export const writeBackupInput = z.object({ json: z.string().min(2).max(MAX_BACKUP_BYTES), kind: z.enum(['daily', 'safety']).default('daily') });
export const readBackupInput = z.object({ name: z.string().regex(BACKUP_NAME_PATTERN, 'a backup name like episodes-backup-2026-11-26.json') });
export type BackupKind = 'daily' | 'safety';

// An episode's revision history in the journal folder (.episodes/history/<episode file>/…).
const historyReason = z.string().regex(/^[a-z][a-z-]{0,30}$/, 'a reason in lower-case words joined by dashes');
export const writeHistoryFileInput = z.object({ path: episodePath, at: z.number().int().nonnegative(), reason: historyReason, text: episodeText });
export const historyFilesInput = z.object({ path: episodePath });
const historyFileName = z.string().regex(/^\d{8}T\d{9}Z-[a-z][a-z-]{0,30}\.md$/, 'a history file name');
export const readHistoryFileInput = z.object({ path: episodePath, name: historyFileName });
export const removeHistoryFilesInput = z.object({ path: episodePath, names: z.array(historyFileName).max(100_000) });
export interface HistoryFileInfo {
  name: string;
  /** When that text was the episode's. */
  at: number;
  reason: string;
  size: number;
}

export interface JournalFolderInfo {
  path: string;
  isDefault: boolean;
  /** Present when the folder could not be opened; the app keeps working from its database. */
  problem?: string;
}
export type ChooseJournalFolderResult = { changed: true; info: JournalFolderInfo } | { changed: false };
export interface EpisodeFileState {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}
export interface EpisodeFile extends EpisodeFileState {
  text: string;
}
/** A move never replaces another file: it reports why it did not happen instead. */
export type MoveEpisodeFileResult =
  | ({ moved: true } & EpisodeFileState)
  /** target-exists: another file (different bytes) has that name; source-missing: `from` is gone. */
  | { moved: false; reason: 'target-exists' | 'source-missing' };
export type WriteEpisodeFileResult =
  | ({ written: true } & EpisodeFileState)
  /** The file on disk is not the one the app expected: nothing was written. `current` is null if it is gone. */
  | { written: false; current: EpisodeFile | null };
/** How the folder differs from the `known` files the page sent. */
export interface JournalScanResult {
  /** Known files whose bytes are what the page knows: not sent. */
  unchanged: number;
  changed: Array<EpisodeFile & { previousSha256: string }>;
  /** Files the page does not know (not empty, not conflict copies), with their text. */
  added: EpisodeFile[];
  deleted: Array<{ path: string; previousSha256: string }>;
  renamed: Array<{ from: string; to: string; sha256: string }>;
  /** Conflict copies the page does not know: kept for the person to read, never imported. */
  conflictCopies: string[];
  /** A sync engine's second version of a file (Dropbox, Syncthing, iCloud, OneDrive names), with its text: never a new episode. */
  engineConflicts: Array<EpisodeFile & { original: string; engine: SyncEngine }>;
  skipped: Array<{ path: string; reason: string }>;
}
export interface BackupInfo {
  name: string;
  kind: BackupKind;
  /** yyyy-MM-dd from the name. */
  date: string;
  size: number;
}
export interface JournalFolderChange {
  reason: 'watch' | 'focus' | 'folder-changed';
  /** Paths that changed on disk (empty for focus: rescan to find out). */
  paths: string[];
}
export const JOURNAL_FOLDER_CHANGED_CHANNEL = 'journal-folder:changed';

export function isJournalFolderChange(value: unknown): value is JournalFolderChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  return (
    (change.reason === 'watch' || change.reason === 'focus' || change.reason === 'folder-changed') &&
    Array.isArray(change.paths) &&
    change.paths.every((path) => typeof path === 'string')
  );
}

/** Method name -> IPC channel and argument schema. */
export const bridgeContract = {
  appInfo: { channel: 'app:info', input: z.void() },
  openFiles: { channel: 'dialog:open-files', input: openFilesInput },
  saveFile: { channel: 'dialog:save-file', input: saveFileInput },
  openExternal: { channel: 'shell:open-external', input: openExternalInput },
  journalFolderInfo: { channel: 'journal-folder:info', input: z.void() },
  chooseJournalFolder: { channel: 'journal-folder:choose', input: z.void() },
  readEpisodeFile: { channel: 'journal-folder:read', input: episodePathInput },
  writeEpisodeFile: { channel: 'journal-folder:write', input: writeEpisodeFileInput },
  moveEpisodeFile: { channel: 'journal-folder:move', input: moveEpisodeFileInput },
  trashEpisodeFile: { channel: 'journal-folder:trash', input: episodePathInput },
  writeConflictCopy: { channel: 'journal-folder:conflict-copy', input: writeConflictCopyInput },
  scanJournalFolder: { channel: 'journal-folder:scan', input: scanJournalFolderInput },
  writeBackup: { channel: 'journal-folder:write-backup', input: writeBackupInput },
  listBackups: { channel: 'journal-folder:list-backups', input: z.void() },
  readBackup: { channel: 'journal-folder:read-backup', input: readBackupInput },
  writeHistoryFile: { channel: 'journal-folder:write-history', input: writeHistoryFileInput },
  listHistoryFiles: { channel: 'journal-folder:list-history', input: historyFilesInput },
  readHistoryFile: { channel: 'journal-folder:read-history', input: readHistoryFileInput },
  removeHistoryFiles: { channel: 'journal-folder:remove-history', input: removeHistoryFilesInput },
  ...attachmentBridgeContract,
  ...siteBridgeContract,
  /** The database of versions that served the page from file://, as backup JSON, once (else null). */
  legacyData: { channel: 'app:legacy-data', input: z.void() },
  /** The page has merged it: main never offers it again. */
  legacyDataDone: { channel: 'app:legacy-data-done', input: z.void() },
} as const;

/** What each method resolves to. */
export interface BridgeResults extends AttachmentBridgeResults, SiteBridgeResults {
  appInfo: AppInfo;
  openFiles: OpenedFile[];
  saveFile: SaveFileResult;
  openExternal: undefined;
  journalFolderInfo: JournalFolderInfo;
  chooseJournalFolder: ChooseJournalFolderResult;
  readEpisodeFile: EpisodeFile;
  writeEpisodeFile: WriteEpisodeFileResult;
  moveEpisodeFile: MoveEpisodeFileResult;
  trashEpisodeFile: { trashedAs: string };
  writeConflictCopy: EpisodeFileState;
  scanJournalFolder: JournalScanResult;
  writeBackup: { name: string; removed: string[] };
  listBackups: BackupInfo[];
  readBackup: { name: string; json: string };
  writeHistoryFile: { name: string };
  listHistoryFiles: HistoryFileInfo[];
  readHistoryFile: { text: string };
  removeHistoryFiles: { removed: number };
  legacyData: string | null;
  legacyDataDone: undefined;
}

export type BridgeMethod = keyof typeof bridgeContract;
export type BridgeInput<K extends BridgeMethod> = z.input<(typeof bridgeContract)[K]['input']>;
export type BridgeParsedInput<K extends BridgeMethod> = z.output<(typeof bridgeContract)[K]['input']>;

/** Commands the application menu sends to the page: the menu's rows of the command table. */
export const menuCommands: readonly MenuCommand[] = menuCommandIds;
export type { MenuCommand } from './commands';
export const MENU_COMMAND_CHANNEL = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** Every reply from main: a value, or an error the page can show. */
export type BridgeEnvelope<T> = { ok: true; value: T } | { ok: false; error: { message: string; field?: string } };

/**
 * window.episodes, as the preload exposes it: every method answers with main's envelope, so an
 * error keeps its `field` (an Error crossing the context bridge keeps only its message).
 */
export type EpisodesBridge = {
  [K in BridgeMethod]: (input: BridgeInput<K>) => Promise<BridgeEnvelope<BridgeResults[K]>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onJournalFolderChanged(listener: (change: JournalFolderChange) => void): () => void;
};

/** What the page throws when main answers with an error: the message, and the input field at fault. */
export class BridgeError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/** A method of the bridge as the page calls it: the value, or a BridgeError. */
export type UnwrappedBridge = { [K in BridgeMethod]: (input: BridgeInput<K>) => Promise<BridgeResults[K]> } & Pick<EpisodesBridge, 'onMenuCommand' | 'onJournalFolderChanged'>;

export function unwrapBridge(bridge: EpisodesBridge): UnwrappedBridge {
  const unwrapped: Record<string, unknown> = {
    onMenuCommand: (listener: Parameters<EpisodesBridge['onMenuCommand']>[0]) => bridge.onMenuCommand(listener),
    onJournalFolderChanged: (listener: Parameters<EpisodesBridge['onJournalFolderChanged']>[0]) => bridge.onJournalFolderChanged(listener),
  };
  for (const name of Object.keys(bridgeContract) as BridgeMethod[]) {
    unwrapped[name] = async (input: unknown) => {
      const reply = await (bridge[name] as (input: unknown) => Promise<BridgeEnvelope<unknown>>)(input);
      if (!reply.ok) throw new BridgeError(reply.error.message, reply.error.field);
      return reply.value;
    };
  }
  return unwrapped as UnwrappedBridge;
}

/** Turns a schema failure into one sentence naming the field. */
export function describeIssues(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid request.' };
  const field = issue.path.map(String).join('.');
  return { message: field ? `Invalid ${field}: ${issue.message}` : `Invalid request: ${issue.message}`, field: field || undefined };
}
