// A new week's episode: next number, this ISO week, and last week's section headings.
import { weekOfFromDate } from '../week';
import { buildDraft } from './parse';
import { inferSectionKind, sectionKindList } from './section-kinds';
import { kindComment, layoutBody } from './sections';
import type { EpisodeDraft, EpisodeSection, SectionKind } from './types';

/** A first episode's sections: every kind with a template heading, in registry order. */
export const DEFAULT_SECTIONS: readonly { heading: string; kind: SectionKind }[] = sectionKindList.flatMap(({ id, templateHeading }) =>
  templateHeading ? [{ heading: templateHeading, kind: id }] : [],
);
export interface TemplateOptions {
  /** The latest episode: its headings become the new one's. */
  lastEpisode?: Pick<EpisodeDraft, 'number' | 'sections'>;
  /** The highest number in the journal: the new episode is numbered after it. */
  highestNumber?: number;
  today: Date;
}

/** Headings that would not infer their kind on an empty section keep it with an override line. */
function templateBody(sections: readonly Pick<EpisodeSection, 'heading' | 'kind'>[]): string {
  return sections
    .map(({ heading, kind }) => {
      const override = inferSectionKind(heading, '') === kind ? '' : `${kindComment(kind)}\n`;
      return `## ${heading}\n${override}\n`;
    })
    .join('');
}

export function newEpisodeTemplate({ lastEpisode, highestNumber, today }: TemplateOptions): EpisodeDraft {
  const number = Math.max(lastEpisode?.number ?? 0, highestNumber ?? 0) + 1;
  const headings = lastEpisode?.sections.length ? lastEpisode.sections : DEFAULT_SECTIONS;
  const body = templateBody(headings);
  return buildDraft(
    { title: `Episode ${number}`, number, weekOf: weekOfFromDate(today), status: 'draft', tags: [], frontmatter: {} },
    body,
    layoutBody(body),
  );
}
