// Full backups of the database: every table as JSON, a preview of what a file holds against what is
// here, and a restore that merges (nothing lost) or replaces (only after the user confirms).
// A backup from an older schema is upgraded through the same numbered upgrades as the live database.
import { z } from 'zod';
import { DERIVED_TABLES, rebuildAggregates } from './aggregates';
import { EpisodesDatabase, LATEST_SCHEMA_VERSION, getDatabase } from './db';
import { FileLinksRepo, LINKS_ROOT_KEY } from './file-links-repo';

export const BACKUP_FORMAT = 'episodes-backup';
/** The day (yyyy-MM-dd) the desktop last wrote its automatic backup into the journal folder. */
export const LAST_AUTOMATIC_BACKUP_KEY = 'last-automatic-backup';

export type BackupTables = Record<string, Record<string, unknown>[]>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  appVersion: string;
  tables: BackupTables;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  appVersion: z.string().default('unknown'),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/**
 * Tables that describe this machine, not the journal: which file in this computer's journal folder
 * holds which episode. Backups leave them out; a restore keeps this machine's and has the folder
 * written out again from what was restored.
 */
const MACHINE_TABLES: ReadonlySet<string> = new Set(['fileLinks']);
/** Settings that describe this machine (the folder the links belong to, the last automatic backup's day). */
const MACHINE_SETTINGS: ReadonlySet<string> = new Set([LINKS_ROOT_KEY, LAST_AUTOMATIC_BACKUP_KEY]);

/** The tables a backup holds: everything but derived rows (rebuilt from these) and this machine's. */
function sourceTables(db: EpisodesDatabase) {
  return db.tables.filter((table) => !DERIVED_TABLES.has(table.name) && !MACHINE_TABLES.has(table.name));
}

const journalRows = (table: string, rows: Record<string, unknown>[]) =>
  table === 'settings' ? rows.filter((row) => !MACHINE_SETTINGS.has(String(row.key))) : rows;

function primaryKeyOf(db: EpisodesDatabase, table: string): string {
  return db.table(table).schema.primKey.keyPath as string;
}

export async function exportBackup(db: EpisodesDatabase = getDatabase(), appVersion = 'unknown', now = new Date()): Promise<BackupFile> {
  const tables: BackupTables = {};
  await db.transaction('r', sourceTables(db), async () => {
    for (const table of sourceTables(db)) tables[table.name] = journalRows(table.name, (await table.toArray()) as Record<string, unknown>[]);
  });
  return { format: BACKUP_FORMAT, schemaVersion: db.verno, exportedAt: now.toISOString(), appVersion, tables };
}

export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file);
}

export function backupFileName(file: Pick<BackupFile, 'exportedAt'>): string {
  return `episodes-backup-${file.exportedAt.slice(0, 10)}.json`;
}

/** Reads a backup file's text; a damaged or foreign file gets a message a person can act on. */
export function parseBackup(text: string, fileName = 'The file'): BackupFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError(`${fileName} is not an Episodes backup: it is not valid JSON.`);
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(`${fileName} is not an Episodes backup (${issue?.path.join('.') || 'file'}: ${issue?.message}).`);
  }
  if (parsed.data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupError(`${fileName} was made by a newer version of Episodes (data version ${parsed.data.schemaVersion}). Update Episodes to restore it.`);
  }
  return parsed.data as BackupFile;
}

/** Brings an older backup up to the current schema by running the database's own upgrades. */
export async function upgradeBackup(file: BackupFile, scratchName = `episodes-restore-${Date.now()}`): Promise<BackupFile> {
  if (file.schemaVersion === LATEST_SCHEMA_VERSION) return file;
  const old = new EpisodesDatabase(scratchName, { upTo: file.schemaVersion });
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkPut(file.tables[table.name] ?? []);
    });
    old.close();
    const current = new EpisodesDatabase(scratchName);
    await current.open();
    const upgraded = await exportBackup(current, file.appVersion, new Date(file.exportedAt));
    current.close();
    return upgraded;
  } finally {
    await EpisodesDatabase.delete(scratchName);
  }
}

export interface TablePreview {
  table: string;
  inBackup: number;
  /** In the backup, not here: a merge adds them. */
  added: number;
  /** Here and in the backup with different content: a merge takes the backup's copy. */
  changed: number;
  /** Here only: a merge keeps them, a replace removes them. */
  onlyHere: number;
}

export async function previewRestore(file: BackupFile, db: EpisodesDatabase = getDatabase()): Promise<TablePreview[]> {
  const previews: TablePreview[] = [];
  for (const table of sourceTables(db)) {
    const key = primaryKeyOf(db, table.name);
    const incoming = file.tables[table.name] ?? [];
    const local = new Map(((await table.toArray()) as Record<string, unknown>[]).map((row) => [String(row[key]), JSON.stringify(row)]));
    let added = 0;
    let changed = 0;
    const seen = new Set<string>();
    for (const row of incoming) {
      const id = String(row[key]);
      seen.add(id);
      const here = local.get(id);
      if (here === undefined) added++;
      else if (here !== JSON.stringify(row)) changed++;
    }
    previews.push({ table: table.name, inBackup: incoming.length, added, changed, onlyHere: [...local.keys()].filter((id) => !seen.has(id)).length });
  }
  return previews;
}

/**
 * 'merge' adds and updates rows and deletes nothing. 'replace' makes the database equal to the
 * backup: callers must have the user's confirmation first, since rows only here are removed.
 */
export async function restoreBackup(file: BackupFile, mode: 'merge' | 'replace', db: EpisodesDatabase = getDatabase()): Promise<void> {
  const current = await upgradeBackup(file);
  await db.transaction('rw', db.tables, async () => {
    const machineSettings = await db.settings.bulkGet([...MACHINE_SETTINGS]);
    for (const table of sourceTables(db)) {
      if (mode === 'replace') await table.clear();
      await table.bulkPut(journalRows(table.name, current.tables[table.name] ?? []));
    }
    await db.settings.bulkPut(machineSettings.filter((row) => row !== undefined));
    await rebuildAggregates(db);
    // What the folder mirrors changed behind the sync's back: every episode is written out again.
    await new FileLinksRepo(db).invalidate();
  });
}
