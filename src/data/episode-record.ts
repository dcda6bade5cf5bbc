// How an episode is stored: a small row for lists and filters, and its body in a table of its own,
// so the timeline of a 1,000-episode journal never reads a million words.
import type { EpisodeDraft, EpisodeSection, EpisodeStatus, SectionKind } from '../domain/episode';
import { excerptOf, wordCount } from '../domain/episode';
import { episodeTags } from '../domain/tags';

export interface EpisodeMeta {
  id: string;
  title: string;
  number?: number;
  weekOf?: string;
  status: EpisodeStatus;
  /** Every tag: the frontmatter list and inline #tags, normalized. */
  tags: string[];
  /** The frontmatter list alone (what the header form edits). */
  listTags: string[];
  sectionKinds: SectionKind[];
  headings: { heading: string; kind: SectionKind }[];
  excerpt: string;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  /** 0 while live; the time it was moved to the Trash otherwise. */
  deletedAt: number;
  /** Set when the stored row could not be read as written (why): shown marked, with what could be read. */
  damaged?: string;
}

export interface EpisodeBody {
  id: string;
  body: string;
  frontmatter: Record<string, unknown>;
  sections: EpisodeSection[];
}

export interface Episode extends EpisodeMeta {
  body: string;
  frontmatter: Record<string, unknown>;
  sections: EpisodeSection[];
}

export function toRecords(
  id: string,
  draft: EpisodeDraft,
  times: { createdAt: number; updatedAt: number; deletedAt?: number },
): { meta: EpisodeMeta; body: EpisodeBody } {
  return {
    meta: {
      id,
      title: draft.title,
      number: draft.number,
      weekOf: draft.weekOf,
      status: draft.status,
      tags: episodeTags(draft),
      listTags: [...draft.tags],
      sectionKinds: [...new Set(draft.sections.map((s) => s.kind))],
      headings: draft.sections.map(({ heading, kind }) => ({ heading, kind })),
      excerpt: excerptOf(draft.body),
      wordCount: wordCount(draft.body),
      createdAt: times.createdAt,
      updatedAt: times.updatedAt,
      deletedAt: times.deletedAt ?? 0,
    },
    body: { id, body: draft.body, frontmatter: draft.frontmatter, sections: draft.sections },
  };
}

export function toDraft(episode: Episode): EpisodeDraft {
  return {
    title: episode.title,
    number: episode.number,
    weekOf: episode.weekOf,
    status: episode.status,
    tags: [...episode.listTags],
    body: episode.body,
    sections: episode.sections,
    frontmatter: episode.frontmatter,
  };
}

/** Newest week first; within a week, the higher episode number first. */
export function compareEpisodes(a: Pick<EpisodeMeta, 'weekOf' | 'number' | 'createdAt'>, b: Pick<EpisodeMeta, 'weekOf' | 'number' | 'createdAt'>): number {
  const week = (b.weekOf ?? '').localeCompare(a.weekOf ?? '');
  if (week !== 0) return week;
  const number = (b.number ?? -1) - (a.number ?? -1);
  return number !== 0 ? number : b.createdAt - a.createdAt;
}
