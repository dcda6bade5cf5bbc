// The two markdown parsers the domain uses. The AST is only read (to find headings, code, links
// and their positions); nothing here stringifies a user's text back out.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Processor } from 'unified';
import { unified } from 'unified';

// Full GFM + frontmatter: for tags (autolinks matter), abtest blocks and the outline. Frontmatter
// support lets callers pass a whole file without its `---` block turning into a setext heading.
const fullParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

// Inline constructs decide nothing about block structure (headings, lists, code, HTML blocks),
// and skipping them makes the import hot path about four times faster.
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelStartImage',
  'labelStartLink',
  'labelEnd',
];

function remarkBlocksOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: INLINE_CONSTRUCTS } });
}

// CommonMark blocks only: phrasing nodes come out as raw text (see plainText for headings).
const structureParser = unified().use(remarkParse).use(remarkBlocksOnly).freeze();

// micromark's GFM task-list extension fails an internal assertion on some text (e.g. an empty
// list item followed by a `[ ] x` line); such a document is read as CommonMark instead of crashing.
const commonMarkParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  try {
    return fullParser.parse(text);
  } catch {
    return commonMarkParser.parse(text);
  }
}

/** Block structure only: headings, lists, code, HTML blocks; their text is unparsed source. */
export function parseStructure(text: string): Root {
  return structureParser.parse(text);
}

/**
 * One line of inline markdown (a heading) to plain text, cheaply:
 * 'Project: **Churn** [model](x) `v2`' -> 'Project: Churn model v2'.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
