// Block structure (headings, lists, fences, HTML blocks) is decided by the first characters of
// each line; the rest of a line is inline text. Parsing a "skeleton" that keeps every line's
// structural prefix, and whole lines wherever a line's tail can matter, gives the same block
// tree, line for line, at a fraction of the cost (tested against parsing the full text).
const KEEP_AFTER_INDENT = 24;
const LEADING_WHITESPACE_RE = /^[ \t]*/;
// Lines whose tail can change block structure: thematic breaks and setext underlines (only
// -=*_ and spaces), fences (``` or ~~~ anywhere, since backticks in an info string matter),
// HTML (block start conditions and end markers such as --> or </pre>) and link definitions.
const KEEP_WHOLE_RE = /^[ \t>]*[-=*_ \t]*$|```|~~~|[<>]|\]:/;

export function skeletonLine(line: string): string {
  const keep = (LEADING_WHITESPACE_RE.exec(line)?.[0].length ?? 0) + KEEP_AFTER_INDENT;
  if (line.length <= keep + 1 || KEEP_WHOLE_RE.test(line)) return line;
  // The marker keeps a cut line non-empty and not all punctuation (so never a thematic break).
  return `${line.slice(0, keep)}x`;
}

// Markdown's line endings: CRLF, LF and a lone CR.
const LINE_ENDING_RE = /\r\n|\r|\n/g;

/** The skeleton of `text`: same lines, same line breaks, long inline tails cut. */
export function skeletonize(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 0 ? skeletonLine(part) : part))
    .join('');
}

/** Offsets where each line starts; starts[n - 1] is 1-based line n, with text.length appended. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_ENDING_RE)) starts.push(match.index + match[0].length);
  starts.push(text.length);
  return starts;
}
