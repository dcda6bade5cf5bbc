import { describe, expect, test } from 'vitest';
import { parseEpisode, serializeEpisode } from '../../../../src/domain/episode';
import {
  countTags,
  episodeTags,
  extractInlineTags,
  findInlineTags,
  isTagWithin,
  mergeTags,
  mergeTagsInto,
  normalizeTag,
  renameTag,
  renameTagInBody,
  renameTagInList,
} from '../../../../src/domain/tags';

describe('normalizeTag', () => {
  test.each([
    ['mlops', 'mlops'],
    ['#MLOps', 'mlops'],
    ['  AB Testing ', 'ab-testing'],
    ['a_b__testing', 'a-b-testing'],
    ['#Machine Learning/Feature_Stores', 'machine-learning/feature-stores'],
    ['ml//x/', 'ml/x'],
    ['JavaScript', 'javascript'],
    ['Café', 'café'],
    ['データ分析', 'データ分析'],
    ['--edge--', 'edge'],
    ['#', ''],
    ['   ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeTag(input)).toBe(expected);
  });
});

describe('isTagWithin / mergeTags', () => {
  test.each([
    ['ml', 'ml', true],
    ['ml/ops', 'ml', true],
    ['mlops', 'ml', false],
    ['ml', 'ml/ops', false],
  ])('%s within %s: %s', (tag, parent, expected) => {
    expect(isTagWithin(tag, parent)).toBe(expected);
  });

  test.each([
    [[['A', 'b'], ['a', 'C']], ['a', 'b', 'c']],
    [[[], ['#X Y']], ['x-y']],
    [[['', '#']], []],
  ])('%j -> %j', (lists, expected) => {
    expect(mergeTags(...lists)).toEqual(expected);
  });
});

describe('extractInlineTags', () => {
  test.each([
    ['plain #mlops and #AB_testing.', ['mlops', 'ab-testing']],
    ['nested #ml/feature-stores, done', ['ml/feature-stores']],
    ['trailing #tag- dash', ['tag']],
    ['## heading is not a tag', []],
    ['## Heading with #tag', ['tag']],
    ['#start of line', ['start']],
    ['issue #123 and #2026 and #1st', ['1st']],
    ['inline `#code` only', []],
    ['```\n# comment\n#notatag\n```\n', []],
    ['    #indented code\n', []],
    ['[#linktext](https://x.com/#frag)', []],
    ['see https://example.com/page#section now', []],
    ['<https://example.com/#x>', []],
    ['www.example.com/#anchor', []],
    ['escaped \\#nope and entity &#35;nope', []],
    ['mail a#b c/#d', []],
    ['<!-- #hidden -->\n', []],
    ['> quoted #insight', ['insight']],
    ['- item #one\n- item #two #one', ['one', 'two']],
    ['**#bold** _#em_', ['bold', 'em']],
    ['#café and #データ', ['café', 'データ']],
    ['---\ntags: [x]\ntitle: "#nope"\n---\nbody #yes', ['yes']],
  ])('%j -> %j', (body, expected) => {
    expect(extractInlineTags(body)).toEqual(expected);
  });

  test('offsets point at the source text', () => {
    const body = 'a #One and #two/Three';
    for (const hit of findInlineTags(body)) expect(body.slice(hit.start, hit.end)).toBe(hit.raw);
    expect(findInlineTags(body).map((hit) => hit.raw)).toEqual(['#One', '#two/Three']);
  });
});

describe('renameTagInBody / renameTagInList', () => {
  test.each([
    ['a #ml b', 'ml', 'machine-learning', 'a #machine-learning b'],
    ['a #ML/ops b', 'ml', 'ai', 'a #ai/ops b'],
    ['a #mlops b', 'ml', 'ai', 'a #mlops b'],
    ['`#ml` [#ml](u) #ml', 'ml', 'ai', '`#ml` [#ml](u) #ai'],
    ['```\n#ml\n```\n#ml\n', 'ml', 'ai', '```\n#ml\n```\n#ai\n'],
    ['keep  spacing\r\n#ml\r\n', 'ml', 'x y', 'keep  spacing\r\n#x-y\r\n'],
    ['#ml', 'ml', '', '#ml'],
    ['#ml', 'ml', 'ml', '#ml'],
  ])('%j: %s -> %s', (body, from, to, expected) => {
    expect(renameTagInBody(body, from, to)).toBe(expected);
  });

  test.each([
    [['ml', 'ml/ops', 'x'], 'ml', 'ai', ['ai', 'ai/ops', 'x']],
    [['a', 'b'], 'a', 'b', ['b']],
    [['a'], 'zzz', 'b', ['a']],
  ])('%j: %s -> %s', (tags, from, to, expected) => {
    expect(renameTagInList(tags, from, to)).toEqual(expected);
  });
});

const file = `---
title: "Episode 3: Tags"
episode: 3
status: draft
tags: [ml, interview]
---
## Project log
Worked on #ml/pipelines and #ML.

## Interview prep
Nothing tagged \`#ml\` here. #interview
`;

describe('draft operations', () => {
  test('episodeTags merges the list and the body', () => {
    expect(episodeTags(parseEpisode(file))).toEqual(['ml', 'interview', 'ml/pipelines']);
  });

  test('renameTag rewrites list and body, keeps everything else, and stays a valid draft', () => {
    const renamed = renameTag(parseEpisode(file), 'ml', 'machine-learning');
    expect(renamed.tags).toEqual(['machine-learning', 'interview']);
    expect(renamed.body).toBe(parseEpisode(file).body.replace('#ml/pipelines and #ML', '#machine-learning/pipelines and #machine-learning'));
    expect(renamed.sections[0]?.markdown).toContain('#machine-learning/pipelines');
    expect(parseEpisode(serializeEpisode(renamed))).toEqual(renamed);
  });

  test('mergeTagsInto folds several tags into one', () => {
    const merged = mergeTagsInto(parseEpisode(file), ['ml', 'interview'], 'career');
    expect(merged.tags).toEqual(['career']);
    expect(episodeTags(merged)).toEqual(['career', 'career/pipelines']);
  });

  test('countTags counts episodes per tag', () => {
    const a = parseEpisode(file);
    const b = parseEpisode('---\ntitle: b\nstatus: draft\ntags: [ml]\n---\n#sql\n');
    expect(countTags([a, b])).toEqual([
      { tag: 'ml', count: 2 },
      { tag: 'interview', count: 1 },
      { tag: 'ml/pipelines', count: 1 },
      { tag: 'sql', count: 1 },
    ]);
  });
});
