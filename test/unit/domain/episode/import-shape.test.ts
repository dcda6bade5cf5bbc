// Plain text keeps its shape once imported: checked on the markdown AST (which block holds which
// sentence), the way a renderer and both exports read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, List, ListItem, Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { importText, toBlogMarkdown } from '../../../../src/domain/episode';
import { parseMarkdown } from '../../../../src/domain/episode/markdown';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../../fixtures/episodes', name), 'utf8');

interface Found {
  /** The block (paragraph or heading) holding the text, and its ancestors from the root down. */
  block: Nodes;
  ancestors: Parent[];
}

/** The innermost paragraph or heading whose text contains `snippet`. */
function blockOf(root: Root, snippet: string): Found {
  let found: Found | undefined;
  const walk = (node: Nodes, ancestors: Parent[]) => {
    if ((node.type === 'paragraph' || node.type === 'heading') && toString(node).includes(snippet)) {
      found ??= { block: node, ancestors };
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, [...ancestors, node as Parent]);
  };
  walk(root, []);
  if (!found) throw new Error(`No block holds “${snippet}”`);
  return found;
}

const types = (found: Found) => [...found.ancestors.map((a) => a.type), found.block.type];
const textOf = (found: Found) => toString(found.block);

describe('a plain-text post keeps its shape', () => {
  const draft = importText(fixture('blog-plain-lines.txt'));
  const root = parseMarkdown(draft.body);

  test('sections come from the bare-line headings', () => {
    expect(draft.sections.map((s) => s.heading)).toEqual([
      'Weekly Highlights',
      'Machine Learning Course',
      'Multi-touch Attribution Model',
      'Interview Prep',
      'People who inspired me',
    ]);
  });

  test('every line that is not a list item is a block of its own', () => {
    const first = blockOf(root, 'I finished the module');
    const second = blockOf(root, 'The labs on feature importance');
    expect(types(first)).toEqual(['root', 'paragraph']);
    expect(types(second)).toEqual(['root', 'paragraph']);
    expect(first.block).not.toBe(second.block);
    expect(textOf(second)).toBe('The labs on feature importance took most of Saturday.');
  });

  test.each(['Initial Attempts with Cloud Composer and Airflow:', 'The Pivot to Docker:', 'Key Takeaways:'])('“%s” is a sub-heading or bold lead-in of its own, not glued to its neighbours', (line) => {
    const found = blockOf(root, line);
    expect(textOf(found)).toBe(line);
    expect(found.ancestors.map((a) => a.type)).toEqual(['root']);
    const block = found.block;
    const isSubHeading = block.type === 'heading' && (block as Heading).depth >= 3;
    const isLeadIn = block.type === 'paragraph' && block.children.length === 1 && block.children[0]?.type === 'strong';
    expect(isSubHeading || isLeadIn).toBe(true);
  });

  test('a paragraph after a bullet list is not part of the last bullet', () => {
    expect(types(blockOf(root, 'Debugging meant reading logs'))).toEqual(['root', 'list', 'listItem', 'paragraph']);
    expect(types(blockOf(root, 'I packaged the job in a container'))).toEqual(['root', 'paragraph']);
  });

  test('each numbered takeaway holds its title and, as a block of its own, its explanation', () => {
    const title = blockOf(root, 'Start with the simplest scheduler');
    const list = title.ancestors.find((a): a is List => a.type === 'list')!;
    expect(list.ordered).toBe(true);
    const items = list.children as ListItem[];
    expect(items.map((item) => item.children.map((child) => toString(child)))).toEqual([
      ['Start with the simplest scheduler', 'A cron job you understand beats a platform you are still learning.'],
      ['Containers make runs repeatable', "The image pins every library, so Tuesday's run matches Monday's."],
      ['Measure the cost per run', 'Twenty minutes of cluster time adds up faster than you think.'],
      ['Log to one place', 'One log file saved me an hour of clicking through consoles.'],
      ['Keep the model and the plumbing apart', 'The attribution logic did not change when the scheduler did.'],
    ]);
  });

  test('“In summary” after the last takeaway and the sign-off after the last bullet stand on their own', () => {
    const summary = blockOf(root, 'In summary');
    expect(types(summary)).toEqual(['root', 'paragraph']);
    expect(textOf(summary)).toBe('In summary, the simpler setup was cheaper, faster and easier to explain to my team.');
    const signOff = blockOf(root, 'Thanks for reading');
    expect(types(signOff)).toEqual(['root', 'paragraph']);
    expect(types(blockOf(root, 'The Data Engineering Podcast'))).toEqual(['root', 'list', 'listItem', 'paragraph']);
    expect(textOf(blockOf(root, 'The Data Engineering Podcast'))).toBe('The Data Engineering Podcast episode on boring technology');
  });

  test('the blog export reads the same way', () => {
    const blog = parseMarkdown(toBlogMarkdown(draft));
    expect(types(blockOf(blog, 'In summary'))).toEqual(['root', 'paragraph']);
    expect(types(blockOf(blog, 'Thanks for reading'))).toEqual(['root', 'paragraph']);
    expect(types(blockOf(blog, 'The Pivot to Docker:'))[0]).toBe('root');
  });
});

describe('the shapes one at a time', () => {
  const bodyTree = (text: string) => parseMarkdown(importText(`Title\n\n${text}`).body);

  test('bullets with an explanation line each keep it inside the item; a line after the last one that the others do not share stays out', () => {
    const root = bodyTree('Intro line here.\n- First tip\nWhy it helps.\n- Second tip\nWhy this one helps.\n- Third tip\nWhy the last helps.\nClosing words.');
    expect(types(blockOf(root, 'Why the last helps.'))).toEqual(['root', 'list', 'listItem', 'paragraph']);
    expect(types(blockOf(root, 'Closing words.'))).toEqual(['root', 'paragraph']);
    expect(types(blockOf(root, 'Intro line here.'))).toEqual(['root', 'paragraph']);
  });

  test('a list with no explanation lines takes none after its last item', () => {
    const root = bodyTree('- one thing\n- another thing\nA closing sentence.');
    expect(types(blockOf(root, 'A closing sentence.'))).toEqual(['root', 'paragraph']);
  });

  test('a numbered list after a sentence is a list, not part of the sentence', () => {
    const root = bodyTree('Three things surprised me:\n2. The middle deciles\n3. The top decile');
    expect(types(blockOf(root, 'The middle deciles'))).toEqual(['root', 'list', 'listItem', 'paragraph']);
  });
});
