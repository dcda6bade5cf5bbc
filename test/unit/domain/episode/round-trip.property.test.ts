// Property tests: generated files survive parse -> serialize -> parse, the body byte for byte.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { importText, parseEpisode, serializeEpisode } from '../../../../src/domain/episode';

const KNOWN = ['title', 'episode', 'week', 'status', 'tags'];
const word = fc.stringMatching(/^[A-Za-z0-9éß]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const tag = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}[a-z0-9](\/[a-z]{1,4})?$/);
const key = fc.stringMatching(/^[a-z_][a-z0-9_ -]{0,10}$/).filter((k) => !KNOWN.includes(k) && k.trim() === k);
const scalar = fc.oneof(
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('2026-W47', '2026-11-16', 'yes', 'no', 'null', '~', '0x1F', '1e3', '- a', '#x', '---', 'a: b', ' padded '),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(key, scalar, { maxKeys: 3 }));
const title = fc.oneof(fc.string({ unit: 'grapheme' }), words, words.map((w) => `Episode ${w.length}: ${w}`));

const block = fc.oneof(
  words.map((w) => `## ${w}`),
  words.map((w) => `# ${w}`),
  words.map((w) => `${w} #${w.split(' ')[0] ?? 'x'}.`),
  fc.array(words, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(words, { minLength: 1, maxLength: 4 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
  words.map((w) => `\`\`\`python\n# ${w}\n## not a heading\n\`\`\``),
  fc.constantFrom('<!-- kind: project -->', '<!-- kind: nope -->', '---', '***', '> ## quoted', '    ## indented', `${'x'}\n---`, ''),
);
const body = fc
  .tuple(fc.array(block, { maxLength: 12 }), fc.constantFrom('\n', '\n\n', '\r\n'), fc.boolean())
  .map(([blocks, eol, trailing]) => blocks.join(eol) + (trailing ? eol : ''));

const frontmatter = fc
  .record(
    {
      title,
      episode: fc.oneof(fc.nat(5000), fc.string()),
      week: fc.oneof(fc.constantFrom('2026-W47', '2020-W53', '2026-W60', 'soon'), fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      status: fc.constantFrom('draft', 'published', 'Published', 'wip'),
      tags: fc.oneof(fc.array(fc.oneof(tag, words), { maxLength: 5 }), words),
    },
    { requiredKeys: [] },
  )
  .chain((known) => fc.dictionary(key, value, { maxKeys: 4 }).map((extra) => ({ ...extra, ...known })))
  .chain((map) => fc.shuffledSubarray(Object.entries(map), { minLength: Object.keys(map).length }).map((entries) => Object.fromEntries(entries)));

const file = fc.tuple(fc.option(frontmatter, { nil: undefined }), body).map(([fm, b]) => ({
  body: b,
  text: fm === undefined ? b : `---\n${stringify(fm)}---\n${b}`,
}));

describe('round trip', () => {
  test('parseEpisode(serializeEpisode(d)) equals d, and the body is byte-identical', () => {
    fc.assert(
      fc.property(file, ({ text, body: b }) => {
        const draft = parseEpisode(text);
        // A text opening with a `---` line (LF or CRLF) has front matter, even an empty one (`---\r\n---`).
        if (!/^---[ \t]*\r?\n/.test(text)) expect(draft.body).toBe(b);
        else expect(text.endsWith(draft.body)).toBe(true);
        const serialized = serializeEpisode(draft);
        expect(serialized.endsWith(draft.body)).toBe(true);
        expect(parseEpisode(serialized)).toStrictEqual(draft);
        // serialize output is canonical: it is a fixed point.
        expect(serializeEpisode(parseEpisode(serialized))).toBe(serialized);
      }),
      { numRuns: 300 },
    );
  });

  test('the same holds for drafts from importText', () => {
    fc.assert(
      fc.property(file, fc.option(fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), { nil: undefined }), ({ text }, modifiedAt) => {
        const draft = importText(text, { fileName: 'episode-3.md', modifiedAt });
        expect(parseEpisode(serializeEpisode(draft))).toStrictEqual(draft);
      }),
      { numRuns: 200 },
    );
  });
});
