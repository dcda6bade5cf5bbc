// JSON backups in .episodes/backups/: daily ones (a second backup the same day replaces the first,
// the newest 14 kept) and safety ones written before a restore replaced everything (10 kept). Only
// files matching the backup pattern are ever removed, and never the one just written.
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupInfo, type BackupKind } from '../../src/shared/bridge';
import { atomicWrite } from './atomic-write';
import { FileOpError } from './file-ops';
import { resolveInternalPath } from './safe-path';

export const BACKUPS_KEPT = 14;
/** Safety backups (written before a restore replaced everything) kept, newest first. */
export const SAFETY_BACKUPS_KEPT = 10;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function backupName(date: Date, kind: BackupKind = 'daily'): string {
  if (kind === 'daily') return `episodes-backup-${day(date)}.json`;
  return `episodes-safety-${day(date)}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}.json`;
}

const kindOf = (name: string): BackupKind => (name.startsWith('episodes-safety-') ? 'safety' : 'daily');
/** yyyy-MM-dd (and for a safety backup -HHmmss) from the name. */
const stampOf = (name: string) => name.replace(/^episodes-(?:backup|safety)-/, '').replace(/\.json$/, '');
const dateOf = (name: string) => stampOf(name).slice(0, 10);

/**
 * Backup names of one kind, newest first by what each name says. A backup dated after `today`
 * was written while the clock was wrong: it ranks below every other, so rotation removes it in time
 * instead of keeping it forever (and never removes a backup just written in its place).
 */
async function backupNames(dir: string, today: string, kind?: BackupKind): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const rank = (name: string) => `${dateOf(name) > today ? 0 : 1}${stampOf(name)}`;
  return names
    .filter((name) => BACKUP_NAME_PATTERN.test(name) && (kind === undefined || kindOf(name) === kind))
    .sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0));
}

export async function writeBackup(
  root: string,
  json: string,
  date = new Date(),
  kind: BackupKind = 'daily',
): Promise<{ name: string; removed: string[] }> {
  try {
    JSON.parse(json);
  } catch {
    throw new FileOpError('The backup is not valid JSON; nothing was written.');
  }
  const dir = await resolveInternalPath(root, 'backups');
  const name = backupName(date, kind);
  await atomicWrite(join(dir, name), json);
  const keep = kind === 'daily' ? BACKUPS_KEPT : SAFETY_BACKUPS_KEPT;
  // The one just written is kept whatever the others' names say.
  const removed = (await backupNames(dir, day(date), kind)).filter((other) => other !== name).slice(Math.max(0, keep - 1));
  for (const old of removed) await unlink(join(dir, old)).catch(() => undefined);
  return { name, removed };
}

export async function listBackups(root: string, today = new Date()): Promise<BackupInfo[]> {
  const dir = await resolveInternalPath(root, 'backups');
  const infos: BackupInfo[] = [];
  for (const name of await backupNames(dir, day(today))) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile()) infos.push({ name, kind: kindOf(name), date: dateOf(name), size: info.size });
  }
  return infos;
}

export async function readBackup(root: string, name: string): Promise<{ name: string; json: string }> {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new FileOpError(`${name} is not a backup name.`);
  const path = await resolveInternalPath(root, 'backups', name);
  const json = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new FileOpError(`There is no backup called ${name}.`);
    throw error;
  });
  return { name, json };
}
