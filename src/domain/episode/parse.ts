// parseEpisode / serializeEpisode. The body is carried through byte for byte; only the
// frontmatter block is regenerated (canonical form: see stringifyFrontmatter).
import { readKnownFields, splitFrontmatter, stringifyFrontmatter } from './frontmatter';
import type { BodyLayout } from './sections';
import {
  clearSectionKindInBody,
  layoutBody,
  replaceSectionMarkdownInBody,
  setSectionKindInBody,
  toEpisodeSections,
} from './sections';
import type { EpisodeDraft, EpisodeStatus, ParseOptions, SectionKind } from './types';

const NUMBER_IN_TITLE_RE = /\b(?:episode|ep\.?)\s*(?:no\.?\s*)?#?\s*(\d{1,6})\b/i;

/** "Episode 5: Feature stores" -> 5, "Ep. 12" -> 12, otherwise undefined. */
export function numberFromTitle(title: string): number | undefined {
  const match = NUMBER_IN_TITLE_RE.exec(title);
  return match ? Number(match[1]) : undefined;
}

export interface DraftFields {
  title: string;
  number?: number;
  weekOf?: string;
  status: EpisodeStatus;
  tags: string[];
  frontmatter: Record<string, unknown>;
}

/** A draft whose sections are derived from `body` (optional fields left out when undefined). */
export function buildDraft(fields: DraftFields, body: string, layout: BodyLayout): EpisodeDraft {
  const draft: EpisodeDraft = {
    title: fields.title,
    status: fields.status,
    tags: fields.tags,
    body,
    sections: toEpisodeSections(layout.sections),
    frontmatter: fields.frontmatter,
  };
  if (fields.number !== undefined) draft.number = fields.number;
  if (fields.weekOf !== undefined) draft.weekOf = fields.weekOf;
  return draft;
}

/**
 * A file in the episode format. Title: frontmatter `title`, else the first `#` heading, else ''.
 * Number: frontmatter `episode`, else the title. Never throws: a broken frontmatter block stays
 * in the body.
 */
export function parseEpisode(markdown: string, options: ParseOptions = {}): EpisodeDraft {
  const { data, body } = splitFrontmatter(markdown);
  const known = readKnownFields(data);
  const layout = layoutBody(body, options);
  const title = known.title ?? layout.firstH1 ?? '';
  return buildDraft(
    {
      title,
      number: known.number ?? numberFromTitle(title),
      weekOf: known.weekOf,
      status: known.status,
      tags: known.tags,
      frontmatter: known.extras,
    },
    body,
    layout,
  );
}

export function serializeEpisode(draft: EpisodeDraft): string {
  return stringifyFrontmatter(draft) + draft.body;
}

/** The draft with a new body and its sections derived again. */
export function withBody(draft: EpisodeDraft, body: string, options: ParseOptions = {}): EpisodeDraft {
  return { ...draft, body, sections: toEpisodeSections(layoutBody(body, options).sections) };
}

/** Stores the user's choice as `<!-- kind: … -->` under the heading of section `index`. */
export function setSectionKind(draft: EpisodeDraft, index: number, kind: SectionKind, options: ParseOptions = {}): EpisodeDraft {
  return withBody(draft, setSectionKindInBody(draft.body, index, kind), options);
}

/** Drops the override of section `index`; its kind is inferred again. */
export function clearSectionKind(draft: EpisodeDraft, index: number, options: ParseOptions = {}): EpisodeDraft {
  return withBody(draft, clearSectionKindInBody(draft.body, index), options);
}

/** Replaces what follows heading `index` (up to the next `##`), e.g. with weeklyHighlightsList. */
export function replaceSectionMarkdown(draft: EpisodeDraft, index: number, markdown: string, options: ParseOptions = {}): EpisodeDraft {
  return withBody(draft, replaceSectionMarkdownInBody(draft.body, index, markdown), options);
}
