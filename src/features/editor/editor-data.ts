// The editor's header form and stats, computed: ISO week input, tag chips, the outline with kinds.
import type { ParseOptions, SectionKind } from '../../domain/episode';
import { layoutBody, readingTimeMinutes, topLevelOutline, wordCount } from '../../domain/episode';
import { normalizeTag, splitTagText } from '../../domain/tags';

/** Parses the number field: '' clears it; otherwise a whole number from 0. */
export function parseNumberInput(text: string): { number: number | undefined } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { number: undefined };
  return /^\d{1,6}$/.test(trimmed) ? { number: Number(trimmed) } : { error: 'A whole number, such as 12.' };
}

/** Adds what was typed in the chip input ('ML Ops, interview' or '#mlops #airflow') to the tag list, normalized. */
export function addTags(tags: readonly string[], typed: string): string[] {
  const next = [...tags];
  for (const raw of splitTagText(typed)) {
    const tag = normalizeTag(raw);
    if (tag && !next.includes(tag)) next.push(tag);
  }
  return next;
}

export interface OutlineItem {
  depth: number;
  text: string;
  line: number;
  /** For `##` headings: the section's index and kind (with whether the user overrode it). */
  section?: { index: number; kind: SectionKind; overridden: boolean };
}

/** Every heading of the body; `##` ones carry their section index and kind (`knowledge`: see kind-knowledge.ts). */
export function outlineWithKinds(body: string, knowledge?: ParseOptions): OutlineItem[] {
  const layout = layoutBody(body, knowledge);
  const byLine = new Map(layout.sections.map((span, index) => [span.line, { index, kind: span.kind, overridden: span.override !== undefined }]));
  return topLevelOutline(body).map((entry) => ({
    depth: entry.depth,
    text: entry.text,
    line: entry.line,
    ...(entry.depth === 2 && byLine.has(entry.line) ? { section: byLine.get(entry.line)! } : {}),
  }));
}

export interface BodyStats {
  words: number;
  minutes: number;
}

export function bodyStats(body: string): BodyStats {
  return { words: wordCount(body), minutes: readingTimeMinutes(body) };
}

export function statsText({ words, minutes }: BodyStats): string {
  return `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'} · ${minutes} min read`;
}

/** Where "Insert Weekly Highlights" puts the list: under the first highlights heading (after its kind line), else at the top. */
export function highlightsInsertOffset(body: string): number {
  const span = layoutBody(body).sections.find((s) => s.kind === 'highlights');
  return span ? span.contentStart : 0;
}

/** The smallest single replacement turning `before` into `after` (keeps the cursor and undo history sensible). */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore -= 1;
    endAfter -= 1;
  }
  return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}
