// One row per section kind: a new descriptor without its row fails the first test. Each row says
// what a person relies on for that kind: a heading that names it, the `<!-- kind: id -->` override
// line the episode format stores (it must survive a save and a reload), and its place in a new
// journal's first episode.
import { describe, expect, test } from 'vitest';
import {
  SECTION_KINDS,
  kindComment,
  newEpisodeTemplate,
  parseEpisode,
  sectionKindRegistry,
  serializeEpisode,
  type SectionKind,
} from '../../../../src/domain/episode';
import { kindCommentId } from '../../../../src/domain/episode/block-scan';

interface KindRow {
  id: SectionKind;
  /** A heading that infers the kind with no override line. */
  heading: string;
  /** The kind's heading in the first episode's template, or undefined when it has none. */
  template: string | undefined;
}

const rows: readonly KindRow[] = [
  { id: 'highlights', heading: 'This week in one line: wins', template: 'Weekly Highlights' },
  { id: 'course', heading: 'Machine Learning Course', template: 'Course Progress' },
  { id: 'project', heading: 'Side project', template: 'Project Log' },
  { id: 'interview', heading: 'LeetCode', template: 'Interview Prep' },
  { id: 'inspiration', heading: 'Shout-outs', template: 'People Who Inspired Me' },
  { id: 'notes', heading: 'Random thoughts', template: undefined },
];

describe('section kind registry', () => {
  test('every kind has a row here, in registry order', () => {
    expect(rows.map((row) => row.id)).toEqual([...SECTION_KINDS]);
  });

  test.each(rows)('$id: the heading "$heading" infers it', ({ id, heading }) => {
    expect(parseEpisode(`## ${heading}\n\ntext\n`).sections[0]?.kind).toBe(id);
  });

  test.each(rows)('$id: an override line sets it and survives save and reload', ({ id }) => {
    const source = `---\ntitle: T\nstatus: draft\n---\n## Untitled\n${kindComment(id)}\nbody\n`;
    const once = parseEpisode(source);
    expect(once.sections[0]).toEqual({ heading: 'Untitled', kind: id, markdown: 'body\n' });
    expect(parseEpisode(serializeEpisode(once)).sections[0]?.kind).toBe(id);
  });

  test.each(rows)('$id: the first episode has it as "$template"', ({ id, template }) => {
    const first = newEpisodeTemplate({ today: new Date(2026, 0, 5) });
    const heading = first.sections.find((section) => section.kind === id)?.heading;
    expect(heading).toBe(template);
    expect(sectionKindRegistry[id].label).not.toBe('');
  });
});

describe('kindCommentId: ids are lower-case words joined by hyphens', () => {
  test.each<[string, string | undefined]>([
    ['<!-- kind: project -->', 'project'],
    ['<!--kind:course-->', 'course'],
    ['  <!-- kind: side-project -->  ', 'side-project'],
    ['<!-- kind: week-2-review -->', 'week-2-review'],
    ['<!-- kind: Project -->', undefined],
    ['<!-- kind: -project -->', undefined],
    ['<!-- kind: project- -->', undefined],
    ['<!-- kind: side--project -->', undefined],
    ['<!-- kind: side project -->', undefined],
  ])('%j -> %j', (line, expected) => {
    expect(kindCommentId(line)).toBe(expected);
  });
});
