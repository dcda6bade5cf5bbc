// Full backups of the database: every table as JSON, a preview of what a file holds against what is
// here, and a restore that merges (nothing lost) or replaces. A backup from an older schema is
// upgraded through the same numbered upgrades as the live database, and every row then passes the
// check its table's repository reads through (records.ts): a row the app would not write is listed
// as rejected, with why, and never stored. A replace writes a safety backup of what is here first,
// and refuses to empty a journal that holds episodes unless the person has confirmed exactly that.
import { z } from 'zod';
import { allDerivedKinds, DERIVED_TABLES, rebuildAll } from './derived';
import { EpisodesDatabase, LATEST_SCHEMA_VERSION, getDatabase } from './db';
import { FileLinksRepo } from './file-links-repo';
import { MACHINE_SETTINGS } from './settings-repo';
import { HistoryRepo } from './history-repo';
import { BACKUP_TABLES, checkTables, type RejectedRow } from './records';

export const BACKUP_FORMAT = 'episodes-backup';
/** The day (yyyy-MM-dd) the desktop last wrote its automatic backup into the journal folder. */

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

// Rows are only checked to be present here; each one is judged by its table's check (records.ts).
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  appVersion: z.string().default('unknown'),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/**
 * Tables that describe this machine, not the journal: which file in this computer's journal folder
 * holds which episode. Backups leave them out; a restore keeps this machine's and has the folder
 * written out again from what was restored.
 */
const MACHINE_TABLES: ReadonlySet<string> = new Set(['fileLinks']);

/** The tables a backup holds: everything but derived rows (rebuilt from these) and this machine's. */
function sourceTables(db: EpisodesDatabase) {
  return db.tables.filter((table) => !DERIVED_TABLES.has(table.name) && !MACHINE_TABLES.has(table.name));
}

const journalRows = (table: string, rows: readonly Record<string, unknown>[]) =>
  table === 'settings' ? rows.filter((row) => !MACHINE_SETTINGS.has(String(row.key))) : [...rows];

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

const isKey = (value: unknown) => (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));

/**
 * Brings an older backup up to the current schema by running the database's own upgrades on it in
 * a scratch database. Rows without a usable key cannot go in and are rejected here.
 */
export async function upgradeBackup(file: BackupFile, scratchName = `episodes-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`): Promise<{ file: BackupFile; rejected: RejectedRow[] }> {
  const rejected: RejectedRow[] = [];
  const keyed = (db: EpisodesDatabase, table: string) =>
    (file.tables[table] ?? []).filter((row) => {
      const ok = typeof row === 'object' && row !== null && isKey(row[primaryKeyOf(db, table)]);
      if (!ok) rejected.push({ table, id: '(no id)', reason: 'a row without an id (or not a row at all)' });
      return ok;
    });
  if (file.schemaVersion === LATEST_SCHEMA_VERSION) return { file, rejected };
  const old = new EpisodesDatabase(scratchName, { upTo: file.schemaVersion });
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkPut(keyed(old, table.name));
    });
    old.close();
    const current = new EpisodesDatabase(scratchName);
    await current.open();
    const upgraded = await exportBackup(current, file.appVersion, new Date(file.exportedAt));
    current.close();
    return { file: upgraded, rejected };
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
  /** In the backup but not storable (see RestorePreview.rejected for why). */
  rejected: number;
}

export interface RestorePreview {
  tables: TablePreview[];
  rejected: RejectedRow[];
  /** Live episodes here now, and what a replace would leave. */
  liveEpisodesHere: number;
  liveEpisodesInBackup: number;
  /** Rows of every table here now, and in the backup (accepted ones). */
  rowsHere: number;
  rowsInBackup: number;
}

/** What a restore would store: the backup upgraded, every row checked. */
async function storableRows(file: BackupFile, db: EpisodesDatabase) {
  const upgraded = await upgradeBackup(file);
  const checked = checkTables(upgraded.file.tables, (table) => primaryKeyOf(db, table));
  return { accepted: checked.accepted, rejected: [...upgraded.rejected, ...checked.rejected] };
}

/** JSON with object keys in sorted order, so two rows with the same fields compare equal however they were built. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const liveEpisodes = (rows: readonly Record<string, unknown>[]) => rows.filter((row) => (row.deletedAt ?? 0) === 0).length;

export async function previewRestore(file: BackupFile, db: EpisodesDatabase = getDatabase()): Promise<RestorePreview> {
  const { accepted, rejected } = await storableRows(file, db);
  const tables: TablePreview[] = [];
  let rowsHere = 0;
  let liveEpisodesHere = 0;
  for (const table of sourceTables(db)) {
    const key = primaryKeyOf(db, table.name);
    const incoming = accepted[table.name] ?? [];
    const hereRows = journalRows(table.name, (await table.toArray()) as Record<string, unknown>[]);
    rowsHere += hereRows.length;
    if (table.name === 'episodes') liveEpisodesHere = liveEpisodes(hereRows);
    const local = new Map(hereRows.map((row) => [String(row[key]), stableJson(row)]));
    let added = 0;
    let changed = 0;
    const seen = new Set<string>();
    for (const row of incoming) {
      const id = String(row[key]);
      seen.add(id);
      const here = local.get(id);
      if (here === undefined) added++;
      else if (here !== stableJson(row)) changed++;
    }
    const rejectedHere = rejected.filter((r) => r.table === table.name).length;
    tables.push({ table: table.name, inBackup: incoming.length + rejectedHere, added, changed, onlyHere: [...local.keys()].filter((id) => !seen.has(id)).length, rejected: rejectedHere });
  }
  const rowsInBackup = BACKUP_TABLES.reduce((sum, table) => sum + journalRows(table, accepted[table] ?? []).length, 0);
  return { tables, rejected, liveEpisodesHere, liveEpisodesInBackup: liveEpisodes(accepted.episodes ?? []), rowsHere, rowsInBackup };
}

/** Every episode whose text the restore changes keeps the text it had, in its history (inside the restore's transaction). */
async function keepReplacedTexts(db: EpisodesDatabase, incoming: readonly Record<string, unknown>[]): Promise<void> {
  const history = new HistoryRepo(db);
  const here = await db.episodeBodies.bulkGet(incoming.map((row) => String(row.id)));
  const metas = await db.episodes.bulkGet(incoming.map((row) => String(row.id)));
  const now = Date.now();
  for (const [i, row] of incoming.entries()) {
    const body = here[i];
    const meta = metas[i];
    if (!body || !meta || body.body === row.body) continue;
    await history.keep(body.id, { title: meta.title, body: body.body }, 'restore', now, meta.updatedAt);
  }
}

/** Whether a replace would leave nothing (or no episodes) where something is. */
export function replaceEmpties(preview: Pick<RestorePreview, 'liveEpisodesHere' | 'liveEpisodesInBackup' | 'rowsHere' | 'rowsInBackup'>): boolean {
  return (preview.liveEpisodesHere > 0 && preview.liveEpisodesInBackup === 0) || (preview.rowsHere > 0 && preview.rowsInBackup === 0);
}

export interface RestoreOptions {
  /** Replace only: writes a backup of what is here now, before anything is removed (required). */
  safetyBackup?: () => Promise<unknown>;
  /** Replace only: the person confirmed that the journal is to be emptied. */
  confirmEmptying?: boolean;
}

/**
 * 'merge' adds and updates rows and deletes nothing. 'replace' makes the database equal to the
 * backup's storable rows, after a safety backup of what is here. Rejected rows are never stored.
 */
export async function restoreBackup(file: BackupFile, mode: 'merge' | 'replace', db: EpisodesDatabase = getDatabase(), options: RestoreOptions = {}): Promise<{ rejected: RejectedRow[] }> {
  const { accepted, rejected } = await storableRows(file, db);
  if (mode === 'replace') {
    const preview = await previewRestore(file, db);
    if (replaceEmpties(preview) && !options.confirmEmptying) {
      throw new BackupError(
        `This backup holds ${preview.liveEpisodesInBackup === 0 ? 'no episodes' : 'nothing that can be restored'}: replacing would empty a journal of ${preview.liveEpisodesHere} episodes. Nothing was changed.`,
      );
    }
    if (!options.safetyBackup) throw new BackupError('A replace first writes a backup of what is here now; none was given, so nothing was changed.');
    await options.safetyBackup();
  }
  await db.transaction('rw', db.tables, async () => {
    await keepReplacedTexts(db, accepted.episodeBodies ?? []);
    const machineSettings = await db.settings.bulkGet([...MACHINE_SETTINGS]);
    for (const table of sourceTables(db)) {
      // The history is only replaced by a backup that holds one; otherwise it is kept (and grows by the texts just kept).
      if (table.name === 'snapshots' && !('snapshots' in file.tables)) continue;
      if (mode === 'replace') await table.clear();
      await table.bulkPut(journalRows(table.name, accepted[table.name] ?? []));
    }
    await db.settings.bulkPut(machineSettings.filter((row) => row !== undefined));
    await rebuildAll(db, allDerivedKinds);
    // What the folder mirrors changed behind the sync's back: every episode is written out again.
    await new FileLinksRepo(db).invalidate();
  });
  return { rejected };
}
