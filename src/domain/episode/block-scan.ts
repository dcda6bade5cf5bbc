// Top-level headings found two ways: from the markdown AST (the reference) and by a line scanner
// that understands the common shapes of a journal (paragraphs, lists, quotes, fences, ATX and
// setext headings) and gives up (undefined) on anything subtler, so the AST decides those. The
// scanner is ~50x faster than micromark; a property test holds it to the AST's answers.
import type { Html } from 'mdast';
import { parseStructure } from './markdown';
import { skeletonize } from './skeleton';
import type { SectionKind } from './types';
import { isSectionKind } from './types';

export interface TopLevelHeading {
  depth: number;
  /** 1-based first and last line (a setext heading spans its text and underline). */
  startLine: number;
  endLine: number;
  /** From a `<!-- kind: … -->` line right under a level-2 heading. */
  override?: SectionKind;
}

export interface BodyStructure {
  headings: TopLevelHeading[];
  startsWithH1: boolean;
}

// Kind ids are lower-case words joined by hyphens (see kind-registry.ts).
const KIND_COMMENT_RE = /^<!--\s*kind:\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\s*-->$/;

/** The id named by a `<!-- kind: … -->` line, known or not. */
export function kindCommentId(line: string): string | undefined {
  return KIND_COMMENT_RE.exec(line.trim())?.[1];
}

function overrideFrom(text: string | undefined): SectionKind | undefined {
  const kind = text === undefined ? undefined : kindCommentId(text);
  return isSectionKind(kind) ? kind : undefined;
}

/** The reference: micromark's block tree of the body's skeleton. */
export function structureFromAst(body: string): BodyStructure {
  const nodes = parseStructure(skeletonize(body)).children;
  const headings: TopLevelHeading[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading' || !node.position) return;
    const heading: TopLevelHeading = { depth: node.depth, startLine: node.position.start.line, endLine: node.position.end.line };
    const next = nodes[index + 1];
    if (node.depth === 2 && next?.type === 'html' && next.position && next.position.start.line === heading.endLine + 1 && next.position.end.line === next.position.start.line) {
      const override = overrideFrom((next as Html).value);
      if (override) heading.override = override;
    }
    headings.push(heading);
  });
  const first = nodes[0];
  return { headings, startsWithH1: first?.type === 'heading' && first.depth === 1 };
}

const ATX_RE = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const LIST_RE = /^( {0,3})([-+*]|(\d{1,9})[.)])(?:( +)(.*))?$/;
const QUOTE_RE = /^ {0,3}>/;
const THEMATIC_RE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_RE = /^ {0,3}(=+|-+)[ \t]*$/;
const DASHY_RE = /^ {0,3}[-*_][-*_ \t]*$/;
const COMMENT_LINE_RE = /^ {0,3}<!--.*-->[ \t]*$/;
const RISKY_RE = /^[ >]*\[[^\]]*\]:|^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*</;
const NESTED_RE = /^ {0,3}(?:>|[-+*](?= |$)|\d{1,9}[.)](?= |$))/;
const KIND_LINE_RE = /^ {0,3}(<!--.*-->)[ \t]*$/;

const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;
const hasFence = (text: string): boolean => text.includes('```') || text.includes('~~~');

/** Would this line continue a paragraph (rather than start another block)? */
function isParagraphText(text: string): boolean {
  if (indentOf(text) >= 4) return true; // indented code cannot interrupt a paragraph
  const line = text.replace(/^ {0,3}/, '');
  return line !== '' && !ATX_RE.test(line) && !FENCE_RE.test(line) && !THEMATIC_RE.test(line) && !QUOTE_RE.test(line) && !LIST_RE.test(line) && !line.startsWith('<');
}

/** Does the content of a quote or list line (inside nested markers) end in paragraph text? */
function endsInParagraph(content: string): boolean {
  return isParagraphText(content.replace(/^(?: {0,3}(?:>|[-+*](?= |$)|\d{1,9}[.)](?= |$)) ?)*/, ''));
}

/** Does the line (inside nested quote and list markers) end in an empty list item, e.g. `> - `? */
function endsInEmptyItem(content: string): boolean {
  return /^[ >]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(?:[-+*]|\d{1,9}[.)])[ \t]*$/.test(content);
}

/** The fast path; undefined means "ask the AST". */
export function scanStructure(body: string): BodyStructure | undefined {
  if (/\r(?!\n)/.test(body)) return undefined;
  const lines = body.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const headings: TopLevelHeading[] = [];
  let container: { kind: 'list'; contentIndent: number } | { kind: 'quote' } | undefined;
  let paragraph: 'none' | 'top' | 'inner' = 'none';
  let paragraphStart = 0;
  let fence: { marker: string } | undefined;
  let previousBlank = true;
  let afterIndentedCode = false;
  let nestedParagraph = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    if (fence) {
      const close = FENCE_RE.exec(line);
      if (close?.[1]?.startsWith(fence.marker) && close[2]?.trim() === '' && close[1][0] === fence.marker[0]) fence = undefined;
      continue;
    }
    if (line.slice(0, 24).includes('\t') || (RISKY_RE.test(line) && !COMMENT_LINE_RE.test(line))) return undefined;
    if (line.trim() === '') {
      paragraph = 'none';
      if (container?.kind === 'quote') container = undefined;
      previousBlank = true;
      continue;
    }
    const blank = previousBlank;
    previousBlank = false;
    const codeAbove = afterIndentedCode; // blank lines do not end indented code
    afterIndentedCode = false;
    const indent = indentOf(line);
    // '===' can be lazy text (it underlines nothing in a container); a dash line cannot.
    const lazy = !blank && paragraph === 'inner' && isParagraphText(line) && !DASHY_RE.test(line);
    if (container?.kind === 'list') {
      if (indent >= container.contentIndent) {
        const content = line.slice(container.contentIndent);
        if (hasFence(content) || (indent >= container.contentIndent + 4 && (blank || paragraph !== 'inner'))) return undefined;
        // An empty item, or one numbered other than 1, cannot interrupt the item's paragraph: it is
        // text of that paragraph, and what follows depends on it. Let the AST decide.
        // An empty item nested in the item (e.g. `> - `): what follows it is subtle. Let the AST decide.
        if (endsInEmptyItem(content)) return undefined;
        const innerItem = LIST_RE.exec(content);
        if (innerItem && paragraph === 'inner' && !blank && ((innerItem[5] ?? '').trim() === '' || (innerItem[3] !== undefined && innerItem[3] !== '1'))) return undefined;
        // A nested item whose text starts 5+ spaces after its marker opens with indented code.
        if (innerItem && (innerItem[4]?.length ?? 0) > 4) return undefined;
        const underline: boolean = paragraph === 'inner' && !blank && SETEXT_RE.test(content);
        // Under a nested quote or list the underline may be lazy text: let the AST decide.
        if (underline && nestedParagraph) return undefined;
        // A line continuing a paragraph that sits in a nested quote or list keeps it nested.
        const continuesNested: boolean = nestedParagraph && paragraph === 'inner' && !blank && isParagraphText(content);
        // Otherwise it ends the item's paragraph as a heading inside the item.
        paragraph = !underline && endsInParagraph(content) ? 'inner' : 'none';
        nestedParagraph = NESTED_RE.test(content) || continuesNested;
        continue;
      }
      if (lazy) continue;
      if (DASHY_RE.test(line) && !THEMATIC_RE.test(line)) return undefined;
      const other = LIST_RE.exec(line);
      if (other && !blank && paragraph === 'inner' && (other[5] ?? '').trim() === '') return undefined;
      container = undefined;
    } else if (container?.kind === 'quote') {
      if (QUOTE_RE.test(line)) {
        const content = line.replace(/^(?: {0,3}> ?)+/, '');
        if (hasFence(content) || SETEXT_RE.test(content) || endsInEmptyItem(content)) return undefined;
        paragraph = endsInParagraph(content) ? 'inner' : 'none';
        continue;
      }
      if (lazy) continue;
      if (DASHY_RE.test(line) && !THEMATIC_RE.test(line)) return undefined;
      container = undefined;
    }
    if (paragraph === 'inner') paragraph = 'none';
    const atx = ATX_RE.exec(line);
    if (atx) {
      headings.push({ depth: atx[1]?.length ?? 1, startLine: lineNumber, endLine: lineNumber });
      paragraph = 'none';
      continue;
    }
    const setext = SETEXT_RE.exec(line);
    if (setext && paragraph === 'top') {
      headings.push({ depth: setext[1]?.startsWith('=') ? 1 : 2, startLine: paragraphStart, endLine: lineNumber });
      paragraph = 'none';
      continue;
    }
    if (THEMATIC_RE.test(line)) {
      paragraph = 'none';
      continue;
    }
    if (DASHY_RE.test(line)) return undefined;
    if (QUOTE_RE.test(line)) {
      const content = line.replace(/^(?: {0,3}> ?)+/, '');
      if (hasFence(content) || SETEXT_RE.test(content) || endsInEmptyItem(content)) return undefined;
      container = { kind: 'quote' };
      paragraph = endsInParagraph(content) ? 'inner' : 'none';
      continue;
    }
    const fenceOpen = FENCE_RE.exec(line);
    if (fenceOpen) {
      if (fenceOpen[1]?.startsWith('`') && fenceOpen[2]?.includes('`')) return undefined;
      fence = { marker: fenceOpen[1] ?? '```' };
      paragraph = 'none';
      continue;
    }
    if (COMMENT_LINE_RE.test(line)) {
      paragraph = 'none';
      continue;
    }
    const item = LIST_RE.exec(line);
    if (item && indent < 4) {
      const content = item[5] ?? '';
      const empty = content.trim() === '';
      const cannotInterrupt = empty || (item[3] !== undefined && item[3] !== '1');
      if (paragraph === 'top' && cannotInterrupt) continue;
      // Right under indented code, micromark's answer depends on what closed before it.
      if (codeAbove && cannotInterrupt) return undefined;
      const spaces = item[4]?.length ?? 0;
      const markerEnd = (item[1]?.length ?? 0) + (item[2]?.length ?? 0);
      if (empty || spaces > 4 || hasFence(content)) return undefined;
      container = { kind: 'list', contentIndent: markerEnd + spaces };
      paragraph = endsInParagraph(content) ? 'inner' : 'none';
      nestedParagraph = NESTED_RE.test(content);
      continue;
    }
    if (indent >= 4 && paragraph !== 'top') {
      afterIndentedCode = true;
      continue;
    }
    if (paragraph !== 'top') {
      paragraph = 'top';
      paragraphStart = lineNumber;
    }
  }
  for (const heading of headings) {
    if (heading.depth !== 2) continue;
    const override = overrideFrom(KIND_LINE_RE.exec(lines[heading.endLine] ?? '')?.[1]);
    if (override) heading.override = override;
  }
  const firstContent = lines.findIndex((line) => line.trim() !== '') + 1;
  const first = headings[0];
  return { headings, startsWithH1: first !== undefined && first.depth === 1 && first.startLine === firstContent };
}

export function bodyStructure(body: string): BodyStructure {
  return scanStructure(body) ?? structureFromAst(body);
}
