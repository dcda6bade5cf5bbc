import { describe, expect, it } from 'vitest';
import { weeklyHighlightsList } from '../../../../src/domain/episode';
import {
  addTags,
  bodyStats,
  highlightsInsertOffset,
  minimalChange,
  outlineWithKinds,
  parseNumberInput,
  statsText,
} from '../../../../src/features/editor/editor-data';
import { parseWeekInput, weekInputValue } from '../../../../src/domain/week';
import { abtestLabel, renderHtml, renderSegments } from '../../../../src/features/preview/preview-data';

describe('footnotes in the preview and the HTML export', () => {
  it('link each reference to its note and back, by ids that exist (prefixed once by the sanitizer)', () => {
    const html = renderHtml('Text with a note.[^1]\n\n[^1]: The note.\n');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['user-content-fn-1', 'user-content-fnref-1']);
    for (const target of targets) expect(ids).toContain(target);
    expect(html).not.toContain('user-content-user-content');
  });
});

describe('week and number inputs', () => {
  it.each([
    ['2026-W47', { weekOf: '2026-11-16' }],
    [' 2026-W01 ', { weekOf: '2025-12-29' }],
    ['', { weekOf: undefined }],
    ['2026-W54', 'error'],
    ['2025-W53', 'error'],
    ['2026-W7', 'error'],
    ['2026-47', 'error'],
  ])('%j', (text, expected) => {
    const result = parseWeekInput(text);
    if (expected === 'error') expect(result).toHaveProperty('error');
    else expect(result).toEqual(expected);
  });
  it('shows a stored Monday as an ISO week', () => expect(weekInputValue('2026-11-16')).toBe('2026-W47'));
  it.each([
    ['12', { number: 12 }],
    ['', { number: undefined }],
    ['1.5', 'error'],
    ['-3', 'error'],
  ])('number %j', (text, expected) => {
    const result = parseNumberInput(text);
    if (expected === 'error') expect(result).toHaveProperty('error');
    else expect(result).toEqual(expected);
  });
});

describe('addTags', () => {
  it.each([
    [[], 'ML Ops', ['ml-ops']],
    [[], 'a, b c', ['a', 'b-c']],
    [[], 'ML-Ops, #Interview', ['ml-ops', 'interview']],
    [['mlops'], '#MLOps', ['mlops']],
    [[], 'Cloud/ML_Tuning', ['cloud/ml-tuning']],
    [['a'], '  ', ['a']],
    // Space-separated hashtags are separate tags, as a hashtag ends at a space.
    [[], '#mlops #airflow', ['mlops', 'airflow']],
    [[], '#mlops   #airflow, data eng', ['mlops', 'airflow', 'data-eng']],
    [[], '#ml/ops #ab-testing', ['ml/ops', 'ab-testing']],
  ])('%j + %j', (tags, typed, expected) => expect(addTags(tags, typed)).toEqual(expected));
});

describe('outline, stats and highlights', () => {
  const body = 'Intro #tag\n\n## Weekly Highlights\n\n## Side quest\n<!-- kind: project -->\nBuilt a thing.\n\n### Detail\n\n## People\n- Ana\n';
  it('marks ## headings with their section index and kind', () => {
    expect(outlineWithKinds(body)).toEqual([
      { depth: 2, text: 'Weekly Highlights', line: 3, section: { index: 0, kind: 'highlights', overridden: false } },
      { depth: 2, text: 'Side quest', line: 5, section: { index: 1, kind: 'project', overridden: true } },
      { depth: 3, text: 'Detail', line: 9 },
      { depth: 2, text: 'People', line: 11, section: { index: 2, kind: 'inspiration', overridden: false } },
    ]);
  });
  it('inserts the highlights list right under the highlights heading', () => {
    const at = highlightsInsertOffset(body);
    expect(body.slice(0, at)).toBe('Intro #tag\n\n## Weekly Highlights\n');
    expect(highlightsInsertOffset('No sections')).toBe(0);
    expect(weeklyHighlightsList([{ heading: 'Side quest', kind: 'project', markdown: '' }])).toBe('- Side quest\n');
  });
  it('counts words and reading time', () => {
    expect(statsText(bodyStats('one two three'))).toBe('3 words · 1 min read');
    expect(statsText(bodyStats(''))).toBe('0 words · 0 min read');
  });
});

describe('preview rendering', () => {
  it('renders GFM tables and task lists', () => {
    const html = renderHtml('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
  });
  it('strips scripts, event handlers and javascript: links', () => {
    const html = renderHtml('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))\n');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
  it('cuts abtest blocks out as their own segments', () => {
    const segments = renderSegments('Before\n\n```abtest\ncalculator: two-proportion-z-test\ninput: { a: 1 }\n```\n\nAfter\n');
    expect(segments.map((s) => s.type)).toEqual(['html', 'abtest', 'html']);
    const abtest = segments[1]!;
    expect(abtest.type === 'abtest' && abtestLabel(abtest.parsed)).toBe('A/B calculation: two-proportion-z-test');
    expect(renderHtml('```abtest\nnot: valid\n```\n')).toContain('abtest-placeholder');
  });
  it('leaves kind comments out of the preview', () => {
    expect(renderHtml('## X\n<!-- kind: project -->\ntext\n')).not.toContain('kind:');
  });
});

describe('minimalChange', () => {
  it.each([
    ['abc', 'abc', null],
    ['## A\ntext\n', '## A\n<!-- kind: project -->\ntext\n', { from: 5, to: 5, insert: '<!-- kind: project -->\n' }],
    ['hello world', 'hello brave world', { from: 6, to: 6, insert: 'brave ' }],
    ['aaa', 'a', { from: 1, to: 3, insert: '' }],
    ['', 'new', { from: 0, to: 0, insert: 'new' }],
  ])('%j -> %j', (before, after, expected) => {
    const change = minimalChange(before, after);
    expect(change).toEqual(expected);
    if (change) expect(before.slice(0, change.from) + change.insert + before.slice(change.to)).toBe(after);
  });
});
