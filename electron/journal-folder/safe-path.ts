// Every path the page names is relative to the journal root and is checked here before main
// touches the disk: lexically (no absolute paths, `..`, NUL, drive letters, backslashes, hidden
// segments) and physically (the nearest existing ancestor's realpath must stay inside the root's).
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isWindowsReservedName, MAX_WRITTEN_NAME_BYTES, utf8Length } from '../../src/shared/portable-names';

/** The app's own folder inside the journal root: manifest, trash, backups. Never reachable from the page. */
export const INTERNAL_DIR = '.episodes';
export const MAX_RELATIVE_PATH_LENGTH = 512;

export class UnsafePathError extends Error {
  constructor(path: string, reason: string) {
    super(`Refused path ${JSON.stringify(path.slice(0, 80))}: ${reason}.`);
    this.name = 'UnsafePathError';
  }
}

/** Lexical check of a page-supplied relative path, whatever its extension; the reason it is refused, or undefined. */
export function relativePathProblem(path: string): string | undefined {
  if (typeof path !== 'string' || path.length === 0) return 'empty path';
  if (path.length > MAX_RELATIVE_PATH_LENGTH) return 'path too long';
  if (path.includes('\0')) return 'NUL byte';
  if (path.includes('\\')) return 'backslash';
  if (/^[a-zA-Z]:/.test(path) || path.includes(':')) return 'drive letter or colon';
  if (path.startsWith('/') || isAbsolute(path)) return 'absolute path';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f<>"|?*]/.test(path)) return 'character not allowed in file names';
  const segments = path.split('/');
  for (const segment of segments) {
    if (segment === '') return 'empty segment';
    if (segment === '.' || segment === '..') return '`.` or `..` segment';
    if (segment.startsWith('.')) return 'hidden file or folder';
    if (segment.endsWith(' ') || segment.endsWith('.')) return 'segment ends with a space or dot';
  }
  return undefined;
}

/** Lexical check of a page-supplied episode path; returns the reason it is refused, or undefined. */
export function episodePathProblem(path: string): string | undefined {
  return relativePathProblem(path) ?? (/\.md$/i.test(path) ? undefined : 'only .md files');
}

/** The portability checks every name the app creates must pass (Windows' reserved names, length). */
export function portableNameProblem(path: string): string | undefined {
  if (path !== path.normalize('NFC')) return 'not in Unicode normal form C';
  for (const segment of path.split('/')) {
    if (isWindowsReservedName(segment)) return 'a name Windows reserves';
    if (utf8Length(segment) > MAX_WRITTEN_NAME_BYTES) return `a name longer than ${MAX_WRITTEN_NAME_BYTES} bytes`;
  }
  return undefined;
}

/**
 * The stricter check for a path the app is about to create (a write, a move's target, a conflict
 * copy): it must also be portable, so a folder synced to Windows or macOS can hold it.
 */
export function writablePathProblem(path: string): string | undefined {
  return episodePathProblem(path) ?? portableNameProblem(path);
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The realpath of `path`, or of its nearest existing ancestor joined with the missing tail. */
async function physicalPath(path: string): Promise<string> {
  const tail: string[] = [];
  let current = path;
  for (;;) {
    try {
      const real = await realpath(current);
      return tail.length ? join(real, ...tail.reverse()) : real;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      // A symlink whose target is missing: where it would lead is not ours to guess.
      if (await lstat(current).then((info) => info.isSymbolicLink(), () => false)) throw new UnsafePathError(path, 'leads outside the journal folder');
      const parent = dirname(current);
      if (parent === current) throw error;
      tail.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
      current = parent;
    }
  }
}

/** Resolves an absolute path under the root and refuses it if a symlink leads outside. */
export async function containedPath(root: string, absolute: string, original: string): Promise<string> {
  if (!isInside(root, absolute)) throw new UnsafePathError(original, 'outside the journal folder');
  const realRoot = await realpath(root);
  const real = await physicalPath(absolute);
  if (!isInside(realRoot, real)) throw new UnsafePathError(original, 'leads outside the journal folder');
  return absolute;
}

export interface SafeEpisodePath {
  /** Normalised relative path with `/` separators, as the page and the manifest name it. */
  relative: string;
  absolute: string;
}

/**
 * Resolves a page-supplied relative `.md` path inside the journal root, or throws UnsafePathError.
 * `forWriting` applies writablePathProblem: any existing file may be read, only portable names made.
 */
export async function resolveEpisodePath(root: string, path: string, options: { forWriting?: boolean } = {}): Promise<SafeEpisodePath> {
  const problem = (options.forWriting ? writablePathProblem : episodePathProblem)(path);
  if (problem) throw new UnsafePathError(String(path), problem);
  const absolute = join(root, ...path.split('/'));
  return { relative: path, absolute: await containedPath(root, absolute, path) };
}

/** A path inside the app's internal folder; parts come from main's own code, never from the page. */
export async function resolveInternalPath(root: string, ...parts: string[]): Promise<string> {
  for (const part of parts) {
    if (!part || part === '.' || part === '..' || /[\\/\0]/.test(part)) throw new UnsafePathError(part, 'bad internal name');
  }
  return containedPath(root, join(root, INTERNAL_DIR, ...parts), parts.join('/'));
}

/** The page-facing relative form of an absolute path under the root (always `/`-separated). */
export function toRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}
