// importText: whatever people have (a markdown file, a file without frontmatter, text pasted
// from a blog) into a draft, never dropping a word, and refusing things that are not text.
import { weekOfFromDate } from '../week';
import { COMMENTS_KEY, frontmatterComments, readKnownFields, splitFrontmatter } from './frontmatter';
import { buildDraft, numberFromTitle } from './parse';
import { recoverPlainText } from './plain-text';
import { layoutBody, pinKindsInBody } from './sections';
import type { EpisodeDraft, ParseOptions } from './types';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Share of control characters (or U+FFFD from a failed decode) above which input is binary. */
const MAX_CONTROL_RATIO = 0.05;
const SAMPLE_CHARS = 65_536;

export type ImportErrorReason = 'binary' | 'too-large';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    message: string,
    readonly reason: ImportErrorReason,
    readonly fileName?: string,
  ) {
    super(message);
  }
}

export interface ImportOptions {
  fileName?: string;
  /** The file's modification time: the week when the text names none. */
  modifiedAt?: Date;
  /**
   * What the app knows about the person's sections (their corrections, history, a classifier).
   * In plain text, whose markdown the import writes, a kind decided by it is written as an
   * override line, so it stays with the episode.
   */
  knowledge?: ParseOptions;
}

function utf8Length(text: string, stopAfter: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!sample) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    // Tab, LF, VT, FF and CR are text; other C0 controls, DEL and U+FFFD are not.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === 0xfffd) controls += 1;
  }
  return controls / sample.length;
}

/** Throws ImportError for binary input or input over MAX_IMPORT_BYTES. */
export function assertImportable(text: string, fileName?: string): void {
  const what = fileName ? `"${fileName}"` : 'the pasted text';
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES) {
    throw new ImportError(`Cannot import ${what}: it is larger than the 5 MB limit for one episode.`, 'too-large', fileName);
  }
  if (text.includes('\u0000') || controlRatio(text) > MAX_CONTROL_RATIO) {
    throw new ImportError(`Cannot import ${what}: it looks like a binary file, not text.`, 'binary', fileName);
  }
}

const MARKDOWN_SIGNS_RE = /^(?: {0,3}#{1,6}[ \t]+\S| {0,3}(?:```|~~~))/m;

/** Frontmatter, an ATX heading or a code fence means markdown; otherwise it is plain text. */
export function looksLikeMarkdown(text: string): boolean {
  return /^---[ \t]*\n/.test(text) || MARKDOWN_SIGNS_RE.test(text);
}

function baseName(fileName: string | undefined): string {
  if (!fileName) return '';
  const last = fileName.split(/[\\/]/).pop() ?? '';
  return last.replace(/\.[^.]+$/, '').trim();
}

function numberFromFileName(fileName: string | undefined): number | undefined {
  const match = /(?:episode|ep)[-_ ]?(\d{1,6})\b/i.exec(baseName(fileName));
  return match ? Number(match[1]) : undefined;
}

function firstLineText(body: string): string {
  const line = body.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.replace(/^\s*#{1,6}\s+/, '').trim();
}

export function importText(text: string, options: ImportOptions = {}): EpisodeDraft {
  assertImportable(text, options.fileName);
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fallbackWeek = options.modifiedAt && !Number.isNaN(options.modifiedAt.getTime()) ? weekOfFromDate(options.modifiedAt) : undefined;

  if (looksLikeMarkdown(clean)) {
    // A markdown file's body is the person's text: kinds come from the knowledge, unwritten.
    const { data, body, problem } = splitFrontmatter(clean);
    if (problem) throw new ImportError(`Cannot import ${options.fileName ? `"${options.fileName}"` : 'the pasted text'}: ${problem.replace(/, so it was left in the text as written\.$/, '.')}`, 'too-large', options.fileName);
    const known = readKnownFields(data);
    // The app rewrites the block, so an imported file's comments are kept as a key of their own.
    const comments = data ? frontmatterComments(clean) : [];
    if (comments.length && !Object.hasOwn(known.extras, COMMENTS_KEY)) known.extras[COMMENTS_KEY] = comments;
    const layout = layoutBody(body, options.knowledge);
    const title = known.title ?? layout.firstH1 ?? (firstLineText(body) || baseName(options.fileName));
    return buildDraft(
      {
        title,
        number: known.number ?? numberFromTitle(title) ?? numberFromFileName(options.fileName),
        weekOf: known.weekOf ?? fallbackWeek,
        status: known.status,
        tags: known.tags,
        frontmatter: known.extras,
      },
      body,
      layout,
    );
  }

  const recovered = recoverPlainText(clean);
  const title = recovered.title || baseName(options.fileName);
  const body = options.knowledge ? pinKindsInBody(recovered.body, options.knowledge) : recovered.body;
  const layout = layoutBody(body);
  return buildDraft(
    {
      title,
      number: numberFromTitle(title) ?? numberFromFileName(options.fileName),
      weekOf: fallbackWeek,
      status: 'draft',
      tags: [],
      frontmatter: {},
    },
    body,
    layout,
  );
}
