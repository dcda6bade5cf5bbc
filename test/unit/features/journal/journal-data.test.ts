import { describe, expect, it } from 'vitest';
import type { Episode, EpisodeMeta } from '../../../../src/data/episode-record';
import {
  NO_FILTER,
  episodesInWeek,
  filterEpisodes,
  groupByMonth,
  monthLabel,
  sectionsOfKind,
  tagCounts,
  timelineRows,
  trashLabel,
  weekLabel,
} from '../../../../src/features/journal/journal-data';

function meta(id: string, fields: Partial<EpisodeMeta> = {}): EpisodeMeta {
  return {
    id,
    title: `Episode ${id}`,
    status: 'draft',
    tags: [],
    listTags: [],
    sectionKinds: [],
    headings: [],
    excerpt: '',
    wordCount: 0,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: 0,
    ...fields,
  };
}

describe('groupByMonth', () => {
  it('files a week under the month holding its Thursday, newest month first, undated last', () => {
    const episodes = [
      meta('a', { weekOf: '2026-12-28' }), // Thursday 2026-12-31: December
      meta('b', { weekOf: '2026-11-30' }), // Thursday 2026-12-03: December
      meta('c', { weekOf: '2026-11-23' }),
      meta('d'),
      meta('e', { weekOf: '2026-10-26' }), // Thursday 2026-10-29: October
    ];
    const groups = groupByMonth(episodes);
    expect(groups.map((g) => [g.key, g.label, g.episodes.map((e) => e.id)])).toEqual([
      ['2026-12', 'December 2026', ['a', 'b']],
      ['2026-11', 'November 2026', ['c']],
      ['2026-10', 'October 2026', ['e']],
      ['undated', 'Without a week', ['d']],
    ]);
  });

  it('shows a week from the user’s first day of the week when choosing its month', () => {
    // 2026-W40 runs Mon 28 Sep to Sun 4 Oct: four of its days are in October.
    // Shown Sunday to Saturday (27 Sep to 3 Oct), four of its days are in September.
    const episodes = [meta('w40', { weekOf: '2026-09-28' })];
    expect(groupByMonth(episodes, 1).map((g) => g.key)).toEqual(['2026-10']);
    expect(groupByMonth(episodes, 0).map((g) => g.key)).toEqual(['2026-09']);
  });

  it('flattens groups into header and episode rows for the virtual list', () => {
    const rows = timelineRows(groupByMonth([meta('a', { weekOf: '2026-11-23' }), meta('b', { weekOf: '2026-11-16' })]));
    expect(rows.map((r) => (r.type === 'month' ? `month:${r.count}` : r.episode.id))).toEqual(['month:2', 'a', 'b']);
  });

  it.each([
    ['2026-01', 'January 2026'],
    ['undated', 'Without a week'],
  ])('labels %s as %s', (key, label) => expect(monthLabel(key)).toBe(label));
});

describe('filterEpisodes', () => {
  const episodes = [
    meta('a', { tags: ['mlops', 'interview'], status: 'published', sectionKinds: ['project'] }),
    meta('b', { tags: ['ml/feature-stores'], sectionKinds: ['course', 'project'] }),
    meta('c', { tags: ['interview'], sectionKinds: ['interview'] }),
  ];
  it.each([
    [NO_FILTER, ['a', 'b', 'c']],
    [{ ...NO_FILTER, tags: ['interview'] }, ['a', 'c']],
    [{ ...NO_FILTER, tags: ['interview', 'mlops'] }, ['a']],
    [{ ...NO_FILTER, tags: ['ml'] }, ['b']],
    [{ ...NO_FILTER, status: 'published' as const }, ['a']],
    [{ ...NO_FILTER, status: 'draft' as const, kind: 'project' as const }, ['b']],
    [{ ...NO_FILTER, kind: 'inspiration' as const }, []],
  ])('%j keeps %j', (filter, expected) => {
    expect(filterEpisodes(episodes, filter).map((e) => e.id)).toEqual(expected);
  });
});

describe('tagCounts, weekLabel, episodesInWeek', () => {
  it('counts episodes per tag, most used first then alphabetical', () => {
    expect(tagCounts([{ tags: ['b', 'a'] }, { tags: ['a', 'c'] }, { tags: ['c', 'a'] }])).toEqual([
      { tag: 'a', count: 3 },
      { tag: 'c', count: 2 },
      { tag: 'b', count: 1 },
    ]);
  });
  it.each([
    ['2026-11-16', '2026-W47'],
    ['2026-12-28', '2026-W53'],
    [undefined, ''],
  ])('week of %s is %s', (weekOf, label) => expect(weekLabel(weekOf)).toBe(label));
  it('finds episodes already in a week', () => {
    expect(episodesInWeek([meta('a', { weekOf: '2026-11-16' }), meta('b', { weekOf: '2026-11-23' })], '2026-11-23').map((e) => e.id)).toEqual(['b']);
  });
});

describe('trashLabel', () => {
  const day = 24 * 60 * 60 * 1000;
  it.each([
    [0, 'Deleted today · removed for good in 30 days'],
    [1, 'Deleted 1 day ago · removed for good in 29 days'],
    [12, 'Deleted 12 days ago · removed for good in 18 days'],
    [29, 'Deleted 29 days ago · removed for good within a day'],
  ])('%i days in the Trash', (days, label) => {
    expect(trashLabel(1_000_000_000_000, 1_000_000_000_000 + days * day + 1000)).toBe(label);
  });
});

describe('sectionsOfKind', () => {
  it('collects one kind across episodes, oldest first, in section order', () => {
    const full = (id: string, weekOf: string, sections: Episode['sections']): Episode => ({ ...meta(id, { weekOf }), body: '', frontmatter: {}, sections });
    const result = sectionsOfKind(
      [
        full('old', '2026-11-02', [
          { heading: 'Project Log', kind: 'project', markdown: 'first\n' },
          { heading: 'Course', kind: 'course', markdown: 'c\n' },
          { heading: 'Side build', kind: 'project', markdown: 'second\n' },
        ]),
        full('new', '2026-11-09', [{ heading: 'Project Log', kind: 'project', markdown: 'third\n' }]),
      ],
      'project',
    );
    expect(result.map((s) => [s.episodeId, s.week, s.heading, s.markdown])).toEqual([
      ['old', '2026-W45', 'Project Log', 'first\n'],
      ['old', '2026-W45', 'Side build', 'second\n'],
      ['new', '2026-W46', 'Project Log', 'third\n'],
    ]);
  });
});
