import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../../src/domain/episode';
import type { Inspiration } from '../../../../src/domain/inspirations';
import { inspirationsFromEpisode, mergeInspirations, parseListedInspiration } from '../../../../src/domain/inspirations/from-episodes';
import { weekOfFromDate, parseDay } from '../../../../src/domain/week';

describe('parseListedInspiration', () => {
  it.each([
    ['Amara, who asked why the pipeline needed a cluster at all', { name: 'Amara', kind: 'person', note: 'who asked why the pipeline needed a cluster at all' }],
    ['Ronny Kohavi: trustworthy experiments', { name: 'Ronny Kohavi', kind: 'person', note: 'trustworthy experiments' }],
    ['[Lena Park](https://example.com/lena) (talk): the CUPED talk', { name: 'Lena Park', kind: 'talk', note: 'the CUPED talk', link: 'https://example.com/lena' }],
    ['The Data Engineering Podcast episode on boring technology', { name: 'The Data Engineering Podcast episode on boring technology', kind: 'person', note: '' }],
    ['**Sam** — for the code review', { name: 'Sam', kind: 'person', note: 'for the code review' }],
    ['[not a web link](javascript:alert(1))', { name: 'not a web link', kind: 'person', note: '' }],
  ])('%s', (text, expected) => {
    expect(parseListedInspiration(text)).toEqual(expected);
  });
});

describe('inspirationsFromEpisode', () => {
  const episode = parseEpisode('---\ntitle: "Episode 5"\nweek: 2026-W49\n---\n## Project Log\n- Not an inspiration\n\n## People who inspired me\n- Amara, who asked why\n- [Lena](https://example.com) (podcast): data mesh\n\nThanks for reading!\n');
  it('reads the list items of the inspiration sections only, dated by the episode’s week', () => {
    const listed = inspirationsFromEpisode({ id: 'e5', ...episode });
    expect(listed.map((i) => [i.name, i.kind, i.note, i.date, i.episode.title])).toEqual([
      ['Amara', 'person', 'who asked why', '2026-11-30', 'Episode 5'],
      ['Lena', 'podcast', 'data mesh', '2026-11-30', 'Episode 5'],
    ]);
    expect(new Set(listed.map((i) => i.id)).size).toBe(2);
  });

  it('an undated episode lists none', () => {
    expect(inspirationsFromEpisode({ id: 'x', ...episode, weekOf: undefined })).toEqual([]);
  });

  it('leaves out a listed one that was added on the Inspirations screen the same week', () => {
    const listed = inspirationsFromEpisode({ id: 'e5', ...episode });
    const added: Inspiration = { id: 'a', name: 'Amara', kind: 'person', note: '', tags: [], date: '2026-12-02', createdAt: 1 };
    const weekOf = (date: string) => {
      const day = parseDay(date);
      return day ? weekOfFromDate(day) : undefined;
    };
    expect(mergeInspirations([added], listed, weekOf).map((i) => i.name)).toEqual(['Amara', 'Lena']);
    expect(mergeInspirations([{ ...added, date: '2026-10-01' }], listed, weekOf).map((i) => i.name)).toEqual(['Amara', 'Lena', 'Amara']);
  });
});
