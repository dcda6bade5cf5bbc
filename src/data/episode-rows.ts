// The one door for episode rows read from IndexedDB or a backup. `checkMeta`/`checkBody` say whether
// a row is one the app writes (backups: anything else is rejected, with the reason); `restoreMeta`/
// `restoreBody` never throw: a row that fails is still shown, marked damaged, with what of its text
// could be read, so a bad row costs a warning on one episode, never a crashed screen.
import { z } from 'zod';
import { EPISODE_STATUSES, SECTION_KINDS, type SectionKind } from '../domain/episode';
import type { EpisodeBody, EpisodeMeta } from './episode-record';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const kind = z.enum(SECTION_KINDS);
const optionalNumber = z.preprocess((v) => (v === null ? undefined : v), z.number().int('must be a whole number').nonnegative().optional());

const metaShape = z.object({
  id: z.string().min(1),
  title: z.string({ error: 'the title must be text' }),
  number: optionalNumber,
  weekOf: z.preprocess((v) => (v === null || v === '' ? undefined : v), z.string().regex(isoDay, 'the week must be a date (yyyy-MM-dd)').optional()),
  status: z.enum(EPISODE_STATUSES, { error: 'the status must be draft or published' }).default('draft'),
  tags: z.array(z.string(), { error: 'the tags must be a list of text' }),
  listTags: z.array(z.string(), { error: 'the tags must be a list of text' }).optional(),
  sectionKinds: z.array(z.string()).default([]),
  headings: z.array(z.object({ heading: z.string(), kind: z.string() })).default([]),
  excerpt: z.string().default(''),
  wordCount: z.number().int().nonnegative().default(0),
  createdAt: z.number().finite().optional(),
  updatedAt: z.number({ error: 'the time it was saved must be a number' }).finite(),
  deletedAt: z.number().finite().nonnegative().default(0),
});

const sectionShape = z.object({ heading: z.string(), kind, markdown: z.string() });
const bodyShape = z.object({
  id: z.string().min(1),
  body: z.string({ error: 'the text must be text' }),
  frontmatter: z.preprocess((v) => v ?? {}, z.record(z.string(), z.unknown(), { error: 'the frontmatter must be a map' })),
  sections: z.preprocess((v) => (Array.isArray(v) ? v.filter((s) => s !== null && s !== undefined) : (v ?? [])), z.array(sectionShape).catch([])),
});

const known = (k: string): k is SectionKind => (SECTION_KINDS as readonly string[]).includes(k);

export type Checked<T> = { ok: true; row: T } | { ok: false; reason: string };

function reasonOf(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

export function checkMeta(raw: unknown): Checked<EpisodeMeta> {
  const parsed = metaShape.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  const v = parsed.data;
  const meta: EpisodeMeta = {
    id: v.id,
    title: v.title,
    status: v.status,
    tags: v.tags,
    // Rows written before the header form kept its own list: every tag was a listed tag then.
    listTags: v.listTags ?? v.tags,
    sectionKinds: v.sectionKinds.filter(known),
    headings: v.headings.map((h) => ({ heading: h.heading, kind: known(h.kind) ? h.kind : 'notes' })),
    excerpt: v.excerpt,
    wordCount: v.wordCount,
    createdAt: v.createdAt ?? v.updatedAt,
    updatedAt: v.updatedAt,
    deletedAt: v.deletedAt,
  };
  if (v.number !== undefined) meta.number = v.number;
  if (v.weekOf !== undefined) meta.weekOf = v.weekOf;
  return { ok: true, row: meta };
}

export function checkBody(raw: unknown): Checked<EpisodeBody> {
  const parsed = bodyShape.safeParse(raw);
  return parsed.success ? { ok: true, row: parsed.data } : { ok: false, reason: reasonOf(parsed.error) };
}

/** Whatever of a value can be read as text (numbers as digits, objects as JSON). */
export function readableText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

/** A list of tags from whatever is there: a list, or text with commas or spaces. */
export function readableTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(readableText) : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return items.map((t) => t.replace(/^#/, '').trim().toLowerCase()).filter(Boolean);
}

const asRecord = (raw: unknown): Record<string, unknown> => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {});
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The row as is when it has exactly the shape toRecords writes (every row the app stored since
 * these fields exist), without zod: reading 1,000 rows through the schema costs the journal screen
 * milliseconds it does not need to spend. Anything else goes through checkMeta.
 */
function canonicalMeta(raw: unknown): EpisodeMeta | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const ok =
    typeof r.id === 'string' && r.id !== '' && typeof r.title === 'string' && (r.status === 'draft' || r.status === 'published') &&
    isStrings(r.tags) && isStrings(r.listTags) && Array.isArray(r.sectionKinds) && r.sectionKinds.every((k) => known(k as string)) &&
    Array.isArray(r.headings) && r.headings.every((h) => typeof h === 'object' && h !== null && typeof (h as { heading?: unknown }).heading === 'string' && known((h as { kind: string }).kind)) &&
    typeof r.excerpt === 'string' && Number.isInteger(r.wordCount) && (r.wordCount as number) >= 0 &&
    isTime(r.createdAt) && isTime(r.updatedAt) && isTime(r.deletedAt) && r.deletedAt >= 0 &&
    (r.number === undefined || (Number.isInteger(r.number) && (r.number as number) >= 0)) &&
    (r.weekOf === undefined || (typeof r.weekOf === 'string' && isoDay.test(r.weekOf)));
  return ok ? (raw as EpisodeMeta) : undefined;
}

/** A stored episode row as the screens use it; a damaged one is marked and keeps what can be read. */
export function restoreMeta(raw: unknown): EpisodeMeta {
  const fast = canonicalMeta(raw);
  if (fast) return fast;
  const checked = checkMeta(raw);
  if (checked.ok) return checked.row;
  const row = asRecord(raw);
  const id = readableText(row.id);
  const updatedAt = num(row.updatedAt, 0);
  return {
    id,
    title: readableText(row.title),
    status: 'draft',
    tags: [],
    listTags: [],
    sectionKinds: [],
    headings: [],
    excerpt: `This episode's stored data is damaged (${checked.reason}). Open it to repair it or move it to the Trash.`,
    wordCount: 0,
    createdAt: num(row.createdAt, updatedAt),
    updatedAt,
    deletedAt: num(row.deletedAt, 0),
    damaged: checked.reason,
    ...(typeof row.weekOf === 'string' && isoDay.test(row.weekOf) ? { weekOf: row.weekOf } : {}),
  };
}

/** A stored body row; a damaged one keeps its text as it can be read, and says why. */
export function restoreBody(raw: unknown, id: string): EpisodeBody & { damaged?: string } {
  if (raw === undefined) return { id, body: '', frontmatter: {}, sections: [] };
  const checked = checkBody(raw);
  if (checked.ok) return checked.row;
  const row = asRecord(raw);
  return { id, body: readableText(row.body), frontmatter: {}, sections: [], damaged: checked.reason };
}
