// Markdown to sanitized HTML for the preview, the Sections view and the HTML export. Every byte of
// HTML that reaches the page has passed rehype-sanitize; ```abtest blocks are cut out as their own
// segments so a React card (from the abtest card registry) can render them.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { AbtestParsed, ChartParsed } from '../../domain/episode';
import { parseAbtestSource, parseChartSource } from '../../domain/episode';

export type PreviewSegment =
  | { type: 'html'; key: string; html: string }
  | { type: 'abtest'; key: string; source: string; parsed: AbtestParsed }
  | { type: 'chart'; key: string; source: string; parsed: ChartParsed };

/**
 * rehype-sanitize prefixes every id with `user-content-` (so a document cannot clobber the page's
 * own ids) but leaves `#…` links alone; this points each in-page link at its prefixed target, so
 * footnotes and their back-links work in the preview and in an exported page, without a script.
 */
function linkToPrefixedIds() {
  const prefix = 'user-content-';
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    const walk = (node: Root | ElementContent) => {
      if (node.type === 'element') {
        if (typeof node.properties.id === 'string') ids.add(node.properties.id);
        if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
      }
      if ('children' in node) for (const child of node.children) walk(child as ElementContent);
    };
    walk(tree);
    for (const link of links) {
      const target = (link.properties.href as string).slice(1);
      if (!ids.has(target) && ids.has(prefix + target)) link.properties.href = `#${prefix}${target}`;
    }
  };
}

// remark-rehype's own id prefix is turned off: rehype-sanitize adds the one prefix ids get.
const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { clobberPrefix: '' }).use(rehypeSanitize).use(linkToPrefixedIds);
const toHtml = unified().use(rehypeStringify);

// Without GFM: for text that trips micromark's task-list extension (an empty list item followed by
// a `[ ] x` line fails an internal assertion), so the preview still shows it instead of crashing.
const toHastCommonMark = unified().use(remarkParse).use(remarkRehype, { clobberPrefix: '' }).use(rehypeSanitize).use(linkToPrefixedIds);

function sanitizedTree(markdown: string): Root {
  try {
    return toHast.runSync(toHast.parse(markdown)) as Root;
  } catch {
    return toHastCommonMark.runSync(toHastCommonMark.parse(markdown)) as Root;
  }
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** A top-level ```abtest or ```chart block: its kind and text. */
function cardBlock(node: RootContent): { type: 'abtest' | 'chart'; source: string } | undefined {
  if (node.type !== 'element' || node.tagName !== 'pre') return undefined;
  const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const classes = code?.properties.className;
  if (!code || !Array.isArray(classes)) return undefined;
  if (classes.includes('language-abtest')) return { type: 'abtest', source: textOf(code) };
  if (classes.includes('language-chart')) return { type: 'chart', source: textOf(code) };
  return undefined;
}

export interface RenderOptions {
  /**
   * The preview's images: a relative `src` (a file of the journal) becomes `data-attachment`, so the
   * page shows the stored file through a blob: URL instead of asking the app's origin for it.
   */
  attachmentPlaceholders?: boolean;
  /**
   * Where a link (`a`) or an image (`img`) of the exported page points instead: a new address, or
   * null to keep a link's text without the link (an image without an address is dropped).
   */
  rewriteAddress?(address: string, element: 'a' | 'img'): string | null;
}

/** Applies `rewrite` to every link and image of a sanitized tree, in place. */
function rewriteAddresses(tree: Root, rewrite: NonNullable<RenderOptions['rewriteAddress']>): void {
  const visit = (parent: Root | Element) => {
    const out: (typeof parent.children)[number][] = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      const key = child.tagName === 'a' ? 'href' : child.tagName === 'img' ? 'src' : undefined;
      const address = key ? child.properties[key] : undefined;
      if (key && typeof address === 'string' && !address.startsWith('#')) {
        const next = rewrite(address, child.tagName as 'a' | 'img');
        if (next === null) {
          if (child.tagName === 'a') {
            visit(child);
            out.push(...child.children);
          }
          continue;
        }
        child.properties[key] = next;
      }
      visit(child);
      out.push(child);
    }
    parent.children = out as typeof parent.children;
  };
  visit(tree);
}

const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/\/|#)/i;

function markAttachments(tree: Root): void {
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const src = child.properties.src;
      if (child.tagName === 'img' && typeof src === 'string' && RELATIVE.test(src.trim()) && src.trim() !== '') {
        child.properties.dataAttachment = src;
        delete child.properties.src;
      }
      visit(child);
    }
  };
  visit(tree);
}

/** The preview as sanitized HTML chunks, abtest blocks and chart blocks, in document order. */
export function renderSegments(markdown: string, options: RenderOptions = {}): PreviewSegment[] {
  const tree = sanitizedTree(markdown);
  if (options.rewriteAddress) rewriteAddresses(tree, options.rewriteAddress);
  if (options.attachmentPlaceholders) markAttachments(tree);
  const segments: PreviewSegment[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    if (pending.some((n) => n.type !== 'text' || n.value.trim() !== '')) {
      segments.push({ type: 'html', key: `h${segments.length}`, html: toHtml.stringify({ type: 'root', children: pending }) });
    }
    pending = [];
  };
  for (const node of tree.children) {
    const block = cardBlock(node);
    if (block === undefined) {
      pending.push(node);
      continue;
    }
    flush();
    const { source } = block;
    segments.push(
      block.type === 'abtest'
        ? { type: 'abtest', key: `a${segments.length}`, source, parsed: parseAbtestSource(source) }
        : { type: 'chart', key: `c${segments.length}`, source, parsed: parseChartSource(source) },
    );
  }
  flush();
  return segments;
}

/** A label for an abtest block where no live card is registered (and in exported HTML). */
export function abtestLabel(parsed: AbtestParsed): string {
  return 'error' in parsed ? `A/B calculation: ${parsed.error}` : `A/B calculation: ${parsed.calculator}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A label for a chart block not drawn (an export drew it as an image before; see renderChartBlocksForExport). */
export function chartLabel(parsed: ChartParsed): string {
  return 'error' in parsed ? `Chart: ${parsed.error}` : `Chart: ${parsed.show}${parsed.certification ? ` of ${parsed.certification}` : ''}`;
}

/** One sanitized HTML string (for export): abtest and chart blocks become a short placeholder paragraph. */
export function renderHtml(markdown: string, options: RenderOptions = {}): string {
  return renderSegments(markdown, options)
    .map((segment) =>
      segment.type === 'html'
        ? segment.html
        : segment.type === 'abtest'
          ? `<p class="abtest-placeholder">${escapeHtml(abtestLabel(segment.parsed))}</p>`
          : `<p class="chart-placeholder">${escapeHtml(chartLabel(segment.parsed))}</p>`,
    )
    .join('\n');
}
