// Inline `#tags`, found in the source text of markdown text nodes only, so code, links, URLs,
// HTML and the frontmatter are never searched, and renames touch nothing else.
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { parseMarkdown } from '../episode/markdown';
import { isTagWithin, normalizeTag } from './normalize';
import { scanInlineTags } from './tag-scan';
import type { InlineTag } from './tag-text';
import { collectTags, HASH_SITE_RE } from './tag-text';

export type { InlineTag } from './tag-text';

const SKIPPED = new Set(['code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'image', 'imageReference', 'math', 'inlineMath']);

/**
 * Every inline tag with its offsets. Rules: the text must hold at least one letter (`#1`, `#2026`
 * are numbers, not tags); `#tags` inside headings count (the `##` marker never does).
 */
export function findInlineTags(markdown: string): InlineTag[] {
  if (!HASH_SITE_RE.test(markdown)) return []; // skip the parse for tag-free text
  return scanInlineTags(markdown) ?? inlineTagsFromAst(markdown);
}

/** The reference: TAG_RE over the source of every text node of the full GFM AST. */
export function inlineTagsFromAst(markdown: string): InlineTag[] {
  const found: InlineTag[] = [];
  visit(parseMarkdown(markdown) as Node, (node) => {
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type !== 'text' || !node.position) return undefined;
    const start = node.position.start.offset ?? 0;
    collectTags(markdown.slice(start, node.position.end.offset), start, found);
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
