// "Insert this week's …": the week's study, practice or inspirations, put under the section of
// the matching kind (or in a new section at the end when the episode has none).
import { layoutBody, sectionKindList, sectionKindRegistry, type SectionKind, type WeeklyRollups } from '../../domain/episode';

/** The Insert menu's entries: each kind whose rollup has an insert label. */
export const insertableRollups: readonly { kind: SectionKind; label: string }[] = sectionKindList.flatMap(({ id, rollup }) =>
  rollup?.insertLabel ? [{ kind: id, label: rollup.insertLabel }] : [],
);

export function rollupLabel(kind: SectionKind): string {
  const { rollup, label } = sectionKindRegistry[kind];
  return rollup?.insertLabel ?? label;
}

export function rollupText(kind: SectionKind, rollups: WeeklyRollups): string | undefined {
  return sectionKindRegistry[kind].rollup?.text(rollups);
}

/** Where to insert, and what: under the first section of `kind`, or a new section at the end. */
export function rollupInsertion(body: string, kind: SectionKind, text: string): { at: number; insert: string } {
  const section = layoutBody(body).sections.find((s) => s.kind === kind);
  if (section) return { at: section.contentStart, insert: `${text.trim()}\n\n` };
  const heading = sectionKindRegistry[kind].label;
  const gap = body.length === 0 || body.endsWith('\n\n') ? '' : body.endsWith('\n') ? '\n' : '\n\n';
  return { at: body.length, insert: `${gap}## ${heading}\n\n${text.trim()}\n` };
}
