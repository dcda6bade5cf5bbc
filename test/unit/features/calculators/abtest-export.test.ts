// A saved calculation exports as what the app shows: a table of inputs and results and the
// verdict, in the blog markdown and in the HTML page, not the block's YAML.
import type { Heading, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseEpisode, toBlogMarkdown } from '../../../../src/domain/episode';
import { parseMarkdown } from '../../../../src/domain/episode/markdown';
import { renderHtml } from '../../../../src/features/preview/preview-data';
import { abtestMarkdown } from '../../../../src/features/calculators/abtest-export';

const block = '```abtest\ncalculator: two-proportion-z-test\ninput:\n  control: { visitors: 10000, conversions: 500 }\n  treatment: { visitors: 10000, conversions: 560 }\n  alpha: 0.05\n  alternative: two-sided\n```';
const draft = parseEpisode(`---\ntitle: "Episode 5: Checkout test"\n---\n## Project Log\nThe checkout test finished.\n\n${block}\n\nNext week: the follow-up.\n`);

const tables = (root: Root) => root.children.filter((n): n is Table => n.type === 'table');
const rows = (table: Table) => table.children.slice(1).map((row) => row.children.map((c) => toString(c)));

describe('a saved calculation in the exports', () => {
  it('is a table of inputs and one of results, then the verdict, in the blog markdown', () => {
    const blog = toBlogMarkdown(draft, { abtest: abtestMarkdown });
    expect(blog).not.toContain('calculator: two-proportion-z-test');
    const root = parseMarkdown(blog);
    const [inputs, results] = tables(root);
    expect(rows(inputs!)).toEqual([
      ['Control (A)', '10,000 visitors, 500 conversions'],
      ['Treatment (B)', '10,000 visitors, 560 conversions'],
      ['Significance level', '0.05'],
      ['Alternative hypothesis', 'two-sided'],
    ]);
    const result = Object.fromEntries(rows(results!).map(([label, value]) => [label, value]));
    // R: r <- prop.test(c(500, 560), c(10000, 10000), correct = FALSE); sqrt(r$statistic) = 1.893752976, r$p.value = 0.05825780603
    expect(result.z).toBe('1.894');
    expect(result['p-value']).toBe('0.0583');
    const verdict = root.children.find((n) => n.type === 'paragraph' && toString(n).startsWith('Verdict:'));
    expect(toString(verdict!)).toMatch(/^Verdict: No significant difference \(p = 0\.0583/);
    // What surrounded the block stays where it was.
    expect(root.children.map((n) => (n.type === 'heading' ? `h${(n as Heading).depth}` : n.type))).toEqual(['h1', 'h2', 'paragraph', 'paragraph', 'table', 'table', 'paragraph', 'paragraph']);
  });

  it('renders as HTML tables in the web page, with no placeholder', () => {
    const html = renderHtml(toBlogMarkdown(draft, { abtest: abtestMarkdown }));
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<td>10,000 visitors, 500 conversions</td>');
    expect(html).not.toContain('A/B calculation:');
  });

  it('keeps a block it cannot compute as it was', () => {
    const broken = '```abtest\ncalculator: nope\ninput: {}\n```\n';
    expect(toBlogMarkdown({ title: '', body: broken }, { abtest: abtestMarkdown })).toBe(broken);
  });

  it('keeps an indented block inside its list item', () => {
    const body = `- The test:\n\n  ${block.split('\n').join('\n  ')}\n`;
    const root = parseMarkdown(toBlogMarkdown({ title: '', body }, { abtest: abtestMarkdown }));
    expect(root.children).toHaveLength(1);
    expect(root.children[0]?.type).toBe('list');
    expect(toString(root.children[0]!)).toContain('10,000 visitors, 560 conversions');
  });
});
