// Crash-safe writes: the new bytes go to a temp file in the same folder, are flushed to disk, and
// replace the target with one rename; the folder entry is flushed too where the platform allows.
// A reader (or a crash) sees the complete old file or the complete new one, never half of either.
// Writes to one path are queued so they land in the order they were asked for.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.episodes-tmp';

export function isTempFileName(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX);
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task queued for the same key, even if one of those failed. */
export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const tail = next.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return next;
}

/** Flushes a folder's entries (a rename, a new name) to disk. */
async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; there the rename is as durable as it gets.
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems (network shares, FUSE) refuse fsync on folders; the rename still happened.
  } finally {
    await handle?.close();
  }
}

/** Where folder entries are flushed; tests swap in a recorder to see which folders were flushed. */
export const durability = { syncDirectory: fsyncDirectory };

/**
 * Creates `dir` and any missing parents, then flushes the parent of each folder it created, so a
 * new year folder (and the file about to be renamed into it) survives a power cut.
 */
export async function ensureDirectory(dir: string): Promise<void> {
  const first = await mkdir(dir, { recursive: true });
  if (first === undefined) return;
  const created: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    created.push(current);
    if (current === first || dirname(current) === current) break;
  }
  for (const folder of created.reverse()) await durability.syncDirectory(dirname(folder));
}

/** The write itself, without queueing: for callers already inside `serialized(path, ...)`. */
export async function atomicWriteNow(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await ensureDirectory(dir);
  const mode = await stat(path).then((info) => info.mode & 0o777, () => 0o644);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await durability.syncDirectory(dir);
}

/** Atomically replaces (or creates) `path`, creating parent folders; serialized per path. */
export function atomicWrite(path: string, data: string | Uint8Array): Promise<void> {
  return serialized(path, () => atomicWriteNow(path, data));
}

/** Removes temp files a crash left behind anywhere under `root`. Run at start-up, before watching. */
export async function cleanStaleTempFiles(root: string): Promise<string[]> {
  const removed: string[] = [];
  async function walk(dir: string, depth: number): Promise<void> {
    if (depth > 8) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, depth + 1);
      else if (entry.isFile() && isTempFileName(entry.name)) {
        await rm(full, { force: true });
        removed.push(full);
      }
    }
  }
  await walk(root, 0);
  return removed;
}
