// Inline `#tags` without a markdown parse. The AST path (inline.ts) runs TAG_RE over the source
// of every text node; this scanner reproduces that for bodies made of shapes it fully
// understands (paragraphs, ATX headings, lists, block quotes, fenced code at the margin, code
// spans, inline links and images, autolinks, GFM bare URLs, emphasis, escapes, entities) and
// answers undefined ("ask the AST") for anything subtler: raw HTML, link reference definitions,
// footnote definitions, tables, indented code, tabs in indentation, fences inside containers,
// frontmatter, unclosed code spans, brackets it cannot pair, and text in which remark-gfm's
// autolink transform could fire (that transform drops the positions of the text it splits).
// A property test (test/unit/domain/tags/tag-scan.property.test.ts) holds it to the AST.
import type { InlineTag } from './tag-text';
import { TAG_RE, tagOf } from './tag-text';

const FENCE_OPEN_RE = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const FENCE_START_RE = /^(?:```|~~~)/;
const ATX_RE = /^#{1,6}(?:[ \t]|$)/;
const LIST_MARKER_RE = /([-+*]|(\d{1,9})[.)])( *)/y;
const THEMATIC_RE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const UNDERLINE_RE = /^(?:=+|-+)[ \t]*$/;
const TAB_INDENT_RE = /^[ >\-+*\d.)#]*\t/;
const DELIMITER_ROW_RE = /^[ \t>*+\-\d.):|]*-[ \t>*+\-\d.):|]*$/;
const HASH_SITE_RE = /#(?=[\p{L}\p{N}_])/gu;
const ASCII_PUNCT_RE = /[!-/:-@[-`{-~]/;
const ASCII_ALPHA_RE = /[A-Za-z]/;
const WORDISH_RE = /[\p{L}\p{N}\p{M}]/u;
const WHITESPACE_RE = /\s/;
const PUNCT_RE = /[\p{P}\p{S}]/u;
// eslint-disable-next-line no-control-regex -- CommonMark excludes ASCII controls from autolinks
const AUTOLINK_RE = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20<>\x7f]*>/y;
// `[text](dest "title")` with nothing in it that could pair differently (brackets, code, HTML,
// escapes, a footnote caret); anything else that ends in `](` makes the scan give up.
// eslint-disable-next-line no-control-regex -- and from link destinations
const LINK_RE = /\[(?!\^)[^[\]\\`<\n]*\]\( *[^\s()<>\\`\x00-\x1f]*(?: +(?:"[^"\\\n]*"|'[^'\\\n]*'))? *\)/y;
// Where the inline pass has something to look at; everything else is plain text.
const SPECIAL_RE = /[\\`<[!\]hHwW]/g;
const HTTP_RE = /https?:\/\//iy;
const WWW_RE = /www\./iy;
// Text remark-gfm's autolink transform might turn into a link (and so strip of positions).
const TRIGGER_HINT_RE = /[@&]|www|http/i;
const TRIGGER_RE = /https?(?:\\?:|&)|www|@|&#|&(?:commat|period|colon|sol);/i;
const PATH_TRAIL = '!"&\')*,.:;<?]_~';
const TRAIL = '!"\')*,.:;?_~';
const WWW_PREVIOUS = '(*_[]~ \t';

function startsWithAutolink(text: string): boolean {
  AUTOLINK_RE.lastIndex = 0;
  return AUTOLINK_RE.test(text);
}

interface Shape {
  depth: number;
  markers: number;
  /** Spaces before the content, after the last container marker. */
  indent: number;
  rest: string;
  /** A list item opened at the top level on this line. */
  item?: { contentIndent: number; canInterrupt: boolean };
}

/** Strips block quote and list markers; undefined for a list item holding indented code. */
function shapeOf(line: string, base: number): Shape | undefined {
  let pos = base;
  let depth = 0;
  let markers = 0;
  let item: Shape['item'];
  for (;;) {
    let start = pos;
    while (line.charCodeAt(start) === 32) start += 1;
    const spaces = start - pos;
    if (spaces <= 3 && line[start] === '>') {
      depth += 1;
      pos = start + (line[start + 1] === ' ' ? 2 : 1);
      continue;
    }
    LIST_MARKER_RE.lastIndex = start;
    const marker = spaces <= 3 ? LIST_MARKER_RE.exec(line) : null;
    const rest = line.slice(start);
    if (marker && !THEMATIC_RE.test(rest)) {
      const after = start + (marker[1]?.length ?? 0);
      const gap = marker[3]?.length ?? 0;
      if (after + gap === line.length || gap > 0) {
        if (gap >= 5 && after + gap < line.length) return undefined;
        if (depth === 0 && markers === 0 && base === 0) {
          // An empty item's extent depends on what follows; leave it to the margin (see below).
          const empty = after + gap === line.length;
          if (!empty) item = { contentIndent: after + gap, canInterrupt: marker[2] === undefined || marker[2] === '1' };
        }
        markers += 1;
        pos = after + gap;
        continue;
      }
    }
    return { depth, markers, indent: spaces, rest, ...(item ? { item } : {}) };
  }
}

interface LineScan {
  found: InlineTag[];
  /** Unpaired `[` carried over from earlier lines of the paragraph. */
  openBracket: boolean;
  hashes: boolean;
  trigger: boolean;
}

/** Does a GFM literal autolink trail (which it leaves out) start at `at`? */
function trailEnds(line: string, at: number): boolean {
  let index = at;
  for (;;) {
    if (index >= line.length) return true;
    const char = line[index] ?? '';
    if (TRAIL.includes(char)) {
      index += 1;
    } else if (char === '&') {
      index += 1;
      if (!ASCII_ALPHA_RE.test(line[index] ?? '')) return false;
      while (ASCII_ALPHA_RE.test(line[index] ?? '')) index += 1;
      if (line[index] !== ';') return false;
      index += 1;
    } else if (char === ']') {
      index += 1;
      const next = line[index];
      if (next === undefined || next === '(' || next === '[' || WHITESPACE_RE.test(next)) return true;
    } else {
      return char === '<' || WHITESPACE_RE.test(char);
    }
  }
}

/** End of a GFM literal autolink whose domain starts at `at` (micromark's rules), or -1. */
function literalEnd(line: string, at: number): number {
  let index = at;
  let seen = false;
  let underscoreLast = false;
  let underscoreLastLast = false;
  for (;;) {
    const char = String.fromCodePoint(line.codePointAt(index) ?? 0);
    if (index >= line.length) break;
    if (char === '.' || char === '_') {
      if (trailEnds(line, index)) break;
      if (char === '_') underscoreLast = true;
      else {
        underscoreLastLast = underscoreLast;
        underscoreLast = false;
      }
      index += 1;
      continue;
    }
    if (WHITESPACE_RE.test(char) || (char !== '-' && PUNCT_RE.test(char))) break;
    seen = true;
    index += char.length;
  }
  if (underscoreLast || underscoreLastLast || !seen) return -1;
  let open = 0;
  let close = 0;
  while (index < line.length) {
    const char = String.fromCodePoint(line.codePointAt(index) ?? 0);
    if (char === '(') open += 1;
    else if (char === ')' && close < open) close += 1;
    else if (PATH_TRAIL.includes(char)) {
      if (trailEnds(line, index)) break;
      if (char === ')') close += 1;
    } else if (WHITESPACE_RE.test(char)) break;
    index += char.length;
  }
  return index;
}

/** Tags on one line of paragraph or heading text; false means "ask the AST". */
function scanTextLine(line: string, offset: number, state: LineScan): boolean {
  const skips: number[] = []; // [start, end) pairs of code, links, autolinks
  let brackets = 0;
  let index = 0;
  while (index < line.length) {
    SPECIAL_RE.lastIndex = index;
    if (!SPECIAL_RE.test(line)) break;
    index = SPECIAL_RE.lastIndex - 1;
    const char = line[index];
    if (char === '\\') {
      index += ASCII_PUNCT_RE.test(line[index + 1] ?? '') ? 2 : 1;
    } else if (char === '`') {
      let end = index;
      while (line[end] === '`') end += 1;
      const size = end - index;
      let close = -1;
      for (let at = end; at < line.length; ) {
        if (line[at] !== '`') {
          at += 1;
          continue;
        }
        let runEnd = at;
        while (line[runEnd] === '`') runEnd += 1;
        if (runEnd - at === size) {
          close = runEnd;
          break;
        }
        at = runEnd;
      }
      if (close < 0) return false; // might close on a later line
      skips.push(index, close);
      index = close;
    } else if (char === '<') {
      AUTOLINK_RE.lastIndex = index;
      const autolink = AUTOLINK_RE.exec(line);
      if (autolink) {
        skips.push(index, index + autolink[0].length);
        index += autolink[0].length;
      } else if (/[A-Za-z/!?]/.test(line[index + 1] ?? '')) {
        return false; // raw HTML or an email autolink
      } else index += 1;
    } else if (char === '[' || (char === '!' && line[index + 1] === '[')) {
      const bracket = char === '[' ? index : index + 1;
      LINK_RE.lastIndex = bracket;
      const link = LINK_RE.exec(line);
      if (link) {
        skips.push(index, bracket + link[0].length);
        index = bracket + link[0].length;
      } else {
        if (char === '[') brackets += 1;
        index += 1;
      }
    } else if (char === ']') {
      if (line[index + 1] === '(') return false; // a link this scanner does not model
      if (brackets > 0) brackets -= 1;
      index += 1;
    } else if ((char === 'h' || char === 'H') && !ASCII_ALPHA_RE.test(line[index - 1] ?? '')) {
      HTTP_RE.lastIndex = index;
      const protocol = HTTP_RE.exec(line);
      if (!protocol) {
        index += 1;
        continue;
      }
      if (brackets > 0 || state.openBracket) return false;
      const domain = index + protocol[0].length;
      const next = String.fromCodePoint(line.codePointAt(domain) ?? 0);
      const end = domain >= line.length || WHITESPACE_RE.test(next) || PUNCT_RE.test(next) || next.charCodeAt(0) < 32 ? -1 : literalEnd(line, domain);
      if (end < 0) {
        index += 1;
        continue;
      }
      // An email literal anywhere on the line can change where micromark starts or ends this one.
      if (line.includes('@')) return false;
      skips.push(index, end);
      index = end;
    } else if (char === 'w' || char === 'W') {
      const previous = line[index - 1];
      WWW_RE.lastIndex = index;
      if ((previous !== undefined && !WWW_PREVIOUS.includes(previous) && previous !== '>') || !WWW_RE.test(line)) {
        index += 1;
        continue;
      }
      if (previous === '>' || brackets > 0 || state.openBracket || index + 4 >= line.length) return false;
      const end = literalEnd(line, index);
      if (end < 0) {
        index += 1;
        continue;
      }
      // An email literal anywhere on the line can change where micromark starts or ends this one.
      if (line.includes('@')) return false;
      skips.push(index, end);
      index = end;
    } else index += 1;
  }
  if (brackets > 0) state.openBracket = true;

  const skipped = (at: number): boolean => {
    for (let pair = 0; pair < skips.length; pair += 2) if (at >= (skips[pair] ?? 0) && at < (skips[pair + 1] ?? 0)) return true;
    return false;
  };
  if (TRIGGER_HINT_RE.test(line)) {
    let text = '';
    let from = 0;
    for (let pair = 0; pair < skips.length; pair += 2) {
      text += `${line.slice(from, skips[pair])} `;
      from = skips[pair + 1] ?? line.length;
    }
    if (TRIGGER_RE.test(text + line.slice(from))) state.trigger = true;
  }
  HASH_SITE_RE.lastIndex = 0;
  for (const site of line.matchAll(HASH_SITE_RE)) {
    if (skipped(site.index)) continue;
    state.hashes = true;
    if (line[site.index - 1] === '_') return false; // `_#tag_`: emphasis decides
  }
  for (const match of line.matchAll(TAG_RE)) {
    const start = match.index;
    if (skipped(start)) continue;
    const end = start + match[0].length;
    for (let pair = 0; pair < skips.length; pair += 2) if ((skips[pair] ?? 0) > start && (skips[pair] ?? 0) < end) return false;
    // An underscore run inside a tag is plain text only between two letters or digits.
    for (let at = line.indexOf('_', start); at >= 0 && at < end; at = line.indexOf('_', at)) {
      let runEnd = at;
      while (line[runEnd] === '_') runEnd += 1;
      if (runEnd >= end || !WORDISH_RE.test(line[at - 1] ?? '') || !WORDISH_RE.test(line[runEnd] ?? '')) return false;
      at = runEnd;
    }
    const tag = tagOf(match[1] ?? '');
    if (tag) state.found.push({ tag, raw: match[0], start: offset + start, end: offset + end });
  }
  return true;
}

/**
 * The inline tags of `markdown`, exactly as the AST path finds them, or undefined when the body
 * holds something this scanner does not model.
 */
export function scanInlineTags(markdown: string): InlineTag[] | undefined {
  if (/\r(?!\n)|\0/.test(markdown) || markdown.startsWith('\uFEFF') || markdown.includes(']:')) return undefined;
  const state: LineScan = { found: [], openBracket: false, hashes: false, trigger: false };
  let fence: { char: string; size: number } | undefined;
  let list: { contentIndent: number } | undefined;
  let paragraph = false;
  let previousDepth = 0;
  let offset = 0;
  let first = true;
  for (const rawLine of markdown.split('\n')) {
    const lineOffset = offset;
    offset += rawLine.length + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (first) {
      first = false;
      if (/^---[ \t]*$/.test(line)) return undefined; // frontmatter
    }
    if (fence) {
      const close = FENCE_CLOSE_RE.exec(line);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.size) fence = undefined;
      continue;
    }
    if (TAB_INDENT_RE.test(line)) return undefined;
    if (line.trim() === '') {
      if (state.hashes && state.trigger) return undefined;
      state.hashes = false;
      state.trigger = false;
      state.openBracket = false;
      paragraph = false;
      continue;
    }
    if (line.includes('|') && DELIMITER_ROW_RE.test(line)) return undefined; // a table
    let lineIndent = 0;
    while (line.charCodeAt(lineIndent) === 32) lineIndent += 1;
    const inItem = list !== undefined && lineIndent >= list.contentIndent;
    const shape = shapeOf(line, inItem && list ? list.contentIndent : 0);
    if (!shape) return undefined;
    const { rest } = shape;

    // Which top-level list (if any) the next lines may be indented under. When unsure, none:
    // measuring indentation from the margin only ever makes more lines look like code.
    const plain = shape.markers === 0 && shape.depth === 0;
    if (shape.markers > 0 && shape.depth === 0 && !inItem && !shape.item) {
      list = undefined;
    } else if (shape.item) {
      // An ordered item not numbered 1 right after paragraph text: whether it starts an item (it
      // does when it continues a list) or is lazy paragraph text is the AST's call.
      if (paragraph && !shape.item.canInterrupt) return undefined;
      list = { contentIndent: shape.item.contentIndent };
    } else if (!inItem && !(plain && paragraph && /^[\p{L}\p{N}]/u.test(rest))) {
      list = undefined;
    }

    if (shape.indent >= 4) {
      // Only a paragraph's continuation may be indented this far; otherwise it is code.
      if (!(paragraph && shape.markers === 0 && shape.depth <= previousDepth)) return undefined;
      if (!scanTextLine(line, lineOffset, state)) return undefined;
      continue;
    }
    previousDepth = shape.depth;
    if (FENCE_START_RE.test(rest)) {
      const open = FENCE_OPEN_RE.exec(rest);
      if (!plain || lineIndent > 0 || !open || (open[1]?.startsWith('`') && open[2]?.includes('`'))) return undefined;
      fence = { char: open[1]?.[0] ?? '`', size: open[1]?.length ?? 3 };
      list = undefined;
      paragraph = false;
      continue;
    }
    // An autolink cannot open an HTML block (a scheme's ':' never follows a tag name).
    if (rest.startsWith('<') && !startsWithAutolink(rest)) return undefined;
    if (rest === '' || THEMATIC_RE.test(rest) || UNDERLINE_RE.test(rest)) {
      paragraph = false;
      continue;
    }
    if (!scanTextLine(line, lineOffset, state)) return undefined;
    paragraph = !ATX_RE.test(rest);
  }
  if (state.hashes && state.trigger) return undefined;
  return state.found;
}
