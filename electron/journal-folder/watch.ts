// Notices edits made outside the app (another editor, a sync tool) and reports the paths, debounced.
// Ignores the app's .episodes/ folder, hidden and temp files, and the app's own writes: an event
// whose file now holds exactly the bytes the app last wrote (or is gone after the app removed it)
// carries no news.
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isAttachmentFilePath } from '../../src/shared/bridge-attachments';
import { sha256 } from './file-ops';

/** Path -> sha256 the app last wrote there, or null when the app moved or trashed it away. */
export class RecentWrites {
  private readonly entries = new Map<string, string | null>();
  record(path: string, sha: string | null): void {
    this.entries.set(path, sha);
  }
  expected(path: string): string | null | undefined {
    return this.entries.get(path);
  }
  forget(path: string): void {
    this.entries.delete(path);
  }
}

/** A watched path worth reporting: a visible .md file or an attachment (attachments/…png) outside .episodes/. */
export function isWatchedPath(relativePath: string): boolean {
  const segments = relativePath.split(/[\\/]/);
  if (!segments.every((segment) => segment.length > 0 && !segment.startsWith('.'))) return false;
  return /\.md$/i.test(relativePath) || isAttachmentFilePath(segments.join('/'));
}

/** Keeps the paths whose current bytes differ from what the app itself last put there. */
export async function dropOwnWrites(root: string, paths: Iterable<string>, recent: RecentWrites): Promise<string[]> {
  const news: string[] = [];
  for (const path of paths) {
    const expected = recent.expected(path);
    if (expected === undefined) {
      news.push(path);
      continue;
    }
    const current = await readFile(join(root, ...path.split('/'))).then(sha256, () => null);
    if (current !== expected) news.push(path);
  }
  return news;
}

export interface WatchOptions {
  debounceMs?: number;
  recent: RecentWrites;
  onChange(paths: string[]): void;
  onError?(error: Error): void;
}

export interface JournalWatcher {
  close(): void;
}

export function watchJournalFolder(root: string, options: WatchOptions): JournalWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const flush = async () => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    const news = await dropOwnWrites(root, paths, options.recent);
    if (!closed && news.length > 0) options.onChange(news.sort());
  };

  const onEvent = (_event: string, filename: string | Buffer | null) => {
    if (closed || filename === null) return;
    const path = filename.toString().split(sep).join('/');
    if (!isWatchedPath(path)) return;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush().catch((error: Error) => options.onError?.(error)), debounceMs);
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(root, { recursive: true, persistent: false }, onEvent);
  } catch (error) {
    // Older Node on Linux has no recursive watching: watch the top level (year folders show up as
    // directory events; focus and start-up rescans catch the rest).
    if ((error as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
    watcher = watch(root, { persistent: false }, onEvent);
  }
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
