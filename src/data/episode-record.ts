// How an episode is stored: a small row for lists and filters, and its body in a table of its own,
// so the timeline of a 1,000-episode journal never reads a million words.
import type { EpisodeDraft, EpisodeSection, EpisodeStatus, SectionKind } from '../domain/episode';
import { wordCount } from '../domain/episode';
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

const EXCERPT_LENGTH = 220;

/** Between blocks (list items, paragraphs) in an excerpt or a search text; snippets trim it at their cuts. */
export const BLOCK_SEPARATOR = ' · ';

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/;

/**
 * The lines of markdown joined as running text: the lines of one paragraph with a space, separate
 * blocks (list items, paragraphs, what follows a heading) with ' · ' unless the text before ends a
 * sentence, so "half done" and "Project Log: …" from two list items do not read as one phrase.
 */
function joinBlocks(lines: readonly string[]): string {
  const parts: string[] = [];
  let blockStart = true;
  let previous = '';
  for (const line of lines) {
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line) || line.trim() === '') {
      blockStart = true;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const text = (item ? line.slice(item[0].length) : line).trim();
    if (previous) parts.push((blockStart || item) && !endsSentence(previous) ? BLOCK_SEPARATOR : ' ');
    parts.push(text);
    previous = text;
    blockStart = false;
  }
  return parts.join('');
}

/** Whether text ends with sentence or clause punctuation, closing markup (`**`, `)`) aside. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && '*_`~)]'.includes(text[i]!)) i--;
  return i >= 0 && '.!?:;,…'.includes(text[i]!);
}

/** The first words of the body as plain text: headings, markup, code and comments left out. */
export function excerptOf(body: string, length = EXCERPT_LENGTH): string {
  const text = joinBlocks(
    body
      .replace(/```[\s\S]*?(```|$)/g, '\n\n')
      .replace(/<!--[\s\S]*?-->/g, '\n\n')
      .split('\n'),
  )
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const kept = cut.slice(0, Math.max(cut.lastIndexOf(' '), length * 0.6));
  const trail = BLOCK_SEPARATOR.trimEnd();
  return `${kept.endsWith(trail) ? kept.slice(0, -trail.length) : kept}…`;
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
