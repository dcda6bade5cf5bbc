// Recovers markdown structure from text pasted from a blog, where headings are bare lines: this
// file finds the section headings, plain-blocks.ts lays every other line out as a block.
import { layoutPlainLines } from './plain-blocks';
import { CLOSING_PUNCTUATION_RE, LIST_ITEM_RE, isBlank, isListItem } from './plain-lines';
import { kindFromHeading, normalizeHeading } from './section-kinds';

export interface PlainTextResult {
  title: string;
  body: string;
}

/** Short, lettered, not a list item, not ending like a sentence (a colon is fine for keywords). */
function looksLikeHeading(line: string, maxLength = 70): boolean {
  const text = line.trim();
  if (!text || text.length > maxLength || isListItem(line) || !/\p{L}/u.test(text)) return false;
  if (text.split(/\s+/).length > 9) return false;
  if (!CLOSING_PUNCTUATION_RE.test(text)) return true;
  return text.endsWith(':') && kindFromHeading(text) !== undefined;
}

/** A line that reads as running text: a sentence, a long line or a list item. */
function looksLikeContent(line: string | undefined, than: string): boolean {
  if (isBlank(line) || line === undefined) return false;
  const text = line.trim();
  return isListItem(line) || CLOSING_PUNCTUATION_RE.test(text) || text.length > than.trim().length + 20;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let index = from;
  while (index < lines.length && isBlank(lines[index])) index += 1;
  return index;
}

/** Generic evidence: a short line after a blank line, followed by running text. */
function genericHeadings(lines: readonly string[]): Set<number> {
  const headings = new Set<number>();
  lines.forEach((line, index) => {
    if (!isBlank(lines[index - 1]) || !looksLikeHeading(line)) return;
    const next = lines[index + 1];
    if (looksLikeContent(next, line)) {
      headings.add(index);
      return;
    }
    // "Heading\n\nParagraph": stricter, since a one-line paragraph looks the same.
    const following = nextNonBlank(lines, index + 1);
    const text = line.trim();
    const titleLike = /^[\p{Lu}\p{N}]/u.test(text) && text.split(/\s+/).length <= 6;
    if (isBlank(next) && looksLikeContent(lines[following], line) && (titleLike || kindFromHeading(text))) headings.add(index);
  });
  return headings;
}

function matchesItem(line: string, item: string): boolean {
  const heading = normalizeHeading(line);
  const bullet = normalizeHeading(item);
  if (!heading || !bullet) return false;
  if (heading === bullet) return true;
  return (heading.length >= 4 && bullet.startsWith(`${heading} `)) || (bullet.length >= 4 && heading.startsWith(`${bullet} `));
}

/**
 * Strong evidence: the first list, when its items name lines further down, is a table of
 * contents (a "highlights" list); those lines are headings, and so is the line introducing it.
 */
function tableOfContentsHeadings(lines: readonly string[]): Set<number> {
  const headings = new Set<number>();
  const first = lines.findIndex((line) => isListItem(line));
  if (first < 0) return headings;
  let end = first;
  while (end < lines.length && isListItem(lines[end])) end += 1;
  const items = lines.slice(first, end).map((line) => LIST_ITEM_RE.exec(line)?.[1] ?? '');
  for (const item of items) {
    for (let index = end; index < lines.length; index += 1) {
      const line = lines[index] ?? '';
      if (headings.has(index) || !looksLikeHeading(line, 80) || !matchesItem(line, item)) continue;
      headings.add(index);
      break;
    }
  }
  const intro = lines[first - 1];
  const introIsHeading = intro !== undefined && looksLikeHeading(intro) && (headings.size >= 2 || kindFromHeading(intro) === 'highlights');
  if (headings.size < 2 && !introIsHeading) return new Set();
  if (introIsHeading) headings.add(first - 1);
  return headings;
}

export function recoverPlainText(text: string): PlainTextResult {
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => !isBlank(line));
  if (titleIndex < 0) return { title: '', body: text };
  const title = (lines[titleIndex] ?? '').trim();
  const rest = lines.slice(nextNonBlank(lines, titleIndex + 1));
  const headings = new Set([...tableOfContentsHeadings(rest), ...genericHeadings(rest)]);
  return { title, body: layoutPlainLines(rest, headings) };
}
