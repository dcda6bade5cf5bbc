// The episode shapes fixed by docs/specs/episode-format.md.
import { SECTION_KIND_DESCRIPTORS, type SectionKind } from './kind-registry';
import type { KindClassifier } from './section-classifier';

export type { SectionKind } from './kind-registry';
export const SECTION_KINDS: readonly SectionKind[] = SECTION_KIND_DESCRIPTORS.map((descriptor) => descriptor.id);

export const EPISODE_STATUSES = ['draft', 'published'] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

export interface EpisodeSection {
  /** The heading's source text without the `##` markers, e.g. `Project: **Churn** model`. */
  heading: string;
  kind: SectionKind;
  /** Body text after the heading line (and after a `<!-- kind: … -->` line) up to the next `##`. */
  markdown: string;
}

export interface EpisodeDraft {
  title: string;
  number?: number;
  /** 'yyyy-MM-dd' of the ISO week's Monday. */
  weekOf?: string;
  status: EpisodeStatus;
  /** The frontmatter `tags` list, normalized. Inline `#tags` live in the body (see tags/episodeTags). */
  tags: string[];
  /** Markdown without the frontmatter; the user's bytes, never rewritten. */
  body: string;
  /** A view of `body`: one entry per `##` heading. Text before the first `##` is the preamble. */
  sections: EpisodeSection[];
  /** Frontmatter keys the app does not own (everything except title/episode/week/status/tags). */
  frontmatter: Record<string, unknown>;
}

/** Maps normalizeHeading(heading) to the kind that heading had in earlier episodes. */
export type KindHistory = Readonly<Record<string, SectionKind>>;

/**
 * What the app knows about the person's sections, used when a heading has no override line:
 * `corrections` are kinds they chose for a heading (they beat the heading's keywords), `history`
 * what the same heading was before, `classifier` a guess from their earlier sections' words.
 */
export interface ParseOptions {
  history?: KindHistory;
  corrections?: KindHistory;
  classifier?: KindClassifier;
}

export function isSectionKind(value: unknown): value is SectionKind {
  return typeof value === 'string' && (SECTION_KINDS as readonly string[]).includes(value);
}
