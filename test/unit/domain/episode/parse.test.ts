import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import type { EpisodeDraft } from '../../../../src/domain/episode';
import { numberFromTitle, parseEpisode, serializeEpisode } from '../../../../src/domain/episode';

const contentDir = join(__dirname, '../../../../content/episodes');
const starterFiles = readdirSync(contentDir).filter((name) => name.endsWith('.md'));

const canonical = `---
title: "Episode 12: Feature stores and a mock interview"
episode: 12
week: 2026-W47
status: draft
tags: [mlops, ab-testing, interview]
series: Learning in public
meta:
  mood: tired
  hours: 6.5
---
Preamble text stays in the body.

## Weekly Highlights
- one
## Machine Learning Course
text
`;

describe('parseEpisode', () => {
  test('reads the spec example', () => {
    const draft = parseEpisode(canonical);
    expect(draft).toEqual<EpisodeDraft>({
      title: 'Episode 12: Feature stores and a mock interview',
      number: 12,
      weekOf: '2026-11-16',
      status: 'draft',
      tags: ['mlops', 'ab-testing', 'interview'],
      body: 'Preamble text stays in the body.\n\n## Weekly Highlights\n- one\n## Machine Learning Course\ntext\n',
      sections: [
        { heading: 'Weekly Highlights', kind: 'highlights', markdown: '- one\n' },
        { heading: 'Machine Learning Course', kind: 'course', markdown: 'text\n' },
      ],
      frontmatter: { series: 'Learning in public', meta: { mood: 'tired', hours: 6.5 } },
    });
  });

  test.each<[string, string, Partial<EpisodeDraft>]>([
    ['no frontmatter: title from the first # heading', '# Episode 5: Hello *world*\n\ntext', { title: 'Episode 5: Hello world', number: 5, status: 'draft', tags: [], frontmatter: {} }],
    ['empty text', '', { title: '', status: 'draft', tags: [], body: '', sections: [] }],
    ['empty frontmatter', '---\n---\nbody', { title: '', body: 'body' }],
    ['frontmatter number wins over title', '---\ntitle: Episode 5\nepisode: 7\n---\n', { number: 7 }],
    ['episode as a numeric string', '---\nepisode: "8"\n---\n', { number: 8 }],
    ['invalid episode falls back to the title', '---\ntitle: "Ep. 4: x"\nepisode: soon\n---\n', { number: 4 }],
    ['week as a plain date moves to its Monday', '---\nweek: 2026-11-19\n---\n', { weekOf: '2026-11-16' }],
    ['invalid week is not a weekOf', '---\nweek: next\n---\n', { frontmatter: { 'week-unrecognized': 'next' } }],
    ['status is case-insensitive, unknown -> draft', '---\nstatus: Published\n---\n', { status: 'published' }],
    ['unknown status -> draft', '---\nstatus: wip\n---\n', { status: 'draft', frontmatter: { 'status-unrecognized': 'wip' } }],
    ['tags as a comma string, normalized and deduplicated', '---\ntags: "ML Ops, mlops, #SQL"\n---\n', { tags: ['ml-ops', 'mlops', 'sql'] }],
    ['space-separated hashtags are separate tags', '---\ntags: "#mlops #airflow"\n---\n', { tags: ['mlops', 'airflow'] }],
    ['tags with numbers and junk', '---\ntags: [2026, {a: 1}, "", A B]\n---\n', { tags: ['2026', 'a-b'] }],
    ['numeric title', '---\ntitle: 42\n---\n', { title: '42' }],
    [
      'values the app cannot use are kept under <key>-unrecognized',
      '---\ntitle: [a, b]\nepisode: five\nweek: soon\nstatus: wip\ntags: [ok, {x: 1}]\n---\n',
      {
        title: '',
        tags: ['ok'],
        status: 'draft',
        frontmatter: {
          'title-unrecognized': ['a', 'b'],
          'episode-unrecognized': 'five',
          'week-unrecognized': 'soon',
          'status-unrecognized': 'wip',
          'tags-unrecognized': [{ x: 1 }],
        },
      },
    ],
    ['an existing <key>-unrecognized key wins', '---\nstatus: wip\nstatus-unrecognized: old\n---\n', { frontmatter: { 'status-unrecognized': 'old' } }],
    ['CRLF file', '---\r\ntitle: x\r\n---\r\n## A\r\ntext\r\n', { title: 'x', body: '## A\r\ntext\r\n', sections: [{ heading: 'A', kind: 'notes', markdown: 'text\r\n' }] }],
    ['BOM before frontmatter', '\uFEFF---\ntitle: x\n---\nb', { title: 'x', body: 'b' }],
    ['invalid YAML stays in the body', '---\ntitle: [unclosed\n---\nb', { title: '', body: '---\ntitle: [unclosed\n---\nb' }],
    ['YAML list is not frontmatter', '---\n- a\n---\nb', { body: '---\n- a\n---\nb' }],
    ['unclosed frontmatter is body', '---\ntitle: x\nbody', { title: '', body: '---\ntitle: x\nbody' }],
  ])('%s', (_name, text, expected) => {
    expect(parseEpisode(text)).toMatchObject(expected);
  });

  test('headings inside code, lists and quotes do not start sections', () => {
    const body = '```\n## not a section\n```\n- item\n\n  ## inside the item\n> ## quoted\n\n    ## indented code\n## Real\nx\n';
    expect(parseEpisode(body).sections.map((s) => s.heading)).toEqual(['Real']);
  });

  test('setext level-2 headings and ATX closing sequences count', () => {
    const draft = parseEpisode('Project log\n-----------\nbuilt it\n\n##   Interview prep ##  \nq\n');
    expect(draft.sections).toEqual([
      { heading: 'Project log', kind: 'project', markdown: 'built it\n\n' },
      { heading: 'Interview prep', kind: 'interview', markdown: 'q\n' },
    ]);
  });

  test('the kind override line is read back and left out of the markdown', () => {
    const draft = parseEpisode('## Random thoughts\n<!-- kind: project -->\ntext\n## Other\n<!-- kind: bogus -->\n');
    expect(draft.sections).toEqual([
      { heading: 'Random thoughts', kind: 'project', markdown: 'text\n' },
      { heading: 'Other', kind: 'notes', markdown: '<!-- kind: bogus -->\n' },
    ]);
  });

  test('history decides headings that say nothing', () => {
    const text = '## Stuff I shipped\nlittle things\n';
    expect(parseEpisode(text).sections[0]?.kind).toBe('notes');
    expect(parseEpisode(text, { history: { 'stuff i shipped': 'project' } }).sections[0]?.kind).toBe('project');
  });
});

describe('numberFromTitle', () => {
  test.each([
    ['Episode 5: Hello', 5],
    ['episode #12 - x', 12],
    ['Ep. 3', 3],
    ['EP 007', 7],
    ['Episode No. 9', 9],
    ['Week 5 of learning', undefined],
    ['Episodes', undefined],
  ])('%s -> %j', (title, expected) => {
    expect(numberFromTitle(title)).toBe(expected);
  });
});

describe('serializeEpisode and the canonical form', () => {
  test.each([
    ['spec example', canonical],
    ['no episode or week', '---\ntitle: Notes\nstatus: published\ntags: []\n---\nbody'],
    ['empty body', '---\ntitle: ""\nstatus: draft\ntags: []\n---\n'],
    ['unknown keys of every shape', '---\ntitle: x\nstatus: draft\ntags: [a/b]\nflag: true\nnothing: null\nlist:\n  - 1\n  - two\ndate: 2026-11-16\n---\n## A\n'],
    ['body that looks like frontmatter', '---\ntitle: x\nstatus: draft\ntags: []\n---\n---\nnot: yaml of ours\n---\n'],
    ...starterFiles.map((name) => [`content/episodes/${name}`, readFileSync(join(contentDir, name), 'utf8')]),
  ])('canonical text survives parse + serialize byte for byte: %s', (_name, text) => {
    expect(serializeEpisode(parseEpisode(text))).toBe(text);
  });

  test.each([
    ['comments and key order are normalized', '---\ntags: [B]\n# comment\nweek: 2026-W47 # iso\ntitle: t\n---\nbody', '---\ntitle: t\nweek: 2026-W47\nstatus: draft\ntags: [b]\n---\nbody'],
    ['a # title moves into the frontmatter and stays in the body', '# Hi\n', '---\ntitle: Hi\nstatus: draft\ntags: []\n---\n# Hi\n'],
    ['title number is written as episode', '---\ntitle: "Episode 5: x"\n---\n', '---\ntitle: "Episode 5: x"\nepisode: 5\nstatus: draft\ntags: []\n---\n'],
  ])('non-canonical input: %s', (_name, text, expected) => {
    const draft = parseEpisode(text);
    expect(serializeEpisode(draft)).toBe(expected);
    expect(parseEpisode(serializeEpisode(draft))).toEqual(draft);
  });

  test('known keys inside draft.frontmatter never override the typed fields', () => {
    const draft = { ...parseEpisode(canonical), frontmatter: { title: 'evil', extra: 1 } };
    expect(serializeEpisode(draft)).toContain('title: "Episode 12');
    expect(serializeEpisode(draft)).not.toContain('evil');
  });

  test('long titles are not folded', () => {
    const title = 'A very long title '.repeat(20).trim();
    const text = serializeEpisode({ ...parseEpisode(''), title });
    expect(text.split('\n')[1]).toBe(`title: ${title}`);
  });
});

describe('a frontmatter block too large to read', () => {
  // 40,000 keys held the page for 30 s in YAML's duplicate-key check.
  const huge = `---\ntitle: "Episode 9"\n${Array.from({ length: 40_000 }, (_, i) => `key${i}: ${i}`).join('\n')}\n---\nThe words.\n`;

  it('is left in the text as written, with the reason, instead of being parsed', async () => {
    const { splitFrontmatter, MAX_FRONTMATTER_KEYS } = await import('../../../../src/domain/episode/frontmatter');
    const split = splitFrontmatter(huge);
    expect(split.data).toBeUndefined();
    expect(split.body).toBe(huge);
    expect(split.problem).toMatch(new RegExp(`more than ${MAX_FRONTMATTER_KEYS.toLocaleString('en')} keys|KB`));
    const draft = parseEpisode(huge);
    expect(draft.body).toContain('The words.');
  });

  it('is refused by Import with the reason', async () => {
    const { importText } = await import('../../../../src/domain/episode');
    expect(() => importText(huge, { fileName: 'big.md' })).toThrow(/Cannot import "big.md": The front matter is \d+ KB; Episodes reads at most 16 KB of it\./);
    const manyKeys = `---\n${Array.from({ length: 250 }, (_, i) => `k${i}: 1`).join('\n')}\n---\nx\n`;
    expect(() => importText(manyKeys)).toThrow(/more than 200 keys/);
  });

  it('is read when it is within the limits', async () => {
    const { splitFrontmatter } = await import('../../../../src/domain/episode/frontmatter');
    const fine = `---\n${Array.from({ length: 199 }, (_, i) => `k${i}: 1`).join('\n')}\n---\nx\n`;
    expect(Object.keys(splitFrontmatter(fine).data ?? {})).toHaveLength(199);
  });
});
