import { describe, expect, it } from 'vitest';
import { svgProblem, sniffAttachment } from '../../../../src/domain/attachments';
import { barChartSvg, escapeXml, lineChartSvg, niceScale } from '../../../../src/domain/charts';
import { xmlProblem } from './svg-check';

const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;

const bars = (values: number[]) => values.map((value, i) => ({ label: `W${i + 1}`, value }));
const hours = (values: number[], title = 'Hours') => barChartSvg({ title, description: 'desc', bars: bars(values), xTitle: 'Week', yTitle: 'Hours', unit: ' h' });

describe('the xml check itself', () => {
  it.each([
    ['<svg><g></svg>', 'closes the wrong element'],
    ['<svg><text>a < b</text></svg>', 'malformed tag'],
    ['<svg><text>R&D</text></svg>', 'bare &'],
    ['<svg><g>', 'unclosed'],
    ['<svg x=1></svg>', 'malformed tag'],
  ])('catches %s', (xml, problem) => {
    expect(xmlProblem(xml)).toContain(problem);
  });
  it('passes a well-formed document', () => expect(xmlProblem('<svg a="1"><g><rect/></g><text>a &amp; b</text></svg>')).toBeNull());
});

describe('barChartSvg', () => {
  it.each([[[3.5, 4, 0, 2]], [[1]], [[]], [Array.from({ length: 52 }, (_, i) => i % 5)]])('draws one bar per value (%j) in a well-formed, safe SVG', (values) => {
    const svg = hours(values);
    expect(count(svg, /<rect class="bar"/g)).toBe(values.length);
    expect(xmlProblem(svg)).toBeNull();
    expect(svgProblem(svg)).toBeNull();
    expect(sniffAttachment(new TextEncoder().encode(svg))).toBe('svg');
  });

  it('escapes every label, the title and the description', () => {
    const svg = barChartSvg({ title: 'A <b> & "c"', description: "it's <script>", bars: [{ label: '<&>', value: 2 }], xTitle: 'x & y', yTitle: '<y>', unit: ' h' });
    expect(xmlProblem(svg)).toBeNull();
    expect(svgProblem(svg)).toBeNull();
    expect(svg).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(svg).toContain('<desc>it&apos;s &lt;script&gt;</desc>');
    expect(svg).not.toContain('<&>');
    expect(svg).not.toContain('<b>');
  });

  it('has a fixed viewBox, role img, and no external references or scripts', () => {
    const svg = hours([1, 2]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 280"/);
    expect(svg).toContain('role="img"');
    expect(svg).not.toMatch(/href|<script|url\(/);
  });

  it('draws horizontal bars to scale: 50% of 100 is half the plot width', () => {
    const svg = barChartSvg({ title: 'Accuracy', description: 'd', bars: [{ label: 'Bayes', value: 50 }, { label: 'Power', value: 100 }], xTitle: 'Right', yTitle: 'Topic', unit: '%', max: 100, orientation: 'horizontal' });
    const widths = [...svg.matchAll(/<rect class="bar"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // The plot runs from x = 200 to 640 - 56 = 584: 384 wide.
    expect(widths).toEqual([192, 384]);
    expect(xmlProblem(svg)).toBeNull();
  });
});

describe('lineChartSvg', () => {
  it('draws a point per value of the main series and a dashed reference line', () => {
    const svg = lineChartSvg({ title: 'Burn-up <x>', description: 'd', xLabels: ['1 Nov', '8 Nov', '15 Nov'], series: [{ name: 'Done', values: [0, 4, 9] }, { name: 'Total', values: [20, 20, 20], reference: true }], xTitle: 'Date', yTitle: 'Hours', unit: ' h' });
    expect(count(svg, /<circle class="point"/g)).toBe(3);
    expect(count(svg, /<polyline class="series"/g)).toBe(2);
    expect(svg).toContain('stroke-dasharray');
    expect(xmlProblem(svg)).toBeNull();
    expect(svgProblem(svg)).toBeNull();
  });
});

describe('niceScale and escapeXml', () => {
  it.each([
    [31, { max: 40, step: 10 }],
    [4, { max: 4, step: 1 }],
    [9, { max: 10, step: 2.5 }],
    [0, { max: 1, step: 0.25 }],
  ])('niceScale(%d)', (max, expected) => expect(niceScale(max)).toEqual(expected));
  it('escapes the five XML characters', () => expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;'));
});
