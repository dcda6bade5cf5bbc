// An episode's first words as plain text, for the timeline's rows and the search index's text.

const EXCERPT_LENGTH = 220;

/** Between blocks (list items, paragraphs) in an excerpt or a search text; snippets trim it at their cuts. */
export const BLOCK_SEPARATOR = ' · ';

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/;

/**
 * The lines of markdown joined as running text: the lines of one paragraph with a space, separate
 * blocks (list items, paragraphs, what follows a heading) with ' · ' unless the text before ends a
 * sentence, so "half done" and "Project Log: …" from two list items do not read as one phrase.
 */
function joinBlocks(lines: readonly string[]): string {
  const parts: string[] = [];
  let blockStart = true;
  let previous = '';
  for (const line of lines) {
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line) || line.trim() === '') {
      blockStart = true;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    const text = (item ? line.slice(item[0].length) : line).trim();
    if (previous) parts.push((blockStart || item) && !endsSentence(previous) ? BLOCK_SEPARATOR : ' ');
    parts.push(text);
    previous = text;
    blockStart = false;
  }
  return parts.join('');
}

/** Whether text ends with sentence or clause punctuation, closing markup (`**`, `)`) aside. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && '*_`~)]'.includes(text[i]!)) i--;
  return i >= 0 && '.!?:;,…'.includes(text[i]!);
}

/** The first words of the body as plain text: headings, markup, code and comments left out. */
export function excerptOf(body: string, length = EXCERPT_LENGTH): string {
  const text = joinBlocks(
    body
      .replace(/```[\s\S]*?(```|$)/g, '\n\n')
      .replace(/<!--[\s\S]*?-->/g, '\n\n')
      .split('\n'),
  )
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const kept = cut.slice(0, Math.max(cut.lastIndexOf(' '), length * 0.6));
  const trail = BLOCK_SEPARATOR.trimEnd();
  return `${kept.endsWith(trail) ? kept.slice(0, -trail.length) : kept}…`;
}
