import { describe, expect, test } from 'vitest';
import type { EpisodeSection } from '../../../../src/domain/episode';
import {
  episodeFileName,
  extractOutline,
  parseEpisode,
  readingTimeMinutes,
  slugify,
  toBlogMarkdown,
  weeklyHighlightsList,
  wordCount,
} from '../../../../src/domain/episode';
import { findInlineTags, inlineTagsFromAst } from '../../../../src/domain/tags/inline';
import { renderSegments } from '../../../../src/features/preview/preview-data';

describe('wordCount / readingTimeMinutes', () => {
  test.each([
    ['', 0],
    ['one two three', 3],
    ["don't stop, e.g. A/B tests", 6],
    ['## Heading\n- item one\n1. item two', 5],
    ['**bold** _em_ `code`', 3],
    ['text\n```python\nprint("not counted")\n```\nmore', 2],
    ['~~~\nnot counted\n~~~', 0],
    ['```abtest\ncalculator: x\n```\nafter', 1],
    ['[a link](https://example.com/x-y-z "title")', 2],
    ['see https://example.com/a/b/c', 1],
    ['<!-- kind: project -->\nword', 1],
    ['Café naïve データ', 3],
  ])('%j -> %i words', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });

  test.each([
    [0, 200, 0],
    [1, 200, 1],
    [200, 200, 1],
    [201, 200, 2],
    [1500, 200, 8],
    [300, 100, 3],
  ])('%i words at %i wpm -> %i min', (words, wpm, expected) => {
    expect(readingTimeMinutes('w '.repeat(words), wpm)).toBe(expected);
  });
});

describe('extractOutline', () => {
  test('headings with file lines, skipping the frontmatter and code', () => {
    const text = '---\ntitle: x\n---\n# Title\n\n## A *b*\n```\n## no\n```\nSetext\n---\n### C\n';
    expect(extractOutline(text)).toEqual([
      { depth: 1, text: 'Title', line: 4, offset: 17 },
      { depth: 2, text: 'A b', line: 6, offset: 26 },
      { depth: 2, text: 'Setext', line: 10, offset: 49 },
      { depth: 3, text: 'C', line: 12, offset: 60 },
    ]);
  });
});

describe('slugify', () => {
  test.each([
    ['Episode 12: Feature stores & a mock interview!', 'episode-12-feature-stores-a-mock-interview'],
    ['Café Über naïve', 'cafe-uber-naive'],
    ['  --  ', ''],
    ['データ 分析', 'データ-分析'],
    ['word '.repeat(30), 'word-word-word-word-word-word-word-word-word-word-word-word'],
  ])('%j -> %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  test('maxLength', () => {
    expect(slugify('abcdefghij klmnop', 12)).toBe('abcdefghij');
    expect(slugify('abcdefghijklmnop', 5)).toBe('abcde');
  });
});

describe('episodeFileName', () => {
  test.each([
    [{ title: 'Episode 12: Feature stores', weekOf: '2026-11-16' }, '2026/2026-W47-episode-12-feature-stores.md'],
    [{ title: 'New year', weekOf: '2026-12-28' }, '2026/2026-W53-new-year.md'],
    [{ title: 'Start', weekOf: '2024-12-30' }, '2025/2025-W01-start.md'],
    [{ title: '', number: 4, weekOf: '2026-01-05' }, '2026/2026-W02-episode-4.md'],
    [{ title: '!!!' }, 'undated/untitled.md'],
    [{ title: 'x', weekOf: 'bad' }, 'undated/x.md'],
  ])('%j -> %s', (draft, expected) => {
    expect(episodeFileName(draft)).toBe(expected);
  });

  // Windows refuses these names in any folder, with any extension (Microsoft's "Naming Files,
  // Paths, and Namespaces": CON, PRN, AUX, NUL, COM0-9, LPT0-9 and their superscript forms).
  test.each([
    ['Con', 'undated/con-episode.md'],
    ['NUL', 'undated/nul-episode.md'],
    ['aux', 'undated/aux-episode.md'],
    ['LPT9', 'undated/lpt9-episode.md'],
    ['prn', 'undated/prn-episode.md'],
    ['com¹', 'undated/com1-episode.md'],
    ['Console', 'undated/console.md'],
  ])('an undated episode titled %j is named %s', (title, expected) => {
    expect(episodeFileName({ title })).toBe(expected);
  });

  test('names are in Unicode normal form C whatever form the title is typed in', () => {
    const decomposed = 'Episode 3: 한국어 노트'.normalize('NFD');
    const name = episodeFileName({ title: decomposed, weekOf: '2026-11-16' });
    expect(name).toBe(name.normalize('NFC'));
    expect(name).toBe('2026/2026-W47-episode-3-한국어-노트.md');
  });

  test('an over-long title is cut so the name, with a -99 and a temp suffix, fits every file system', () => {
    // 60 characters of 4-byte letters (CJK Extension B) would be 240 bytes; ASCII titles stay as they were.
    const astral = '𠀀'.repeat(80);
    const name = episodeFileName({ title: astral, weekOf: '2026-11-16' });
    const base = name.split('/')[1]!;
    expect(new TextEncoder().encode(base).length).toBeLessThanOrEqual(197);
    expect(base.startsWith('2026-W47-𠀀')).toBe(true);
    expect(base).not.toMatch(/\uFFFD/);
    expect([...base.slice(9, -3)].every((c) => c === '𠀀')).toBe(true);
  });
});

describe('toBlogMarkdown', () => {
  test.each([
    [{ title: 'Episode 1', body: '\n## A\n<!-- kind: project -->\ntext\n' }, '# Episode 1\n\n## A\ntext\n'],
    [{ title: 'Episode 1', body: '# My own title\n\n## A\n' }, '# My own title\n\n## A\n'],
    [{ title: '', body: '## A\n<!-- kind: notes -->\n' }, '## A\n'],
    [{ title: 'T', body: '<!-- kind: project -->\n## A\n' }, '# T\n\n<!-- kind: project -->\n## A\n'],
  ])('%j', (draft, expected) => {
    expect(toBlogMarkdown(draft)).toBe(expected);
  });

  test('no frontmatter in the output', () => {
    const draft = parseEpisode('---\ntitle: T\nsecret: yes\n---\n## A\n');
    expect(toBlogMarkdown(draft)).toBe('# T\n\n## A\n');
  });
});

describe('weeklyHighlightsList', () => {
  const section = (heading: string, kind: EpisodeSection['kind']): EpisodeSection => ({ heading, kind, markdown: '' });
  test.each([
    [[section('Weekly Highlights', 'highlights'), section('Course Progress', 'course'), section('Project: **Churn** model', 'project')], '- Course Progress\n- Project: Churn model\n'],
    [[section('Weekly Highlights', 'highlights')], ''],
    [[section('', 'notes'), section('Notes', 'notes')], '- Notes\n'],
    [[], ''],
  ])('%#', (sections, expected) => {
    expect(weeklyHighlightsList(sections)).toBe(expected);
  });
});

describe('text that trips the GFM task-list parser', () => {
  // remark-gfm fails an internal assertion on an empty list item followed by a `[ ] x` line.
  const text = '## Notes\n-\n[ ] Worked on the #featurestore today\n';
  test('is still read (outline, tags) instead of crashing', () => {
    expect(extractOutline(text).map((e) => e.text)).toEqual(['Notes']);
    expect(findInlineTags(text).map((t) => t.tag)).toEqual(['featurestore']);
    expect(inlineTagsFromAst(text).map((t) => t.tag)).toEqual(['featurestore']);
  });
  test('is still previewed', () => {
    const html = renderSegments(text).map((s) => (s.type === 'html' ? s.html : '')).join('');
    expect(html).toContain('Worked on the #featurestore today');
  });
});
