// Every table a backup holds, and the check each of its rows must pass to be stored: the same
// validators the repositories read through (episode rows, certifications, study sessions, practice
// records, inspirations), so a restore can only put into a table what the app itself would write.
import { z } from 'zod';
import { restoreInspiration } from '../domain/inspirations';
import { restoreAttempt, restoreReviewCard } from '../domain/practice/records';
import { restoreCertification, restoreSession } from '../domain/progress';
import { moduleSchema } from '../domain/progress/restore';
import { checkBody, checkMeta, type Checked } from './episode-rows';
import { settingProblem } from './settings-repo';
import { errorMessage } from '../shared/error-message';
import { ATTACHMENT_KINDS, attachmentPathProblem, MAX_ATTACHMENT_BYTES, sniffAttachment, type AttachmentExt } from '../domain/attachments';
import { base64ToBytes } from '../shared/base64';

export const BACKUP_TABLES = [
  'episodes',
  'episodeBodies',
  'tags',
  'certifications',
  'modules',
  'studySessions',
  'practiceAttempts',
  'reviewCards',
  'savedCalculations',
  'inspirations',
  'settings',
  'snapshots',
  'attachments',
] as const;
/** Tables a backup may hold that describe one machine, not the journal: left out silently (backup.ts). */
const MACHINE_TABLES = new Set(['fileLinks', 'aggregates']);
export type BackupTable = (typeof BACKUP_TABLES)[number];

type Row = Record<string, unknown>;
type Check = (raw: unknown) => Checked<Row>;

const describe = (error: z.ZodError) => error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
const viaSchema = (schema: z.ZodType): Check => (raw) => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, row: parsed.data as Row } : { ok: false, reason: describe(parsed.error) };
};
const viaThrowing = (restore: (raw: unknown) => unknown): Check => (raw) => {
  try {
    return { ok: true, row: restore(raw) as Row };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
};
const firstErrors = (errors: Record<string, string | undefined>) => Object.entries(errors).map(([field, message]) => `${field}: ${message}`).join('; ');

const idText = z.string().min(1, 'an id is required');

const moduleRow: Check = (raw) => {
  const row = (typeof raw === 'object' && raw !== null ? raw : {}) as Row;
  const { certificationId, order, ...fields } = row;
  if (typeof certificationId !== 'string' || certificationId === '') return { ok: false, reason: 'certificationId: the module belongs to no certification' };
  if (typeof order !== 'number' || !Number.isFinite(order)) return { ok: false, reason: 'order: must be a number' };
  const parsed = moduleSchema.safeParse(fields);
  return parsed.success ? { ok: true, row: { ...parsed.data, certificationId, order } } : { ok: false, reason: describe(parsed.error) };
};

const certificationRow: Check = (raw) => {
  const row = (typeof raw === 'object' && raw !== null ? raw : {}) as Row;
  // Stored without modules (they have a table of their own): checked as a certification with none.
  const restored = restoreCertification({ ...row, modules: [] });
  if (!restored.ok) return { ok: false, reason: firstErrors(restored.errors) };
  const { modules: _none, ...header } = restored.value;
  return { ok: true, row: { ...row, ...header } };
};

const sessionRow: Check = (raw) => {
  const restored = restoreSession(raw);
  return restored.ok ? { ok: true, row: restored.value as unknown as Row } : { ok: false, reason: firstErrors(restored.errors) };
};

const inspirationRow: Check = (raw) => {
  const restored = restoreInspiration(raw);
  return restored ? { ok: true, row: restored as unknown as Row } : { ok: false, reason: 'not an inspiration (a name, a kind, a date and an id are required)' };
};

const settingRow: Check = (raw) => {
  const parsed = z.object({ key: z.string().min(1, 'a setting needs a key'), value: z.unknown() }).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describe(parsed.error) };
  const problem = settingProblem(parsed.data.key, parsed.data.value);
  return problem ? { ok: false, reason: problem } : { ok: true, row: parsed.data };
};

/** A stored file: its path is under attachments/ and agrees with its kind and its bytes are the kind they claim. */
const attachmentRow: Check = (raw) => {
  const parsed = z
    .object({
      hash: z.string().regex(/^[0-9a-f]{64}$/, 'the hash is not a SHA-256'),
      path: z.string().min(1).max(512),
      ext: z.enum(Object.keys(ATTACHMENT_KINDS) as [AttachmentExt, ...AttachmentExt[]]),
      mime: z.string(),
      name: z.string(),
      size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES, 'the file is larger than an episode takes'),
      createdAt: z.number().finite(),
      data: z.string(),
    })
    .safeParse(raw);
  if (!parsed.success) return { ok: false, reason: describe(parsed.error) };
  const row = parsed.data;
  const pathProblem = attachmentPathProblem(row.path, row.ext);
  if (pathProblem) return { ok: false, reason: `path: ${pathProblem}` };
  if (row.mime !== ATTACHMENT_KINDS[row.ext].mime) return { ok: false, reason: `mime: ${row.ext} files are ${ATTACHMENT_KINDS[row.ext].mime}` };
  const bytes = base64ToBytes(row.data);
  if (!bytes || bytes.length !== row.size) return { ok: false, reason: 'data: not the file’s bytes (base64 of its size)' };
  if (sniffAttachment(bytes) !== row.ext) return { ok: false, reason: `data: the bytes are not a ${row.ext} file` };
  return { ok: true, row: row as unknown as Row };
};

export const tableChecks = {
  episodes: (raw) => checkMeta(raw) as Checked<Row>,
  episodeBodies: (raw) => checkBody(raw) as Checked<Row>,
  tags: viaSchema(z.looseObject({ name: z.string().min(1, 'a tag needs a name') })),
  certifications: certificationRow,
  modules: moduleRow,
  studySessions: sessionRow,
  practiceAttempts: viaThrowing(restoreAttempt),
  reviewCards: viaThrowing(restoreReviewCard),
  savedCalculations: viaSchema(
    z.object({ id: idText, calculatorId: z.string().min(1), input: z.unknown(), createdAt: z.number().finite(), episodeId: z.string().min(1) }),
  ),
  inspirations: inspirationRow,
  settings: settingRow,
  snapshots: viaSchema(
    z.object({
      id: idText,
      episodeId: z.string().min(1),
      at: z.number().finite(),
      title: z.string(),
      body: z.string(),
      words: z.number().int().nonnegative(),
      reason: z.string(),
    }),
  ),
  attachments: attachmentRow,
} satisfies Record<BackupTable, Check>;

export interface RejectedRow {
  table: string;
  /** The row's key, as far as it can be read. */
  id: string;
  reason: string;
}

/**
 * The rows of a backup's tables that may be stored, and those that may not (with why). An
 * episode stands or falls with its text: either row rejected rejects both.
 */
export function checkTables(tables: Readonly<Record<string, readonly unknown[]>>, keyOf: (table: string) => string): { accepted: Record<string, Row[]>; rejected: RejectedRow[] } {
  const accepted: Record<string, Row[]> = {};
  const rejected: RejectedRow[] = [];
  const reject = (table: string, raw: unknown, reason: string) =>
    rejected.push({ table, id: String((typeof raw === 'object' && raw !== null ? (raw as Row)[keyOf(table)] : undefined) ?? '(no id)'), reason });
  for (const table of BACKUP_TABLES) {
    accepted[table] = [];
    for (const raw of tables[table] ?? []) {
      const checked = tableChecks[table](raw);
      if (checked.ok) accepted[table]!.push(checked.row);
      else reject(table, raw, checked.reason);
    }
  }
  for (const table of Object.keys(tables)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(table) && !MACHINE_TABLES.has(table)) rejected.push({ table, id: '(all rows)', reason: 'not a table this version of Episodes keeps' });
  }
  const fallen = new Set(rejected.filter((r) => r.table === 'episodes' || r.table === 'episodeBodies').map((r) => r.id));
  for (const table of ['episodes', 'episodeBodies'] as const) {
    accepted[table] = accepted[table]!.filter((row) => {
      if (!fallen.has(String(row.id))) return true;
      if (!rejected.some((r) => r.table === table && r.id === String(row.id))) rejected.push({ table, id: String(row.id), reason: 'its episode’s other row was rejected' });
      return false;
    });
  }
  return { accepted, rejected };
}
