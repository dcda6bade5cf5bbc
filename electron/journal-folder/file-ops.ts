// Renames, trash and conflict copies. Nothing here unlinks a user's file: a deleted episode goes
// to .episodes/trash/, and a rename never overwrites a different file.
import { createHash } from 'node:crypto';
import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_EPISODE_FILE_BYTES } from '../../src/shared/bridge';
import { decodeTextFile } from '../../src/shared/text-file';
import { atomicWriteNow, durability, ensureDirectory, serialized } from './atomic-write';
import { resolveEpisodePath, resolveInternalPath, type SafeEpisodePath } from './safe-path';

export class FileOpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileOpError';
  }
}

/** A move refused because its target holds a different file: the page picks another name. */
export class TargetExistsError extends FileOpError {
  readonly code = 'target-exists';
}
/** A move whose source is gone (moved or deleted outside the app since the page last looked). */
export class SourceMissingError extends FileOpError {
  readonly code = 'source-missing';
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return false;
    throw error;
  });
}

/** Reads an episode's bytes, refusing anything over the size cap. */
export async function readEpisodeBytes(absolute: string): Promise<Buffer> {
  const info = await stat(absolute);
  if (!info.isFile()) throw new FileOpError(`${basename(absolute)} is not a file.`);
  if (info.size > MAX_EPISODE_FILE_BYTES) throw new FileOpError(`${basename(absolute)} is over 5 MB.`);
  return readFile(absolute);
}

/** The file's text (UTF-8, or UTF-16 with a byte-order mark), or an error saying why it is not a text file. */
export function decodeEpisode(bytes: Uint8Array, name: string): string {
  const decoded = decodeTextFile(bytes, name);
  if ('error' in decoded) throw new FileOpError(decoded.error);
  return decoded.text;
}

/** Flushes the folders whose entries a rename changed (once each). */
export async function syncFolders(...dirs: string[]): Promise<void> {
  for (const dir of new Set(dirs)) await durability.syncDirectory(dir);
}

/**
 * Renames `from` to `to` (a title change). If `to` already holds the same bytes, `from` is simply
 * dropped (no stale copy); if it holds different bytes, nothing moves.
 */
export async function moveEpisodeFile(root: string, from: string, to: string): Promise<SafeEpisodePath> {
  const source = await resolveEpisodePath(root, from);
  const target = await resolveEpisodePath(root, to, { forWriting: true });
  return serialized(source.absolute, async () => {
    const sourceInfo = await stat(source.absolute).catch(() => undefined);
    if (!sourceInfo?.isFile()) throw new SourceMissingError(`${from} does not exist.`);
    const targetInfo = await stat(target.absolute).catch(() => undefined);
    const sameFile = targetInfo && targetInfo.ino === sourceInfo.ino && targetInfo.dev === sourceInfo.dev;
    if (targetInfo && !sameFile) {
      const [a, b] = await Promise.all([readEpisodeBytes(source.absolute), readEpisodeBytes(target.absolute)]);
      if (!a.equals(b)) throw new TargetExistsError(`${to} already exists with different text; nothing was moved.`);
      await unlink(source.absolute);
      await syncFolders(dirname(source.absolute));
      return target;
    }
    await ensureDirectory(dirname(target.absolute));
    await rename(source.absolute, target.absolute);
    await syncFolders(dirname(target.absolute), dirname(source.absolute));
    return target;
  });
}

export function trashStamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}-${pad(date.getMilliseconds(), 3)}`;
}

/** Moves an episode into .episodes/trash/<timestamp>-<name>.md; returns the trash file's name. */
export async function trashEpisodeFile(root: string, path: string, now = new Date()): Promise<string> {
  const source = await resolveEpisodePath(root, path);
  return serialized(source.absolute, async () => {
    if (!(await exists(source.absolute))) throw new FileOpError(`${path} does not exist.`);
    const trashDir = await resolveInternalPath(root, 'trash');
    await ensureDirectory(trashDir);
    const base = `${trashStamp(now)}-${basename(source.absolute)}`;
    for (let n = 1; n < 1000; n += 1) {
      const name = n === 1 ? base : base.replace(/\.md$/i, ` ${n}.md`);
      const target = join(trashDir, name);
      if (await exists(target)) continue;
      await rename(source.absolute, target);
      await syncFolders(trashDir, dirname(source.absolute));
      return name;
    }
    throw new FileOpError('The trash folder is full of files with this name.');
  });
}

/** `2026-W47-slug.md` -> `2026-W47-slug (conflict 2026-11-26 1015).md`, in local time. */
export function conflictCopyName(fileName: string, date: Date, n = 1): string {
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}${pad(date.getMinutes())}`;
  const stem = fileName.replace(/\.md$/i, '');
  return `${stem} (conflict ${stamp})${n > 1 ? ` ${n}` : ''}.md`;
}

/** Writes the app's version beside the original, never over an existing file; returns its path. */
export async function writeConflictCopy(root: string, path: string, text: string, now = new Date()): Promise<SafeEpisodePath> {
  const original = await resolveEpisodePath(root, path);
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  for (let n = 1; n < 100; n += 1) {
    const copy = await resolveEpisodePath(root, folder + conflictCopyName(basename(original.absolute), now, n), { forWriting: true });
    const written = await serialized(copy.absolute, async () => {
      if (await exists(copy.absolute)) return false;
      await atomicWriteNow(copy.absolute, text);
      return true;
    });
    if (written) return copy;
  }
  throw new FileOpError('Too many conflict copies of this episode.');
}
