import { describe, expect, it } from 'vitest';
import { blockInsertion, chartBlockText, extractChartBlocks, parseChartSource } from '../../../../src/domain/episode/chart-block';

describe('parseChartSource', () => {
  it.each([
    ['show: hours', { show: 'hours', weeks: 8 }],
    ['show: hours\nweeks: 12', { show: 'hours', weeks: 12 }],
    ['show: Burn-Up\ncertification: Google Cloud ML Engineer', { show: 'burn-up', weeks: 8, certification: 'Google Cloud ML Engineer' }],
    ['  show: accuracy  \n\n# a comment\n', { show: 'accuracy', weeks: 8 }],
    ['show: hours\ncertification: a: b', { show: 'hours', weeks: 8, certification: 'a: b' }],
    ['show: hours\nweeks: 1', { show: 'hours', weeks: 1 }],
    ['show: hours\nweeks: 52', { show: 'hours', weeks: 52 }],
    ['show: hours   # or burn-up\nweeks: 4 # a month', { show: 'hours', weeks: 4 }],
    ['show: hours\ncertification: C# for data', { show: 'hours', weeks: 8, certification: 'C# for data' }],
  ])('%j parses', (source, expected) => {
    expect(parseChartSource(source)).toEqual(expected);
  });

  it.each([
    ['', 'has no `show:`'],
    ['certification: X', 'has no `show:`'],
    ['show: pie', '"show: pie" is not a chart'],
    ['show hours', 'is not `key: value`'],
    ['show: hours\ncolour: red', '"colour" is not a chart setting'],
    ['show: hours\nshow: accuracy', '"show" is given twice'],
    ['show: hours\nweeks: 0', 'from 1 to 52'],
    ['show: hours\nweeks: 53', 'from 1 to 52'],
    ['show: hours\nweeks: 2.5', 'from 1 to 52'],
    ['show: burn-up\nweeks: 4', 'only applies to `show: hours`'],
    ['show: accuracy\ncertification: X', 'remove `certification:`'],
    ['show: hours\ncertification:', '`certification:` is empty'],
  ])('%j is refused with a message', (source, message) => {
    const parsed = parseChartSource(source);
    expect('error' in parsed && parsed.error).toContain(message);
  });
});

describe('extractChartBlocks', () => {
  it('finds chart blocks with their positions and leaves other code alone', () => {
    const text = 'Intro\n\n```chart\nshow: hours\n```\n\n```js\nshow: hours\n```\n\n```chart\nshow: nope\n```\n';
    const blocks = extractChartBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.parsed).toEqual({ show: 'hours', weeks: 8 });
    expect(text.slice(blocks[0]!.position.start.offset, blocks[0]!.position.end.offset)).toBe('```chart\nshow: hours\n```');
    expect(blocks[0]!.position.start.line).toBe(3);
    expect('error' in blocks[1]!.parsed).toBe(true);
    expect(text.slice(blocks[1]!.position.start.offset, blocks[1]!.position.end.offset)).toBe('```chart\nshow: nope\n```');
  });
});

describe('chartBlockText and blockInsertion', () => {
  it('writes a block that parses to the default chart', () => {
    const block = chartBlockText();
    expect(extractChartBlocks(block).map((b) => b.parsed)).toEqual([{ show: 'hours', weeks: 8 }]);
    expect(parseChartSource(chartBlockText('burn-up').split('\n').slice(1, -1).join('\n'))).toEqual({ show: 'burn-up', weeks: 8 });
  });
  it.each([
    ['', 0, 'B\n'],
    ['Text', 4, '\n\nB\n'],
    ['Text\n', 5, '\nB\n'],
    ['Text\n\n', 6, 'B\n'],
    ['Text\nMore', 5, '\nB\n\n'],
    ['Text\n\nMore', 6, 'B\n\n'],
    ['ab', 1, '\n\nB\n\n'],
  ])('in %j at %i inserts %j', (body, at, insert) => {
    expect(blockInsertion(body, at, 'B')).toEqual({ at, insert });
  });
});
