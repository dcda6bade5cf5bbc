import { describe, expect, it } from 'vitest';
import { renderHtml, renderSegments } from '../../../../src/features/preview/preview-data';

describe('chart blocks in the preview', () => {
  it('cuts chart blocks out as their own segments, parsed, beside abtest blocks', () => {
    const segments = renderSegments('Before\n\n```chart\nshow: hours\nweeks: 4\n```\n\n```abtest\ncalculator: x\ninput: 1\n```\n\n```chart\nshow: nope\n```\n\nAfter\n');
    expect(segments.map((s) => s.type)).toEqual(['html', 'chart', 'abtest', 'chart', 'html']);
    expect(segments[1]).toMatchObject({ type: 'chart', source: 'show: hours\nweeks: 4\n', parsed: { show: 'hours', weeks: 4 } });
    expect(segments[3]).toMatchObject({ type: 'chart', parsed: { error: expect.stringContaining('"show: nope" is not a chart') } });
  });

  it('writes a placeholder for a chart in plain HTML, escaped', () => {
    expect(renderHtml('```chart\nshow: hours\ncertification: <AWS>\n```\n')).toBe('<p class="chart-placeholder">Chart: hours of &lt;AWS&gt;</p>');
  });

  it('leaves other code blocks as code', () => {
    expect(renderSegments('```js\nshow: hours\n```\n').map((s) => s.type)).toEqual(['html']);
  });
});
