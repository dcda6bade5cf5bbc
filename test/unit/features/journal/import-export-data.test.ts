import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../../src/domain/episode';
import { exportFileName, journalZip, standaloneHtml, uniqueFileNames } from '../../../../src/features/journal/export-data';
import { decodeText, hasImportExtension, keepBothTitle, planImport, prepareImport } from '../../../../src/features/journal/import-data';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeText('a.md', utf8('Épisode ✓'))).toEqual({ text: 'Épisode ✓' });
  });
  it('decodes UTF-16 with a byte-order mark (Windows Notepad\'s "Unicode") and UTF-8 with one, as the journal folder does', () => {
    const text = '# Episode 4: Über feature stores\ncafé ✓\n';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(Buffer.from(text, 'utf16le').swap16())]);
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    for (const bytes of [le, be, bom8]) expect(decodeText('notes.md', bytes)).toEqual({ text });
  });
  it.each([
    ['latin1.txt', new Uint8Array([0x45, 0x70, 0xe9, 0x20, 0x61]), /latin1\.txt is not UTF-8 text/],
    ['image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /image\.md looks like a binary file/],
    ['big.md', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), /big\.md is 5\.0 MB; files over 5 MB/],
  ])('refuses %s, naming the file', (name, bytes, message) => {
    const result = decodeText(name, bytes);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('prepareImport', () => {
  it('recovers the sections of a plain-text blog post with bare-line headings', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../fixtures/episodes/blog-bare-headings.txt'), 'utf8');
    const candidate = prepareImport({ name: 'blog.txt', data: utf8(text) });
    if (!('draft' in candidate)) throw new Error(candidate.error);
    expect(candidate.draft.number).toBe(7);
    expect(candidate.draft.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Weekly Highlights', 'highlights'],
      ['Course progress', 'course'],
      ['Project log', 'project'],
      ['Interview prep', 'interview'],
      ['People who inspired me', 'inspiration'],
    ]);
  });
  it.each([
    [{ name: 'x.pdf', data: utf8('hello') }, /x\.pdf is not a \.md, \.markdown or \.txt file/],
    [{ name: 'empty.md', data: utf8('  \n') }, /empty\.md is empty/],
    [{ name: 'control.txt', data: utf8('\u0001\u0002\u0003abc') }, /control\.txt/],
    [{ name: 'gone.md', error: 'gone.md could not be read.' }, /gone\.md could not be read/],
  ])('refuses %j', (source, message) => {
    const candidate = prepareImport(source);
    expect('error' in candidate && candidate.error).toMatch(message);
  });
  it('accepts pasted text without a file name', () => {
    const candidate = prepareImport({ name: '', text: 'Episode 9: Pasted\n\nSome words here.' });
    expect('draft' in candidate && candidate.draft.title).toBe('Episode 9: Pasted');
  });
  it.each([
    ['a.MD', true],
    ['notes.markdown', true],
    ['post.txt', true],
    ['x.docx', false],
    ['noext', false],
  ])('%s has an import extension: %s', (name, ok) => expect(hasImportExtension(name)).toBe(ok));
});

describe('planImport', () => {
  const draft = parseEpisode('---\ntitle: "Episode 1"\nweek: 2026-W45\nstatus: draft\ntags: []\n---\nBody\n');
  it.each([
    [[], 'skip', [{ title: 'Episode 1', replaceId: undefined }]],
    [['old'], 'skip', []],
    [['old'], 'replace', [{ title: 'Episode 1', replaceId: 'old' }]],
    [['old'], 'keep-both', [{ title: keepBothTitle('Episode 1'), replaceId: undefined }]],
  ] as const)('duplicates %j with %s', (duplicateIds, choice, expected) => {
    const plan = planImport([{ draft, duplicateIds, choice }]);
    expect(plan.map((p) => ({ title: p.draft.title, replaceId: p.replaceId }))).toEqual(expected);
  });
});

describe('export', () => {
  const a = parseEpisode('---\ntitle: "Episode 1: Start"\nepisode: 1\nweek: 2026-W45\nstatus: draft\ntags: [ml]\n---\n## Weekly Highlights\n- one\n');
  const b = { ...a, body: 'Other\n' };
  it('names files after the title', () => {
    expect([exportFileName(a, 'markdown'), exportFileName(a, 'blog'), exportFileName(a, 'html')]).toEqual([
      'episode-1-start.md',
      'episode-1-start-blog.md',
      'episode-1-start.html',
    ]);
  });
  it('gives colliding zip entries distinct names', () => {
    expect(uniqueFileNames([a, b])).toEqual(['2026/2026-W45-episode-1-start.md', '2026/2026-W45-episode-1-start (2).md']);
  });
  it('zips every episode as markdown with frontmatter that parses back', () => {
    const files = unzipSync(journalZip([a, b]));
    expect(Object.keys(files)).toEqual(['2026/2026-W45-episode-1-start.md', '2026/2026-W45-episode-1-start (2).md']);
    expect(parseEpisode(strFromU8(files['2026/2026-W45-episode-1-start.md']!))).toEqual(a);
  });
  it('wraps sanitized HTML in a page with an escaped title and an inline style', () => {
    const html = standaloneHtml('A <b> & "c"', '<p>x</p>');
    expect(html).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(html).toContain('<style>');
    expect(html).toContain('<p>x</p>');
  });
});
