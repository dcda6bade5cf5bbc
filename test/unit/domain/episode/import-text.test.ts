import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  importText,
  looksLikeMarkdown,
  parseEpisode,
  serializeEpisode,
} from '../../../../src/domain/episode';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../../fixtures/episodes', name), 'utf8');
const headingsAndKinds = (text: string, options = {}) => importText(text, options).sections.map((s) => [s.heading, s.kind]);

describe('importText: plain text pasted from a blog', () => {
  test('bare headings named by a highlights list', () => {
    const draft = importText(fixture('blog-bare-headings.txt'), { fileName: 'week7.txt' });
    expect(draft.title).toBe('Episode 7: The week the pipeline finally ran every night');
    expect(draft.number).toBe(7);
    expect(draft.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Weekly Highlights', 'highlights'],
      ['Course progress', 'course'],
      ['Project log', 'project'],
      ['Interview prep', 'interview'],
      ['People who inspired me', 'inspiration'],
    ]);
    expect(draft.sections[2]?.markdown).toContain('- Fixed the timezone bug\n- Added a row-count check');
    expect(draft.body.startsWith('## Weekly Highlights\n- Course progress\n')).toBe(true);
  });

  test('blank-line separated headings, numbered and bullet lists', () => {
    const draft = importText(fixture('blog-blank-separated.txt'));
    expect(draft.title).toBe('Learning log, week 12');
    expect(draft.number).toBeUndefined();
    expect(draft.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Machine learning course', 'course'],
      ['Side project: churn model', 'project'],
      ['Shout-outs', 'inspiration'],
    ]);
    const project = draft.sections[1]?.markdown ?? '';
    expect(project).toContain('1. The top decile is well calibrated.\n2. The middle');
    expect(project).toContain('- Next step: isotonic regression\n- Then:');
    // A closing line with nothing after it is not a heading.
    expect(draft.sections[2]?.markdown).toContain('See you next week');
    expect(draft.body.startsWith('This was a slow week')).toBe(true);
  });

  test.each([
    ['a lone line is a title', 'Just a title', []],
    ['sentences are never headings', 'T\n\nThis is a sentence.\nAnother one follows.\n', []],
    ['a heading needs text after it', 'T\n\nPara one is here.\n\nDangling heading', []],
    ['list intro with colon and keyword', 'T\n\nHighlights:\n- A thing happened\n\nMore text here.', [['Highlights:', 'highlights']]],
    ['table of contents without blank lines', 'T\nWins\n- Course work\n- Side project\nCourse work\nDid things.\nSide project\nBuilt things.\n', [['Wins', 'highlights'], ['Course work', 'course'], ['Side project', 'project']]],
  ])('%s', (_name, text, expected) => {
    expect(headingsAndKinds(text)).toEqual(expected);
  });

  test('a --- line under text stays a separator', () => {
    const draft = importText('T\n\nSome words here.\n---\nMore words.\n');
    expect(draft.sections).toEqual([]);
    expect(draft.body).toBe('Some words here.\n\n---\nMore words.\n');
  });
});

describe('importText: markdown', () => {
  test('without frontmatter: title from the # heading, sections from ##', () => {
    const draft = importText(fixture('markdown-no-frontmatter.md'), { modifiedAt: new Date(2026, 10, 19) });
    expect(draft).toMatchObject({ title: 'Episode 9: Notes from a conference week', number: 9, weekOf: '2026-11-16', tags: [] });
    expect(draft.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Talks worth remembering', 'notes'],
      ['Course', 'course'],
      ['Who inspired me', 'inspiration'],
    ]);
    expect(draft.body).toBe(fixture('markdown-no-frontmatter.md'));
  });

  test('with frontmatter: the same as parseEpisode; the file week beats modifiedAt', () => {
    const text = '---\ntitle: x\nweek: 2026-W01\ncustom: 1\n---\n## A\n';
    expect(importText(text, { modifiedAt: new Date(2026, 10, 19) })).toEqual(parseEpisode(text));
  });

  test.each([
    ['CRLF and BOM are normalized', '\uFEFF# T\r\n\r\n## A\r\nx\r\n', { title: 'T', body: '# T\n\n## A\nx\n' }],
    ['title from the first line when there is no # heading', '## A\ntext', { title: 'A' }],
    ['title and number from the file name', '', { title: 'episode-04-notes', number: 4 }],
    ['invalid modifiedAt is ignored', 'x', { title: 'x' }],
  ])('%s', (_name, text, expected) => {
    expect(importText(text, { fileName: 'C:\\notes\\episode-04-notes.md', modifiedAt: new Date(Number.NaN) })).toMatchObject(expected);
  });

  test('comments in an imported frontmatter are kept under comments-unrecognized (the app rewrites the block)', () => {
    const draft = importText('---\n# written by hand\ntitle: x  # the title\n---\nBody.\n');
    expect(draft.frontmatter).toEqual({ 'comments-unrecognized': ['written by hand', 'the title'] });
    expect(serializeEpisode(draft)).toContain('written by hand');
    expect(parseEpisode(serializeEpisode(draft))).toEqual(draft);
  });

  test('no week without a file week or modifiedAt', () => {
    expect(importText('hello').weekOf).toBeUndefined();
    expect(importText('hello', { modifiedAt: new Date(2027, 0, 1) }).weekOf).toBe('2026-12-28');
  });

  test.each([
    ['---\ntitle: x\n---\n', true],
    ['## Heading', true],
    ['   # Heading', true],
    ['```\ncode\n```', true],
    ['#hashtag line\nplain', false],
    ['Plain\n- list\n1. item', false],
  ])('looksLikeMarkdown(%j) -> %s', (text, expected) => {
    expect(looksLikeMarkdown(text)).toBe(expected);
  });

  test('imports round-trip through serializeEpisode', () => {
    for (const name of ['blog-bare-headings.txt', 'blog-blank-separated.txt', 'markdown-no-frontmatter.md']) {
      const draft = importText(fixture(name), { fileName: name, modifiedAt: new Date(2026, 10, 19) });
      expect(parseEpisode(serializeEpisode(draft))).toEqual(draft);
    }
  });
});

describe('importText: rejects what is not text', () => {
  test.each([
    ['NUL bytes', 'abc\u0000def', 'binary'],
    ['mostly control characters', 'ab\u0001\u0002\u0003\u0004cd', 'binary'],
    ['a failed UTF-8 decode', '\uFFFD\uFFFD\uFFFDPNG\uFFFD\uFFFD', 'binary'],
    ['over 5 MB', 'a'.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
    ['over 5 MB in UTF-8 bytes', 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1), 'too-large'],
  ])('%s', (_name, text, reason) => {
    let error: unknown;
    try {
      importText(text, { fileName: 'photo.png' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toBeInstanceOf(Error);
    expect((error as ImportError).reason).toBe(reason);
    expect((error as ImportError).fileName).toBe('photo.png');
    expect((error as ImportError).message).toContain('"photo.png"');
    expect((error as ImportError).name).toBe('ImportError');
  });

  test('pasted text is named as such, and text with tabs and form feeds is fine', () => {
    expect(() => importText('\u0000')).toThrow(/the pasted text/);
    expect(() => importText('a\tb\fc\r\nd\v')).not.toThrow();
    expect(() => importText('é'.repeat(MAX_IMPORT_BYTES / 2 - 10))).not.toThrow();
  });
});
