// Inline `#tags`, found in the source text of markdown text nodes only, so code, links, URLs,
// HTML and the frontmatter are never searched, and renames touch nothing else.
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { parseMarkdown } from '../episode/markdown';
import { isTagWithin, normalizeTag } from './normalize';

export interface InlineTag {
  /** Normalized tag, e.g. 'ml/feature-stores'. */
  tag: string;
  /** Source text, e.g. '#ML/feature_stores'. */
  raw: string;
  start: number;
  end: number;
}

const SKIPPED = new Set(['code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'image', 'imageReference', 'math', 'inlineMath']);

// A tag starts after a non-word character (not after '\', '&', '#', '/' or a letter, so escapes,
// entities, '##' and 'a/#b' are not tags) and is word-characters with '-' inside and '/' nesting.
const TAG_RE = /(?<![\p{L}\p{N}\p{M}_\\&#/])#([\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:-[\p{L}\p{N}\p{M}_]+)*(?:\/[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:-[\p{L}\p{N}\p{M}_]+)*)*)/gu;

/**
 * Every inline tag with its offsets. Rules: the text must hold at least one letter (`#1`, `#2026`
 * are numbers, not tags); `#tags` inside headings count (the `##` marker never does).
 */
export function findInlineTags(markdown: string): InlineTag[] {
  const found: InlineTag[] = [];
  if (!/#[\p{L}\p{N}_]/u.test(markdown)) return found; // skip the parse for tag-free text
  visit(parseMarkdown(markdown) as Node, (node) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type !== 'text' || !node.position) return undefined;
    const start = node.position.start.offset ?? 0;
    const source = markdown.slice(start, node.position.end.offset);
    for (const match of source.matchAll(TAG_RE)) {
      const name = match[1] ?? '';
      if (!/\p{L}/u.test(name)) continue;
      const tag = normalizeTag(name);
      if (!tag) continue;
      const at = start + match.index;
      found.push({ tag, raw: match[0], start: at, end: at + match[0].length });
    }
    return undefined;
  });
  return found;
}

/** Distinct inline tags in order of first appearance. */
export function extractInlineTags(markdown: string): string[] {
  return [...new Set(findInlineTags(markdown).map((found) => found.tag))];
}

/**
 * Rewrites `#from` (and `#from/child` -> `#to/child`) in text; every other byte is kept.
 * Returns the body unchanged when `from` or `to` normalize to nothing.
 */
export function renameTagInBody(body: string, from: string, to: string): string {
  const source = normalizeTag(from);
  const target = normalizeTag(to);
  if (!source || !target || source === target) return body;
  let result = body;
  const hits = findInlineTags(body).filter((hit) => isTagWithin(hit.tag, source));
  for (const hit of hits.reverse()) {
    result = `${result.slice(0, hit.start)}#${target}${hit.tag.slice(source.length)}${result.slice(hit.end)}`;
  }
  return result;
}

/** Tag list rename with the same nesting rule, deduplicated. */
export function renameTagInList(tags: readonly string[], from: string, to: string): string[] {
  const source = normalizeTag(from);
  const target = normalizeTag(to);
  if (!source || !target) return [...tags];
  const renamed = tags.map((tag) => (isTagWithin(tag, source) ? `${target}${tag.slice(source.length)}` : tag));
  return [...new Set(renamed)];
}
