// The frontmatter block is the only part of a file the app owns. It is read with `yaml`, the
// five known keys become typed fields, and every other key is kept as-is and written back.
import { Document, isSeq, parse as parseYaml, parseDocument, visit } from 'yaml';
import { normalizeTag, splitTagText } from '../tags/normalize';
import { isoWeekFromWeekOf, parseDay, weekOfFromDate, weekOfFromIsoWeek } from '../week';
import type { EpisodeStatus } from './types';
import { EPISODE_STATUSES } from './types';

export const KNOWN_KEYS = ['title', 'episode', 'week', 'status', 'tags'] as const;
const KNOWN = new Set<string>(KNOWN_KEYS);

// Same fences as remark-frontmatter: `---` on the first line, closed by the next `---` line.
const FRONTMATTER_RE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The parsed YAML map; undefined when there is no (valid) frontmatter block. */
  data?: Record<string, unknown>;
  body: string;
  /** Why a block that is there was not read (too large); it stays in the body as written. */
  problem?: string;
}

/**
 * The most the app reads of a frontmatter block: YAML's duplicate-key check grows with the square of
 * the keys (40,000 keys held the page for 30 s), and no episode needs more than a handful.
 */
export const MAX_FRONTMATTER_KEYS = 200;
export const MAX_FRONTMATTER_CHARS = 16 * 1024;
// A line that starts a key of the top-level map: no indent, not a comment or list item.
const TOP_LEVEL_KEY_RE = /^(?:"[^"\n]*"|'[^'\n]*'|[^\s#'"?-][^:\n]*)[ \t]*:(?:[ \t]|$)/gm;

function tooLarge(block: string): string | undefined {
  if (block.length > MAX_FRONTMATTER_CHARS) {
    return `The front matter is ${Math.round(block.length / 1024)} KB; Episodes reads at most ${MAX_FRONTMATTER_CHARS / 1024} KB of it, so it was left in the text as written.`;
  }
  let keys = 0;
  TOP_LEVEL_KEY_RE.lastIndex = 0;
  while (TOP_LEVEL_KEY_RE.exec(block)) if (++keys > MAX_FRONTMATTER_KEYS) break;
  if (keys > MAX_FRONTMATTER_KEYS) return `The front matter holds more than ${MAX_FRONTMATTER_KEYS.toLocaleString('en')} keys; Episodes reads at most that many, so it was left in the text as written.`;
  return undefined;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A block that is not valid YAML or not a map is left in the body untouched: nothing the user
 * wrote is lost, and the app writes a fresh block in front of it on the next save.
 */
export function splitFrontmatter(text: string): SplitFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER_RE.exec(source);
  if (!match) return { body: text };
  const problem = tooLarge(match[1] ?? '');
  if (problem) return { body: text, problem };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch {
    return { body: text };
  }
  if (data === null || data === undefined) data = {};
  if (!isPlainRecord(data)) return { body: text };
  return { data, body: source.slice(match[0].length) };
}

/** Where an imported file's frontmatter comments are kept, since the app rewrites the block. */
export const COMMENTS_KEY = 'comments-unrecognized';

/** The comments of a file's frontmatter block, in order (empty when there is no block). */
export function frontmatterComments(text: string): string[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER_RE.exec(source);
  if (!match?.[1] || !match[1].includes('#')) return [];
  const doc = parseDocument(match[1]);
  const comments: (string | null | undefined)[] = [doc.commentBefore];
  visit(doc, (_key, node) => {
    const { commentBefore, comment } = (node ?? {}) as { commentBefore?: string | null; comment?: string | null };
    comments.push(commentBefore, comment);
  });
  comments.push(doc.comment);
  return comments.flatMap((comment) => (comment ? comment.split('\n').map((line) => line.trim()).filter(Boolean) : []));
}

export interface KnownFields {
  title?: string;
  number?: number;
  weekOf?: string;
  status: EpisodeStatus;
  tags: string[];
  extras: Record<string, unknown>;
}

function readTitle(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) return Number(value);
  return undefined;
}

/** `2026-W47` is the format; a plain date is accepted and moved to its week's Monday. */
export function readWeek(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const fromWeek = weekOfFromIsoWeek(value);
  if (fromWeek) return fromWeek;
  const day = parseDay(value.trim());
  return day ? weekOfFromDate(day) : undefined;
}

function readStatus(value: unknown): EpisodeStatus {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (EPISODE_STATUSES as readonly string[]).includes(text) ? (text as EpisodeStatus) : 'draft';
}

export function uniqueTags(values: readonly unknown[]): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const tag = normalizeTag(String(value));
    if (tag) tags.add(tag);
  }
  return [...tags];
}

function readTags(value: unknown): string[] {
  if (Array.isArray(value)) return uniqueTags(value);
  if (typeof value === 'string') return uniqueTags(splitTagText(value));
  return [];
}

function isScalarTag(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number';
}

const unlessRead = (read: (value: unknown) => unknown) => (value: unknown) => (read(value) === undefined ? value : undefined);

/** Per known key: the part of its value the typed field could not take, if any. */
const UNREAD_PART: Record<(typeof KNOWN_KEYS)[number], (value: unknown) => unknown> = {
  title: unlessRead(readTitle),
  episode: unlessRead(readNumber),
  week: unlessRead(readWeek),
  status: (value) => (typeof value === 'string' && (EPISODE_STATUSES as readonly string[]).includes(value.trim().toLowerCase()) ? undefined : value),
  tags: (value) => {
    if (!Array.isArray(value)) return typeof value === 'string' ? undefined : value;
    const rest = value.filter((item) => !isScalarTag(item));
    return rest.length ? rest : undefined;
  },
};

/** Suffix for a known key whose value was not understood; it is kept under `<key>-unrecognized`. */
export const UNRECOGNIZED_SUFFIX = '-unrecognized';

/**
 * Typed fields from the YAML map. A known key whose value cannot be used (status: wip,
 * week: soon) is not thrown away: it moves to `<key>-unrecognized` among the other keys.
 */
export function readKnownFields(data: Record<string, unknown> = {}): KnownFields {
  // fromEntries keeps a key such as "__proto__" an ordinary key.
  const extras = Object.fromEntries(Object.entries(data).filter(([key]) => !KNOWN.has(key)));
  for (const key of KNOWN_KEYS) {
    if (!Object.hasOwn(data, key) || data[key] === null || data[key] === undefined) continue;
    const unread = UNREAD_PART[key](data[key]);
    const target = key + UNRECOGNIZED_SUFFIX;
    if (unread !== undefined && !Object.hasOwn(extras, target)) Object.assign(extras, Object.fromEntries([[target, unread]]));
  }
  const fields: KnownFields = { status: readStatus(data.status), tags: readTags(data.tags), extras };
  const title = readTitle(data.title);
  if (title !== undefined) fields.title = title;
  const number = readNumber(data.episode);
  if (number !== undefined) fields.number = number;
  const weekOf = readWeek(data.week);
  if (weekOf !== undefined) fields.weekOf = weekOf;
  return fields;
}

export interface FrontmatterFields {
  title: string;
  number?: number;
  weekOf?: string;
  status: EpisodeStatus;
  tags: readonly string[];
  frontmatter: Readonly<Record<string, unknown>>;
}

/**
 * The canonical block: `---\n`, then title, episode (if any), week (if any), status, tags as a
 * flow list, then the other keys in their original order, as `yaml` prints them with no line
 * folding, then `---\n`.
 */
export function stringifyFrontmatter(fields: FrontmatterFields): string {
  const entries: [string, unknown][] = [['title', fields.title]];
  if (fields.number !== undefined) entries.push(['episode', fields.number]);
  const week = fields.weekOf === undefined ? undefined : isoWeekFromWeekOf(fields.weekOf);
  if (week !== undefined) entries.push(['week', week]);
  entries.push(['status', fields.status], ['tags', [...fields.tags]]);
  for (const entry of Object.entries(fields.frontmatter)) {
    if (!KNOWN.has(entry[0])) entries.push(entry);
  }
  const doc = new Document(Object.fromEntries(entries));
  const tags = doc.get('tags', true);
  if (isSeq(tags)) tags.flow = true;
  return `---\n${doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false })}---\n`;
}
