// Reading a backup the user picked, in the shapes the Backups section shows, and the safety backup
// a replace writes first (into the journal folder on the desktop, as a download in the browser).
import { format } from 'date-fns';
import { BackupError, exportBackup, parseBackup, previewRestore, serializeBackup, type BackupFile, type RestorePreview, type TablePreview } from '../../data/backup';
import type { Host, PickedFile } from '../../host';
import { MAX_BACKUP_BYTES } from '../../shared/bridge';

export interface PendingRestore {
  source: string;
  file: BackupFile;
  preview: RestorePreview;
}

const tableLabels: Record<string, string> = {
  episodes: 'Episodes',
  episodeBodies: 'Episode texts',
  tags: 'Tags',
  certifications: 'Certifications',
  modules: 'Modules',
  studySessions: 'Study sessions',
  practiceAttempts: 'Practice attempts',
  reviewCards: 'Review cards',
  savedCalculations: 'Saved calculations',
  inspirations: 'Inspirations',
  settings: 'Settings',
};

export function tableLabel(table: string): string {
  return tableLabels[table] ?? table;
}

/** Backups the app writes can be this large; episode files and imports stay at 5 MB. */
export const RESTORE_MAX_BYTES = MAX_BACKUP_BYTES;

export async function readPickedBackup(picked: PickedFile): Promise<PendingRestore> {
  if ('error' in picked) throw new BackupError(picked.error);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(picked.data);
  } catch {
    throw new BackupError(`${picked.name} is not an Episodes backup: it is not text.`);
  }
  const file = parseBackup(text, picked.name);
  return { source: picked.name, file, preview: await previewRestore(file) };
}

/** Rows a replace would remove: the user must confirm before any of them go. */
export function rowsOnlyHere(tables: readonly TablePreview[]): number {
  return tables.reduce((sum, p) => sum + p.onlyHere, 0);
}

/** What a person types to confirm a replace that empties their journal. */
export const EMPTY_CONFIRMATION = 'empty my journal';

/**
 * A backup of everything here now, before a replace removes it: in the journal folder's backups
 * (desktop) or downloaded (browser). Returns where it went, for the message after the restore.
 */
export async function writeSafetyBackup(host: Host, now = new Date()): Promise<string> {
  const json = serializeBackup(await exportBackup(undefined, (await host.appInfo()).version, now));
  if (host.capabilities.journalFolder) {
    const { name } = await host.journalFolder.writeBackup(json, 'safety');
    return `the journal folder's backups (${name})`;
  }
  const outcome = await host.saveFile({
    title: 'Save a backup of what is here before replacing it',
    suggestedName: `episodes-safety-${format(now, 'yyyy-MM-dd-HHmmss')}.json`,
    mimeType: 'application/json',
    filters: [{ name: 'Episodes backup', extensions: ['json'] }],
    data: json,
  });
  if (!outcome.saved) throw new BackupError('The backup of what is here was not saved, so nothing was replaced.');
  return outcome.where;
}
