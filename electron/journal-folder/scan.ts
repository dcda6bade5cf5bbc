// Lists the journal's markdown files with their size and mtime, without reading them.
// Skips the app's .episodes/ folder, hidden files and folders, temp files, symlinked folders
// (no cycles) and symlinked files that lead outside the journal folder.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ScanEntry } from './reconcile';

const MAX_DEPTH = 12;

function inside(realRoot: string, real: string): boolean {
  const rel = relative(realRoot, real);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..';
}

export async function scanFolder(root: string): Promise<ScanEntry[]> {
  const realRoot = await realpath(root);
  const files: ScanEntry[] = [];
  async function walk(dir: string, prefix: string, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
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
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `2026/2026-W47-slug (conflict 2026-11-26 1015).md` and its numbered siblings. */
export function isConflictCopyName(path: string): boolean {
  return / \(conflict \d{4}-\d{2}-\d{2} \d{4}\)(?: \d+)?\.md$/i.test(path);
}
