import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newEpisodeTemplate } from '../../../../src/domain/episode';
import { isEmptyBody, splitOffer } from '../../../../src/features/editor/paste-split';

const post = readFileSync(join(__dirname, '../../../fixtures/episodes/blog-plain-lines.txt'), 'utf8');
const template = newEpisodeTemplate({ today: new Date(2026, 10, 26) }).body;

describe('pasting a whole post into a new, empty episode', () => {
  it('offers the post split into sections, titled by its first line', () => {
    expect(isEmptyBody(template)).toBe(true);
    const draft = splitOffer(template, post)!;
    expect(draft.title).toBe('Episode 5: From Cloud Composer to Docker, and what it taught me');
    expect(draft.number).toBe(5);
    expect(draft.sections.map((s) => s.heading)).toEqual(['Weekly Highlights', 'Machine Learning Course', 'Multi-touch Attribution Model', 'Interview Prep', 'People who inspired me']);
  });

  it.each([
    ['an episode that already has text', `${template}More words.\n`, post],
    ['a snippet of a few lines', '', 'One line.\nTwo lines.\n'],
    ['markdown with its own headings', '', '# Title\n\n## A\none\n\n## B\ntwo\n'],
    ['text that splits into one section only', '', 'Title\n\nJust a paragraph here.\nAnd another one.\nAnd a third line here.\n'],
  ])('offers nothing for %s', (_name, before, pasted) => {
    expect(splitOffer(before, pasted)).toBeNull();
  });
});
