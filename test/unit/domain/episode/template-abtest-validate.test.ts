import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SECTIONS,
  EpisodeValidationError,
  extractAbtestBlocks,
  newEpisodeTemplate,
  parseAbtestSource,
  parseEpisode,
  restoreEpisodeDraft,
  serializeEpisode,
  setSectionKind,
  validateEpisodeDraft,
} from '../../../../src/domain/episode';

const today = new Date(2026, 10, 19); // Thursday of 2026-W47

describe('newEpisodeTemplate', () => {
  test('first episode: the default five sections', () => {
    const draft = newEpisodeTemplate({ today });
    expect(draft).toMatchObject({ title: 'Episode 1', number: 1, weekOf: '2026-11-16', status: 'draft', tags: [], frontmatter: {} });
    expect(draft.sections.map((s) => [s.heading, s.kind])).toEqual(DEFAULT_SECTIONS.map((s) => [s.heading, s.kind]));
    expect(parseEpisode(serializeEpisode(draft))).toEqual(draft);
  });

  test('next episode: last number + 1 and the last headings with their kinds', () => {
    const last = setSectionKind(parseEpisode('---\nepisode: 6\n---\n## Wins\n## Stuff I shipped\nx\n'), 1, 'project');
    const draft = newEpisodeTemplate({ lastEpisode: last, today });
    expect(draft.number).toBe(7);
    expect(draft.title).toBe('Episode 7');
    expect(draft.body).toBe('## Wins\n\n## Stuff I shipped\n<!-- kind: project -->\n\n');
    expect(draft.sections.map((s) => s.kind)).toEqual(['highlights', 'project']);
  });

  test('numbered after the highest number in the journal, not the latest week’s', () => {
    // The latest week holds Episode 3; Episode 5 was imported for an earlier week.
    const draft = newEpisodeTemplate({ lastEpisode: parseEpisode('---\nepisode: 3\n---\n## Wins\n'), highestNumber: 5, today });
    expect(draft).toMatchObject({ number: 6, title: 'Episode 6' });
    expect(newEpisodeTemplate({ lastEpisode: parseEpisode('---\nepisode: 8\n---\n'), highestNumber: 5, today }).number).toBe(9);
  });

  test('a last episode without number or sections', () => {
    const draft = newEpisodeTemplate({ lastEpisode: parseEpisode('no sections'), today });
    expect(draft.number).toBe(1);
    expect(draft.sections).toHaveLength(5);
  });
});

describe('abtest blocks', () => {
  const yamlBlock = '```abtest\ncalculator: two-proportion-z-test\ninput:\n  control: { visitors: 10000, conversions: 500 }\n  treatment: { visitors: 10000, conversions: 560 }\n  alpha: 0.05\n  alternative: two-sided\n```';
  test('YAML block with position', () => {
    const blocks = extractAbtestBlocks(`Intro\n\n${yamlBlock}\n`);
    expect(blocks).toEqual([
      {
        info: 'abtest',
        source: yamlBlock.split('\n').slice(1, -1).join('\n'),
        parsed: {
          calculator: 'two-proportion-z-test',
          input: { control: { visitors: 10000, conversions: 500 }, treatment: { visitors: 10000, conversions: 560 }, alpha: 0.05, alternative: 'two-sided' },
        },
        position: { start: { line: 3, column: 1, offset: 7 }, end: { line: 10, column: 4, offset: 7 + yamlBlock.length } },
      },
    ]);
  });

  test('JSON block, info meta, other languages ignored, nested in a list', () => {
    const text = '```abtest checkout\n{"calculator": "sample-size", "input": {"baseline": 0.05}}\n```\n```yaml\ncalculator: x\n```\n- item\n\n  ```abtest\n  calculator: y\n  input: 1\n  ```\n';
    const blocks = extractAbtestBlocks(text);
    expect(blocks.map((b) => [b.info, b.parsed])).toEqual([
      ['abtest checkout', { calculator: 'sample-size', input: { baseline: 0.05 } }],
      ['abtest', { calculator: 'y', input: 1 }],
    ]);
  });

  test.each([
    ['{"calculator": ', /neither valid JSON nor valid YAML/],
    ['calculator: [unclosed', /neither valid JSON nor valid YAML/],
    ['- a\n- b', /must be a map/],
    ['', /must be a map/],
    ['input: 1', /no `calculator:` id/],
    ['calculator: "  "\ninput: 1', /no `calculator:` id/],
    ['calculator: z-test', /no `input:` for calculator "z-test"/],
  ])('errors: %j', (source, message) => {
    const parsed = parseAbtestSource(source);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('validateEpisodeDraft / restoreEpisodeDraft', () => {
  const good = parseEpisode('---\ntitle: "Episode 2: x"\nweek: 2026-W47\ntags: [a]\nextra: 1\n---\n## Project log\ntext\n');

  test('a parsed draft passes unchanged', () => {
    expect(restoreEpisodeDraft(good)).toEqual(good);
    expect(restoreEpisodeDraft(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  test.each([
    ['fills defaults', { body: '## A\n' }, { title: '', status: 'draft', tags: [], frontmatter: {}, sections: [{ heading: 'A', kind: 'notes', markdown: '' }] }],
    ['nulls are missing values', { title: 't', number: null, weekOf: null, sections: null }, { title: 't', body: '' }],
    ['migrates loose values', { status: ' Published ', tags: ['ML Ops', 'ml-ops', 7], weekOf: '2026-W47' }, { status: 'published', tags: ['ml-ops', '7'], weekOf: '2026-11-16' }],
    ['weekOf on a Thursday moves to Monday', { weekOf: '2026-11-19' }, { weekOf: '2026-11-16' }],
    ['known keys are dropped from frontmatter', { frontmatter: { title: 'x', keep: 1 } }, { frontmatter: { keep: 1 } }],
    ['sections follow the body, stored kinds kept when headings match', { body: '## Misc\n## New\n', sections: [{ heading: 'Misc', kind: 'course', markdown: '' }, { heading: 'Old', kind: 'project', markdown: '' }] }, { sections: [{ heading: 'Misc', kind: 'course', markdown: '' }, { heading: 'New', kind: 'notes', markdown: '' }] }],
    ['the override in the body beats a stored kind', { body: '## Misc\n<!-- kind: interview -->\n', sections: [{ heading: 'Misc', kind: 'course', markdown: '' }] }, { sections: [{ heading: 'Misc', kind: 'interview', markdown: '' }] }],
    ['unknown stored kind becomes notes', { body: '## Misc\n', sections: [{ heading: 'Misc', kind: 'weird', markdown: '' }] }, { sections: [{ heading: 'Misc', kind: 'notes', markdown: '' }] }],
  ])('%s', (_name, input, expected) => {
    expect(restoreEpisodeDraft(input)).toMatchObject(expected);
  });

  test.each([
    ['not an object', 'hello', /An episode must be an object/],
    ['null', null, /An episode must be an object/],
    ['title', { title: 5 }, /title: Title must be text/],
    ['number', { number: -1 }, /number: Episode number cannot be negative/],
    ['fractional number', { number: 1.5 }, /number: Episode number must be a whole number/],
    ['weekOf', { weekOf: 'someday' }, /weekOf: weekOf "someday" is not a date/],
    ['status', { status: 'wip' }, /status: Status must be draft or published/],
    ['tags', { tags: 'a,b' }, /tags: Tags must be a list/],
    ['body', { body: 42 }, /body: Body must be text/],
    ['frontmatter', { frontmatter: [] }, /frontmatter: Frontmatter must be a map/],
    ['sections', { sections: 'x' }, /sections: Sections must be a list/],
  ])('rejects %s', (_name, input, message) => {
    const result = validateEpisodeDraft(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(() => restoreEpisodeDraft(input)).toThrow(EpisodeValidationError);
    expect(() => restoreEpisodeDraft(input)).toThrow(message);
  });
});
