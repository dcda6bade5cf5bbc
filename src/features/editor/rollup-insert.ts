// "Insert this week's …": the week's study, practice or inspirations, put under the section of
// the matching kind (or in a new section at the end when the episode has none).
import { layoutBody, sectionKindRegistry, type SectionKind } from '../../domain/episode';
import type { WeeklyRollups } from '../dashboard/dashboard-data';

export type RollupKind = 'course' | 'interview' | 'inspiration';

export const rollupLabels: Record<RollupKind, string> = {
  course: "This week's study (modules and hours)",
  interview: "This week's practice summary",
  inspiration: "This week's inspirations",
};

export function rollupText(kind: RollupKind, rollups: WeeklyRollups): string | undefined {
  if (kind === 'course') return rollups.course.length ? rollups.course.join('\n\n') : undefined;
  return kind === 'interview' ? rollups.interview : rollups.inspiration;
}

/** Where to insert, and what: under the first section of `kind`, or a new section at the end. */
export function rollupInsertion(body: string, kind: SectionKind, text: string): { at: number; insert: string } {
  const section = layoutBody(body).sections.find((s) => s.kind === kind);
  if (section) return { at: section.contentStart, insert: `${text.trim()}\n\n` };
  const heading = sectionKindRegistry[kind].label;
  const gap = body.length === 0 || body.endsWith('\n\n') ? '' : body.endsWith('\n') ? '\n' : '\n\n';
  return { at: body.length, insert: `${gap}## ${heading}\n\n${text.trim()}\n` };
}
