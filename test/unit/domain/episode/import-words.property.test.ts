// Property test: an import never drops a word, whatever shape the text has.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importText, serializeEpisode } from '../../../../src/domain/episode';

const WORD_RE = /[\p{L}\p{N}]+/gu;

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.normalize('NFC').toLowerCase().match(WORD_RE) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function missingWords(input: string, output: string): string[] {
  const have = wordCounts(output);
  return [...wordCounts(input)].filter(([word, count]) => (have.get(word) ?? 0) < count).map(([word]) => word);
}

// Control characters would (rightly) make importText reject the input as binary.
const isPrintable = (text: string): boolean =>
  [...text].every((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code >= 0x20 || (code >= 0x09 && code <= 0x0d)) && code !== 0x7f && code !== 0xfffd;
  });

const word = fc.oneof(fc.stringMatching(/^[A-Za-z]{1,9}$/), fc.stringMatching(/^[0-9]{1,4}$/), fc.constantFrom('café', 'naïve', 'データ', "don't", 'A/B', '#tag', '#12', 'e.g.'));
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const sentence = fc.tuple(phrase, fc.constantFrom('.', '!', '?', ':', '', ',')).map(([p, end]) => `${p[0]?.toUpperCase() ?? ''}${p.slice(1)}${end}`);
const line = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: phrase },
  { weight: 2, arbitrary: fc.constantFrom('Weekly Highlights', 'Course progress', 'Project log', 'Interview prep', 'People who inspired me', 'Shout-outs') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '• ', '– ', '1. ', '2) ', '+ '), phrase).map(([m, p]) => m + p) },
  { weight: 1, arbitrary: fc.constantFrom('', '', '---', '***', '> quoted words', '    indented words', '<div>html words</div>', '## Real heading', '```', 'Episode 4: A title', '---\ntitle: front matter words\n---', '---\nstatus: wip\nweek: someday soon\nepisode: five\ntags: [{ nested: words }, ok]\ntitle: [list, title]\n---') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).filter(isPrintable) },
);
const document = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

describe('importText never drops a word', () => {
  // Case-insensitive: tags and status are stored lower-case.
  test('every word of the input appears in the imported file', () => {
    fc.assert(
      fc.property(document, (text) => {
        const draft = importText(text);
        expect(missingWords(text, serializeEpisode(draft))).toEqual([]);
        if (!text.startsWith('---')) expect(missingWords(text, `${draft.title}\n${draft.body}`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['the bare-heading fixture shape', 'Title line\n\nWeekly Highlights\n- Course progress\n\nCourse progress\nThis week I finished.'],
    ['only blank lines', '\n\n\n'],
    ['a broken frontmatter', '---\ntitle: [x\n---\nwords here'],
    ['bullets of every kind', 'T\n• a\n◦ b\n▪ c\n– d\n— e\n‣ f'],
  ])('%s', (_name, text) => {
    const draft = importText(text);
    expect(missingWords(text, `${draft.title}\n${draft.body}`)).toEqual([]);
  });

  test('a comment inside the frontmatter is kept in the file', () => {
    const text = '---\n#12 café.\n---\ntitle: front matter words\n---';
    expect(missingWords(text, serializeEpisode(importText(text)))).toEqual([]);
  });
});
