// Reading a backup the user picked, in the shapes the Backups section shows.
import { BackupError, parseBackup, previewRestore, type BackupFile, type TablePreview } from '../../data/backup';
import type { PickedFile } from '../../host';

export interface PendingRestore {
  source: string;
  file: BackupFile;
  preview: TablePreview[];
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
export function rowsOnlyHere(preview: readonly TablePreview[]): number {
  return preview.reduce((sum, p) => sum + p.onlyHere, 0);
}
