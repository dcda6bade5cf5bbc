// Tags: normalization, inline `#tags` in bodies, and the Tags screen's rename and merge.
//
//   normalizeTag(raw): string            '#Machine Learning/A_B' -> 'machine-learning/a-b'; '' if nothing
//   isTagWithin(tag, parent): boolean    nesting test ('ml/x' is within 'ml')
//   mergeTags(...lists): string[]        normalized union, first-seen order
//   splitTagText(typed): string[]        'a, b' and '#a #b' -> raw tags (a '#' makes spaces separate)
//   findInlineTags(markdown): InlineTag[]   with offsets; not in code, links/URLs, HTML, frontmatter;
//                                        pure numbers (#1, #2026) are not tags; headings' text counts
//   extractInlineTags(markdown): string[]
//   renameTagInBody(body, from, to) / renameTagInList(tags, from, to)
//   episodeTags(draft): string[]         frontmatter tags then inline tags
//   renameTag(draft, from, to): EpisodeDraft          list and inline occurrences, nested tags follow
//   mergeTagsInto(draft, sources, target): EpisodeDraft   the Tags screen's "merge"
//   countTags(drafts): { tag, count }[]  episodes per tag, most used first
import type { EpisodeDraft, ParseOptions } from '../episode';
import { withBody } from '../episode';
import { findInlineTags, renameTagInBody, renameTagInList } from './inline';
import { mergeTags } from './normalize';

export type { InlineTag } from './inline';
export { extractInlineTags, findInlineTags, renameTagInBody, renameTagInList } from './inline';
export { isTagWithin, mergeTags, normalizeTag, splitTagText } from './normalize';

export function episodeTags(draft: Pick<EpisodeDraft, 'tags' | 'body'>): string[] {
  return mergeTags(draft.tags, findInlineTags(draft.body).map((hit) => hit.tag));
}

export function renameTag(draft: EpisodeDraft, from: string, to: string, options: ParseOptions = {}): EpisodeDraft {
  const body = renameTagInBody(draft.body, from, to);
  const tags = renameTagInList(draft.tags, from, to);
  const renamed = body === draft.body ? { ...draft, sections: draft.sections.map((s) => ({ ...s })) } : withBody(draft, body, options);
  return { ...renamed, tags };
}

export function mergeTagsInto(draft: EpisodeDraft, sources: readonly string[], target: string, options: ParseOptions = {}): EpisodeDraft {
  return sources.reduce((current, source) => renameTag(current, source, target, options), draft);
}

export function countTags(drafts: readonly Pick<EpisodeDraft, 'tags' | 'body'>[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    for (const tag of episodeTags(draft)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
