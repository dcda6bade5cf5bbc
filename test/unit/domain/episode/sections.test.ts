import { describe, expect, test } from 'vitest';
import type { SectionKind } from '../../../../src/domain/episode';
import {
  clearSectionKind,
  layoutBody,
  parseEpisode,
  replaceSectionMarkdown,
  serializeEpisode,
  setSectionKind,
} from '../../../../src/domain/episode';

describe('layoutBody', () => {
  test('preamble, lines, offsets and plain headings', () => {
    const body = 'intro\n\n## Project: **Churn** [model](x)\n<!-- kind: course -->\ntext\n## B\n';
    const layout = layoutBody(body);
    expect(layout.preamble).toBe('intro\n\n');
    expect(layout.sections.map((s) => [s.heading, s.plainHeading, s.line, s.kind])).toEqual([
      ['Project: **Churn** [model](x)', 'Project: Churn model', 3, 'course'],
      ['B', 'B', 6, 'notes'],
    ]);
    expect(body.slice(layout.sections[0]?.start, layout.sections[0]?.headingEnd)).toBe('## Project: **Churn** [model](x)\n');
    expect(layout.startsWithH1).toBe(false);
  });

  test('no sections: the whole body is preamble', () => {
    expect(layoutBody('just text')).toMatchObject({ preamble: 'just text', sections: [] });
  });
});

describe('setSectionKind / clearSectionKind', () => {
  test.each<[string, number, SectionKind, string]>([
    ['## A\ntext\n', 0, 'project', '## A\n<!-- kind: project -->\ntext\n'],
    ['## A', 0, 'course', '## A\n<!-- kind: course -->'],
    ['## A\r\ntext\r\n', 0, 'course', '## A\r\n<!-- kind: course -->\r\ntext\r\n'],
    ['## A\n<!-- kind: course -->\ntext\n', 0, 'interview', '## A\n<!-- kind: interview -->\ntext\n'],
    ['## A\n<!--kind:course-->', 0, 'notes', '## A\n<!-- kind: notes -->'],
    ['x\n## A\n## B\nb\n', 1, 'inspiration', 'x\n## A\n## B\n<!-- kind: inspiration -->\nb\n'],
  ])('%j section %i -> %s', (body, index, kind, expected) => {
    const draft = setSectionKind(parseEpisode(body), index, kind);
    expect(draft.body).toBe(expected);
    expect(draft.sections[index]?.kind).toBe(kind);
    expect(draft.sections[index]?.markdown).toBe(parseEpisode(body).sections[index]?.markdown);
    expect(parseEpisode(serializeEpisode(draft))).toEqual(draft);
  });

  test('clearing removes the line and infers again', () => {
    const draft = clearSectionKind(parseEpisode('## Project log\n<!-- kind: course -->\ntext\n'), 0);
    expect(draft.body).toBe('## Project log\ntext\n');
    expect(draft.sections[0]?.kind).toBe('project');
    expect(clearSectionKind(draft, 0)).toEqual(draft);
  });

  test('out of range throws', () => {
    expect(() => setSectionKind(parseEpisode('## A\n'), 3, 'notes')).toThrow(RangeError);
  });
});

describe('replaceSectionMarkdown', () => {
  test.each([
    ['## A\n\n## B\nb\n', 0, '- B\n\n', '## A\n- B\n\n## B\nb\n'],
    ['## A\n<!-- kind: course -->\nold\n', 0, 'new\n', '## A\n<!-- kind: course -->\nnew\n'],
  ])('%j', (body, index, markdown, expected) => {
    expect(replaceSectionMarkdown(parseEpisode(body), index, markdown).body).toBe(expected);
  });
});

describe('plain heading text', () => {
  test.each([
    ['Project: **Churn** [model](x) `v2`', 'Project: Churn model v2'],
    ['~~Old~~ _new_ feature_store', 'Old new feature_store'],
    ['![img](a.png) <b>Bold</b>  spaced', 'img Bold spaced'],
    ['[ref][1] and \\# escaped', 'ref and # escaped'],
  ])('%j -> %j', (heading, expected) => {
    expect(layoutBody(`## ${heading}\n`).sections[0]?.plainHeading).toBe(expected);
  });
});
