// Lists the journal's markdown files with their size and mtime, without reading them.
// Skips the app's .episodes/ folder, hidden files and folders, temp files, symlinked folders
// (no cycles) and symlinked files that lead outside the journal folder. A sub-folder that cannot
// be listed is reported, so that the files it held are not taken for deleted.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { FileOpError } from './file-ops';
import type { ScanEntry } from './reconcile';

const MAX_DEPTH = 12;

function inside(realRoot: string, real: string): boolean {
  const rel = relative(realRoot, real);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..';
}

export interface FolderListing {
  files: ScanEntry[];
  /** Relative folders ('' never: the root itself failing is an error) that could not be listed. */
  unreadableDirs: string[];
}

export async function scanFolder(root: string): Promise<FolderListing> {
  const realRoot = await realpath(root);
  const files: ScanEntry[] = [];
  const unreadableDirs: string[] = [];
  try {
    await readdir(root);
  } catch (error) {
    throw new FileOpError(`The journal folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was changed.`);
  }
  async function walk(dir: string, prefix: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      if (prefix) unreadableDirs.push(prefix);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(full, path, depth + 1);
        continue;
      }
      if (!/\.md$/i.test(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        const real = await realpath(full).catch(() => undefined);
        if (!real || !inside(realRoot, real)) continue;
      } else if (!entry.isFile()) continue;
      const info = await stat(full).catch(() => undefined);
      if (info?.isFile()) files.push({ path, size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  await walk(root, '', 0);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unreadableDirs };
}

/** Whether `path` lies in one of the folders (or below it). */
export function isUnder(path: string, dirs: readonly string[]): boolean {
  return dirs.some((dir) => path.startsWith(`${dir}/`));
}

/** `2026/2026-W47-slug (conflict 2026-11-26 1015).md` and its numbered siblings. */
export function isConflictCopyName(path: string): boolean {
  return / \(conflict \d{4}-\d{2}-\d{2} \d{4}\)(?: \d+)?\.md$/i.test(path);
}
