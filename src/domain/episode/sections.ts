// Splits a body into its `##` sections. block-scan.ts says where the top-level headings are
// (the markdown AST's answer, or a line scanner held to it); the text is then sliced from the
// original, so every section's markdown is the user's exact bytes.
import type { TopLevelHeading } from './block-scan';
import { bodyStructure } from './block-scan';
import { plainText } from './markdown';
import { inferSectionKind } from './section-kinds';
import { lineStarts } from './skeleton';
import { extractOutline } from './text-stats';
import type { EpisodeSection, ParseOptions, SectionKind } from './types';

export interface SectionSpan extends EpisodeSection {
  /** Heading text with markdown removed, e.g. `Project: Churn model`. */
  plainHeading: string;
  /** 1-based line of the heading in the body. */
  line: number;
  /** Offset of the heading line's first character. */
  start: number;
  /** Offset just past the heading line(s), including the line break. */
  headingEnd: number;
  /** [start, end) of the `<!-- kind: … -->` line including its line break, when present. */
  override?: { kind: SectionKind; start: number; end: number };
  contentStart: number;
  end: number;
}

export interface BodyLayout {
  /** Text before the first `##` heading: part of the body, not a section. */
  preamble: string;
  sections: SectionSpan[];
  /** Plain text of the first top-level `#` heading, if any. */
  firstH1?: string;
  /** True when the body's first block is a `#` heading (the blog export keeps it as the title). */
  startsWithH1: boolean;
}

type Lines = { body: string; starts: number[] };

function lineText({ body, starts }: Lines, line: number): string {
  return body.slice(starts[line - 1], starts[line]).replace(/\r?\n$|\r$/, '');
}

/** Heading source without markers: ATX `## x ##` -> `x`; setext: its paragraph lines joined. */
function headingSource(lines: Lines, { startLine, endLine }: TopLevelHeading): string {
  if (startLine === endLine) {
    const content = lineText(lines, startLine).trim().replace(/^#+/, '');
    return content.replace(/(?:^|[ \t])#+[ \t]*$/, '').trim();
  }
  const text: string[] = [];
  for (let line = startLine; line < endLine; line += 1) text.push(lineText(lines, line).trim());
  return text.join(' ');
}

/**
 * The body's top-level headings for an outline (depth, plain text, 1-based line, offset) from the
 * line scanner: ~20x faster than extractOutline's full parse, which also lists headings nested
 * in quotes and lists. The editor's outline reads this on every pause in typing.
 */
export function topLevelOutline(body: string): { depth: number; text: string; line: number; offset: number }[] {
  const lines: Lines = { body, starts: lineStarts(body) };
  const { headings } = bodyStructure(body);
  // A setext heading's text can hold what the AST reads otherwise (a link definition, say): rare
  // in a journal, so such a body takes the full parse.
  if (headings.some((h) => h.startLine !== h.endLine)) {
    const top = new Set(headings.map((h) => h.startLine));
    return extractOutline(body).filter((entry) => top.has(entry.line));
  }
  return headings.map((node) => ({
    depth: node.depth,
    text: plainText(headingSource(lines, node)),
    line: node.startLine,
    // Where the heading's text starts: after up to three spaces of indentation.
    offset: (lines.starts[node.startLine - 1] ?? 0) + (/^ {0,3}/.exec(lineText(lines, node.startLine))?.[0].length ?? 0),
  }));
}

/**
 * The body cut before every top-level ATX heading: pieces that render to the same HTML one by one as
 * the whole does, so a preview can re-render only the piece being edited. A body with link
 * reference definitions (`[x]: url`, usable from any piece) stays whole.
 */
export function splitAtHeadings(body: string): string[] {
  if (/^ {0,3}\[[^\]]+\]:/m.test(body)) return [body];
  const starts = lineStarts(body);
  // Only before ATX headings (`## x`): a setext heading's text could read as something else
  // (a list item, say) once cut from what comes before it.
  const cuts = bodyStructure(body)
    .headings.filter((h) => h.startLine === h.endLine)
    .map((h) => starts[h.startLine - 1] ?? 0)
    .filter((at) => at > 0);
  const pieces: string[] = [];
  let from = 0;
  for (const at of cuts) {
    pieces.push(body.slice(from, at));
    from = at;
  }
  pieces.push(body.slice(from));
  return pieces;
}

export function layoutBody(body: string, knowledge?: ParseOptions): BodyLayout {
  const lines: Lines = { body, starts: lineStarts(body) };
  const structure = bodyStructure(body);
  const spans: SectionSpan[] = [];
  let firstH1: string | undefined;
  for (const node of structure.headings) {
    if (node.depth === 1 && firstH1 === undefined) firstH1 = plainText(headingSource(lines, node));
    if (node.depth !== 2) continue;
    const heading = headingSource(lines, node);
    const start = lines.starts[node.startLine - 1] ?? 0;
    const headingEnd = lines.starts[node.endLine] ?? body.length;
    const override = node.override ? { kind: node.override, start: headingEnd, end: lines.starts[node.endLine + 1] ?? body.length } : undefined;
    const previous = spans[spans.length - 1];
    if (previous) previous.end = start;
    const span: SectionSpan = { heading, plainHeading: plainText(heading), kind: 'notes', markdown: '', line: node.startLine, start, headingEnd, contentStart: override ? override.end : headingEnd, end: body.length };
    if (override) span.override = override;
    spans.push(span);
  }
  for (const span of spans) {
    span.markdown = body.slice(span.contentStart, span.end);
    span.kind = span.override?.kind ?? inferSectionKind(span.plainHeading, span.markdown, knowledge);
  }
  return {
    preamble: body.slice(0, spans[0]?.start ?? body.length),
    sections: spans,
    ...(firstH1 === undefined ? {} : { firstH1 }),
    startsWithH1: structure.startsWithH1,
  };
}

export function toEpisodeSections(spans: readonly SectionSpan[]): EpisodeSection[] {
  return spans.map((span) => ({ heading: span.heading, kind: span.kind, markdown: span.markdown }));
}

export function kindComment(kind: SectionKind): string {
  return `<!-- kind: ${kind} -->`;
}

function spanAt(body: string, index: number): SectionSpan {
  const { sections } = layoutBody(body);
  const span = sections[index];
  if (!span) throw new RangeError(`There is no section ${index}; the episode has ${sections.length}.`);
  return span;
}

function lineEnding(text: string): string {
  return /\r\n$/.test(text) ? '\r\n' : /\r$/.test(text) ? '\r' : '\n';
}

/** Writes (or replaces) the `<!-- kind: … -->` line under heading `index`. */
export function setSectionKindInBody(body: string, index: number, kind: SectionKind): string {
  const span = spanAt(body, index);
  if (span.override) {
    const line = body.slice(span.override.start, span.override.end);
    const eol = span.override.end === body.length && !/[\r\n]$/.test(line) ? '' : lineEnding(line);
    return body.slice(0, span.override.start) + kindComment(kind) + eol + body.slice(span.override.end);
  }
  const headingLine = body.slice(span.start, span.headingEnd);
  if (!/[\r\n]$/.test(headingLine)) return `${body}\n${kindComment(kind)}`;
  return body.slice(0, span.headingEnd) + kindComment(kind) + lineEnding(headingLine) + body.slice(span.headingEnd);
}

/**
 * Writes an override line under every heading whose kind comes from what the app knows about the
 * person (a correction, history, their earlier sections) rather than from the text alone, so the
 * kind stays when the episode is later read without that knowledge.
 */
export function pinKindsInBody(body: string, knowledge: ParseOptions): string {
  const plain = layoutBody(body).sections;
  const known = layoutBody(body, knowledge).sections;
  let out = body;
  for (let index = known.length - 1; index >= 0; index -= 1) {
    const span = known[index]!;
    if (!span.override && span.kind !== plain[index]?.kind) out = setSectionKindInBody(out, index, span.kind);
  }
  return out;
}

/** Removes the override line under heading `index`, if any (the kind is inferred again). */
export function clearSectionKindInBody(body: string, index: number): string {
  const span = spanAt(body, index);
  if (!span.override) return body;
  return body.slice(0, span.override.start) + body.slice(span.override.end);
}

/** Replaces the markdown of section `index`, leaving the heading and override line alone. */
export function replaceSectionMarkdownInBody(body: string, index: number, markdown: string): string {
  const span = spanAt(body, index);
  return body.slice(0, span.contentStart) + markdown + body.slice(span.end);
}
