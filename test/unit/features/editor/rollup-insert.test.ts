import { describe, expect, it } from 'vitest';
import { rollupInsertion, rollupText } from '../../../../src/features/editor/rollup-insert';

describe('rollupInsertion', () => {
  it('puts the text right under the heading of the first section of its kind', () => {
    const body = '## Weekly Highlights\n- a\n\n## Course Progress\nOld notes.\n\n## Interview Prep\n';
    const { at, insert } = rollupInsertion(body, 'course', '**This week:** 2 hours studied.');
    expect(body.slice(0, at) + insert + body.slice(at)).toBe(
      '## Weekly Highlights\n- a\n\n## Course Progress\n**This week:** 2 hours studied.\n\nOld notes.\n\n## Interview Prep\n',
    );
  });

  it('adds a section at the end when the episode has none of that kind', () => {
    const body = '## Weekly Highlights\n- a';
    const { at, insert } = rollupInsertion(body, 'inspiration', '- Kohavi');
    expect(body.slice(0, at) + insert + body.slice(at)).toMatch(/^## Weekly Highlights\n- a\n\n## .+\n\n- Kohavi\n$/);
  });
});

describe('rollupText', () => {
  const rollups = { course: ['A: 1 hour.', 'B: 2 hours.'], interview: 'This week: 3 problems.', calculations: [] };
  it.each([
    ['course', 'A: 1 hour.\n\nB: 2 hours.'],
    ['interview', 'This week: 3 problems.'],
    ['inspiration', undefined],
  ] as const)('%s', (kind, expected) => {
    expect(rollupText(kind, rollups)).toBe(expected);
  });
});
