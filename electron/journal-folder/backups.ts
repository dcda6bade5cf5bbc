// Daily JSON backups in .episodes/backups/: one file per day (a second backup the same day
// replaces the first), the newest 14 kept. Only files matching the backup pattern are ever removed.
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupInfo } from '../../src/shared/bridge';
import { atomicWrite } from './atomic-write';
import { FileOpError } from './file-ops';
import { resolveInternalPath } from './safe-path';

export const BACKUPS_KEPT = 14;

const pad = (n: number) => String(n).padStart(2, '0');

export function backupName(date: Date): string {
  return `episodes-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

async function backupNames(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  // The date is in the name, zero-padded: sorting the names sorts the days, newest first.
  return names.filter((name) => BACKUP_NAME_PATTERN.test(name)).sort().reverse();
}

export async function writeBackup(
  root: string,
  json: string,
  date = new Date(),
  keep = BACKUPS_KEPT,
): Promise<{ name: string; removed: string[] }> {
  try {
    JSON.parse(json);
  } catch {
    throw new FileOpError('The backup is not valid JSON; nothing was written.');
  }
  const dir = await resolveInternalPath(root, 'backups');
  const name = backupName(date);
  await atomicWrite(join(dir, name), json);
  const removed = (await backupNames(dir)).slice(keep);
  for (const old of removed) await unlink(join(dir, old)).catch(() => undefined);
  return { name, removed };
}

export async function listBackups(root: string): Promise<BackupInfo[]> {
  const dir = await resolveInternalPath(root, 'backups');
  const infos: BackupInfo[] = [];
  for (const name of await backupNames(dir)) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info?.isFile()) infos.push({ name, date: name.slice('episodes-backup-'.length, -'.json'.length), size: info.size });
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
