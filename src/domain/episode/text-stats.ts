// Small text measures for the editor and the journal list.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown';

const FENCED_CODE_RE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;
const WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Words of prose in a body: fenced code (including abtest blocks), HTML comments, link targets,
 * bare URLs and ordered-list numbers are not counted. "don't" and "e.g." are one word each;
 * "A/B" is two (the slash separates).
 */
export function wordCount(markdown: string): number {
  const prose = markdown
    .replace(FENCED_CODE_RE, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^[ \t]*\d{1,9}[.)](?=[ \t])/gm, ' ')
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
  return prose.match(WORD_RE)?.length ?? 0;
}

/** Minutes at `wordsPerMinute` (default 200), rounded up; 0 only for an empty text. */
export function readingTimeMinutes(markdown: string, wordsPerMinute = 200): number {
  const words = wordCount(markdown);
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
}

export interface OutlineEntry {
  depth: number;
  /** Heading text without markdown. */
  text: string;
  /** 1-based line in the text passed in (pass the whole file to get file lines). */
  line: number;
  offset: number;
}

/** Every heading, in order, for jump-to. A leading frontmatter block is skipped. */
export function extractOutline(markdown: string): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  visit(parseMarkdown(markdown), 'heading', (node: Heading) => {
    outline.push({
      depth: node.depth,
      text: toString(node).trim(),
      line: node.position?.start.line ?? 1,
      offset: node.position?.start.offset ?? 0,
    });
  });
  return outline;
}

/** 'Episode 12: Feature stores & a mock interview!' -> 'episode-12-feature-stores-a-mock-interview'. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
  const chars = Array.from(slug);
  if (chars.length <= maxLength) return slug;
  // Cut by characters, never inside a surrogate pair.
  const cut = chars.slice(0, maxLength).join('');
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > cut.length / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
