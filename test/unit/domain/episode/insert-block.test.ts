import { describe, expect, it } from 'vitest';
import type { BlockPlace } from '../../../../src/domain/episode';
import { insertBlock, layoutBody } from '../../../../src/domain/episode';

const body = '## Project Log\nThe test ran.\nIt finished on Friday.\n\n## People Who Inspired Me\n- Amara\n';
const block = '```abtest\ncalculator: x\n```';

describe('insertBlock', () => {
  it.each<[string, BlockPlace, string]>([
    ['in a chosen section: after its text, before the next heading', { at: 'section', heading: 'Project log' }, '## Project Log\nThe test ran.\nIt finished on Friday.\n\n```abtest\ncalculator: x\n```\n\n## People Who Inspired Me\n- Amara\n'],
    ['at the cursor: after the line it is on', { at: 'cursor', offset: body.indexOf('ran') }, '## Project Log\nThe test ran.\n\n```abtest\ncalculator: x\n```\n\nIt finished on Friday.\n\n## People Who Inspired Me\n- Amara\n'],
    ['at the end', { at: 'end' }, `${body}\n${block}\n`],
    ['a heading no longer there means the end', { at: 'section', heading: 'Gone' }, `${body}\n${block}\n`],
    ['a cursor past the end is the end', { at: 'cursor', offset: 10_000 }, `${body}\n${block}\n`],
  ])('%s', (_name, place, expected) => {
    const result = insertBlock(body, block, place);
    expect(result.body).toBe(expected);
    expect(result.body.slice(result.offset).startsWith(block)).toBe(true);
  });

  it('a block put in a section stays in that section', () => {
    const { body: next } = insertBlock(body, block, { at: 'section', heading: 'Project Log' });
    expect(layoutBody(next).sections.map((s) => s.markdown.includes('abtest'))).toEqual([true, false]);
  });

  it('into an empty body', () => {
    expect(insertBlock('', block, { at: 'end' })).toEqual({ body: `${block}\n`, offset: 0 });
  });
});
