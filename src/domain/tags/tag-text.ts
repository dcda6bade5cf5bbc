// The tag pattern and how matches in a piece of source text become InlineTags; shared by the
// AST path (text nodes) and the fast scanner (text lines) so both read `#tags` the same way.
import { normalizeTag } from './normalize';

export interface InlineTag {
  /** Normalized tag, e.g. 'ml/feature-stores'. */
  tag: string;
  /** Source text, e.g. '#ML/feature_stores'. */
  raw: string;
  start: number;
  end: number;
}

// A tag starts after a non-word character (not after '\', '&', '#', '/' or a letter, so escapes,
// entities, '##' and 'a/#b' are not tags) and is word-characters with '-' inside and '/' nesting.
export const TAG_RE = /(?<![\p{L}\p{N}\p{M}_\\&#/])#([\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:-[\p{L}\p{N}\p{M}_]+)*(?:\/[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:-[\p{L}\p{N}\p{M}_]+)*)*)/gu;

/** Cheap pre-check: no `#` followed by a word character means no tags at all. */
export const HASH_SITE_RE = /#[\p{L}\p{N}_]/u;

/** The tag a TAG_RE match stands for, or '' (pure numbers such as `#2026` are not tags). */
export function tagOf(name: string): string {
  return /\p{L}/u.test(name) ? normalizeTag(name) : '';
}

/** Appends the tags in `source` (which starts at offset `start`) to `found`. */
export function collectTags(source: string, start: number, found: InlineTag[]): void {
  for (const match of source.matchAll(TAG_RE)) {
    const tag = tagOf(match[1] ?? '');
    if (!tag) continue;
    const at = start + match.index;
    found.push({ tag, raw: match[0], start: at, end: at + match[0].length });
  }
}
