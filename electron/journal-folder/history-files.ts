// Episodes' revision history in the journal folder too: .episodes/history/<episode file without
// .md>/<when>-<why>.md, one markdown file per kept version, so the history survives a lost profile
// and can be read in any text editor. The page decides what is kept; main writes, lists, reads and
// removes only inside .episodes/history, and moves an episode's history along when its file moves.
import { mkdir, readdir, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite, durability } from './atomic-write';
import { FileOpError } from './file-ops';
import { episodePathProblem, resolveInternalPath } from './safe-path';

const NAME = /^(\d{8}T\d{6}\d{3}Z)-([a-z][a-z-]{0,30})\.md$/;

export interface HistoryFile {
  name: string;
  at: number;
  reason: string;
  size: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261202T051112345Z` for a time (UTC, so names sort by time everywhere). */
export function historyStamp(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}Z`;
}

function stampTime(stamp: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7]));
}

/** The history folder of the episode file `path` (which must be a valid episode path). */
async function historyDir(root: string, path: string): Promise<string> {
  const problem = episodePathProblem(path);
  if (problem) throw new FileOpError(`${path} is not an episode file (${problem}).`);
  return resolveInternalPath(root, 'history', ...path.replace(/\.md$/i, '').split('/'));
}

export async function writeHistoryFile(root: string, path: string, at: number, reason: string, text: string): Promise<string> {
  if (!/^[a-z][a-z-]{0,30}$/.test(reason)) throw new FileOpError(`"${reason}" is not a reason a history file can be named with.`);
  const name = `${historyStamp(at)}-${reason}.md`;
  await atomicWrite(join(await historyDir(root, path), name), text);
  return name;
}

export async function listHistoryFiles(root: string, path: string): Promise<HistoryFile[]> {
  const dir = await historyDir(root, path);
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const files: HistoryFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile()) files.push({ name, at: stampTime(m[1]!), reason: m[2]!, size: info.size });
  }
  return files.sort((a, b) => b.at - a.at);
}

export async function readHistoryFile(root: string, path: string, name: string): Promise<string> {
  if (!NAME.test(name)) throw new FileOpError(`${name} is not a history file.`);
  return readFile(join(await historyDir(root, path), name), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new FileOpError(`There is no history file ${name} for ${path}.`);
    throw error;
  });
}

/** Removes the named history files of the episode (the page applies the age policy); returns how many went. */
export async function removeHistoryFiles(root: string, path: string, names: readonly string[]): Promise<number> {
  const dir = await historyDir(root, path);
  let removed = 0;
  for (const name of names) {
    if (!NAME.test(name)) continue;
    if (await unlink(join(dir, name)).then(() => true, () => false)) removed++;
  }
  if (removed) await durability.syncDirectory(dir);
  return removed;
}

/** After an episode's file moved from `from` to `to`: its history follows (files already there win). */
export async function moveHistory(root: string, from: string, to: string): Promise<void> {
  const source = await historyDir(root, from);
  const target = await historyDir(root, to);
  const names = await readdir(source).catch(() => [] as string[]);
  if (names.length === 0) return;
  await mkdir(target, { recursive: true });
  for (const name of names) {
    if (!NAME.test(name)) continue;
    const exists = await stat(join(target, name)).then(() => true, () => false);
    if (!exists) await rename(join(source, name), join(target, name));
  }
  await durability.syncDirectory(target);
  await rmdir(source).catch(() => undefined);
}
