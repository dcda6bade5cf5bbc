// What the journal-folder sync works with: the episodes repository, the folder (through the host),
// the file links, and a way to tell the person what happened. Shared by the reader and the writer.
import type { FileLink } from '../../data/rows';
import type { Episode, EpisodeMeta } from '../../data/episode-record';
import type { EpisodeChange } from '../../data/episodes-repo';
import type { HistoryRepo } from '../../data/history-repo';
import type { HistoryReason } from '../../domain/history';
import type { EpisodeDraft } from '../../domain/episode';
import { episodeFileName, serializeEpisode } from '../../domain/episode';
import { toDraft } from '../../data/episode-record';
import type { JournalFolderHost } from '../../host/host';
import { errorMessage } from '../../shared/error-message';

export interface SyncRepo {
  get(id: string): Promise<Episode | undefined>;
  /** Live episodes (metadata only). */
  list(): Promise<EpisodeMeta[]>;
  create(draft: EpisodeDraft): Promise<Episode>;
  save(id: string, draft: EpisodeDraft, reason?: HistoryReason): Promise<Episode>;
  /** The revision history: the other side of a conflict is kept there too. */
  readonly history: Pick<HistoryRepo, 'keepNow' | 'onKept'>;
  trash(id: string): Promise<void>;
  onChange(listener: (change: EpisodeChange) => void): () => void;
}

export interface SyncLinks {
  all(): Promise<FileLink[]>;
  byEpisode(id: string): Promise<FileLink | undefined>;
  byPath(path: string): Promise<FileLink | undefined>;
  put(link: FileLink): Promise<void>;
  remove(episodeId: string): Promise<void>;
  atomically<T>(work: () => Promise<T>): Promise<T>;
  bindTo(root: string): Promise<boolean>;
}

export type SyncNotice =
  | { kind: 'conflict'; title: string; path: string; copyPath: string }
  | { kind: 'error'; message: string }
  | { kind: 'imported'; added: number; updated: number; trashed: number }
  /** Every file the app knew vanished at once (an emptied or half-synced folder): nothing was trashed. */
  | { kind: 'folder-emptied'; missing: number };

export interface SyncContext {
  repo: SyncRepo;
  folder: JournalFolderHost;
  links: SyncLinks;
  notify(notice: SyncNotice): void;
}

/** The hash of a pending write that removes the file (to the folder's trash) instead of writing it. */
export const REMOVAL = '';

/** sha256 of the UTF-8 bytes, in lower-case hex: the same hash main computes of the file. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The file an episode is written as, and its text and hash. */
export async function fileOf(episode: Episode): Promise<{ path: string; text: string; sha256: string }> {
  const draft = toDraft(episode);
  const text = serializeEpisode(draft);
  return { path: episodeFileName(draft), text, sha256: await sha256Hex(text) };
}

/** `2026/2026-W48-x.md`, then `2026/2026-W48-x-2.md` … for a name another file already has. */
export function* nameCandidates(path: string, limit = 100): Generator<string> {
  yield path;
  const stem = path.replace(/\.md$/i, '');
  for (let n = 2; n <= limit; n += 1) yield `${stem}-${n}.md`;
}

/** The file links as the folder scan wants them: path -> the content last agreed on. */
export function knownFiles(links: readonly FileLink[]): Record<string, string> {
  const known: Record<string, string> = {};
  for (const link of links) if (link.sha256) known[link.path] = link.sha256;
  return known;
}

export function describeError(error: unknown): string {
  return `Journal folder: ${errorMessage(error)}`;
}
