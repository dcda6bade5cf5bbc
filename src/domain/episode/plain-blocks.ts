// Lays the lines of a plain-text post out as markdown blocks. Markdown folds single line breaks
// together, so a pasted post would otherwise glue a paragraph onto the bullet before it or a
// takeaway's explanation onto its title. Here every line that is not a list item becomes a block
// of its own, except: a line that continues a wrapped sentence, and the explanation lines of a
// list item, which stay inside that item as their own paragraph. Short title-like lines become
// `###` sub-headings, or bold lead-ins before a list. Only prefixes, indentation, blank lines and
// `**` are added; every word stays where it was.
import { FANCY_BULLET_RE, LIST_MARKER_RE, RULE_RE, SENTENCE_END_RE, isBlank, isListItem } from './plain-lines';

type LineKind = 'blank' | 'heading' | 'rule' | 'item' | 'text';

interface Marker {
  /** '-' (every bullet becomes one), '*', '+', or '.' / ')' for numbered items. */
  symbol: string;
  number: number | null;
  /** Leading indentation, in columns. */
  lead: number;
  /** The column the item's text starts at: where its continuation paragraphs are indented to. */
  content: number;
}

/** Explanation lines a list item may have before the next item of the same list. */
const MAX_EXPLANATION_LINES = 3;

function columns(text: string, from = 0): number {
  let column = from;
  for (const char of text) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

function markerOf(line: string): Marker | null {
  const match = LIST_MARKER_RE.exec(line);
  if (!match || !isListItem(line)) return null;
  const [, lead = '', mark = '', gap = ''] = match;
  const leadColumns = columns(lead);
  const afterMark = leadColumns + mark.length;
  const gapColumns = columns(gap, afterMark) - afterMark;
  const numbered = /^\d/.test(mark);
  return {
    symbol: numbered ? mark.slice(-1) : /^[-*+]$/.test(mark) ? mark : '-',
    number: numbered ? Number(mark.slice(0, -1)) : null,
    lead: leadColumns,
    // Over four columns of space after the marker, the text counts as starting one column after it.
    content: gapColumns > 4 ? afterMark + 1 : afterMark + gapColumns,
  };
}

/** The next item continues the same list: same marker and indentation, numbers in order. */
function sameList(a: Marker, b: Marker): boolean {
  if (a.symbol !== b.symbol || a.lead !== b.lead) return false;
  return a.number === null || b.number === a.number || b.number === a.number + 1;
}

const TITLE_SMALL_WORD = 3;

/** Short, starts with a capital, no sentence punctuation but a closing colon, mostly Title Case. */
function isTitleLike(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (text.length > 70 || words.length > 9 || !/^[\p{Lu}\p{N}]/u.test(text) || !/\p{L}/u.test(text)) return false;
  if (/[.!?;,…]["'’”)\]]*$/.test(text.replace(/:$/, ''))) return false;
  if (words.length <= 4) return true;
  const significant = words.filter((word) => /^\p{L}/u.test(word) && word.length > TITLE_SMALL_WORD);
  return significant.filter((word) => /^\p{Lu}/u.test(word)).length >= significant.length * 0.6;
}

function classify(lines: readonly string[], headings: ReadonlySet<number>): LineKind[] {
  return lines.map((line, index) => {
    if (isBlank(line)) return 'blank';
    if (headings.has(index)) return 'heading';
    if (RULE_RE.test(line)) return 'rule';
    return isListItem(line) ? 'item' : 'text';
  });
}

/** A text line right under a line that does not end its sentence, starting in lower case: a wrap. */
function findWraps(lines: readonly string[], kinds: readonly LineKind[]): boolean[] {
  return lines.map((line, i) => {
    const before = kinds[i - 1];
    if (kinds[i] !== 'text' || (before !== 'text' && before !== 'item')) return false;
    return !SENTENCE_END_RE.test((lines[i - 1] ?? '').trim()) && /^\p{Ll}/u.test(line.trim());
  });
}

/**
 * Explanation lines: the text lines between two items of one list belong to the first (up to
 * MAX_EXPLANATION_LINES). After a list's last item, only as many lines as each earlier item had,
 * and only when they all had the same number: otherwise what follows is the post going on.
 */
function findExplanations(kinds: readonly LineKind[], wraps: readonly boolean[], markers: readonly (Marker | null)[]): Map<number, number> {
  const owner = new Map<number, number>();
  const items = kinds.flatMap((kind, i) => (kind === 'item' ? [i] : []));
  let counts: number[] = [];
  let startsWithBlank: boolean[] = [];
  items.forEach((item, n) => {
    const gap: number[] = [];
    let end = item + 1;
    while (end < kinds.length && (kinds[end] === 'text' || kinds[end] === 'blank')) {
      if (kinds[end] === 'text' && !wraps[end]) gap.push(end);
      end += 1;
    }
    const next = items[n + 1];
    const continues = next === end && sameList(markers[item]!, markers[next]!);
    const blankFirst = kinds[item + 1] === 'blank';
    if (continues && gap.length <= MAX_EXPLANATION_LINES) {
      for (const line of gap) owner.set(line, item);
      counts.push(gap.length);
      startsWithBlank.push(blankFirst);
      return;
    }
    if (!continues) {
      // The list's last item takes lines only in the shape the items before had them.
      const k = counts[0] ?? 0;
      if (k > 0 && counts.every((c) => c === k) && startsWithBlank.every((b) => b === blankFirst)) {
        const taken = blankFirst ? gap.slice(0, k) : gap.slice(0, k).filter((line, j) => line === item + 1 + j);
        for (const line of taken) owner.set(line, item);
      }
    }
    counts = [];
    startsWithBlank = [];
  });
  return owner;
}

const canBold = (text: string) => !/[*_`[\]<>\\]/.test(text);

export function layoutPlainLines(lines: readonly string[], headings: ReadonlySet<number>): string {
  const kinds = classify(lines, headings);
  const markers = lines.map((line, i) => (kinds[i] === 'item' ? markerOf(line) : null));
  const wraps = findWraps(lines, kinds);
  const owner = findExplanations(kinds, wraps, markers);
  const out: string[] = [];
  /** Whether the last block written is one a new block must be parted from by a blank line. */
  let open = false;
  /** The list item the last lines belong to, and whether it has an explanation paragraph. */
  let item: { marker: Marker; explained: boolean } | null = null;
  const part = () => {
    if (open && out[out.length - 1] !== '') out.push('');
  };
  const nextContent = (from: number) => {
    let i = from;
    while (kinds[i] === 'blank') i += 1;
    return kinds[i];
  };

  lines.forEach((line, i) => {
    const kind = kinds[i];
    const text = line.trim();
    if (kind === 'blank') {
      if (out.length && out[out.length - 1] !== '') out.push('');
      return;
    }
    if (kind === 'heading' || kind === 'rule') {
      // A '---' right under text would turn that text into a heading; keep it a separator.
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(kind === 'heading' ? `## ${text}` : line);
      item = null;
      open = false;
      return;
    }
    if (kind === 'item') {
      if (!item || item.explained) part();
      out.push(line.replace(FANCY_BULLET_RE, '$1-$2'));
      item = { marker: markers[i]!, explained: false };
      open = true;
      return;
    }
    const ownerItem = owner.get(i);
    if (wraps[i]) {
      out.push(item ? ' '.repeat(item.marker.content) + text : line);
      return;
    }
    if (ownerItem !== undefined && item) {
      part();
      out.push(' '.repeat(item.marker.content) + text);
      item.explained = true;
      return;
    }
    part();
    item = null;
    open = true;
    const following = nextContent(i + 1);
    const introduces = (following === 'text' || following === 'item') && !wraps[i + 1];
    if (introduces && isTitleLike(text)) {
      if (text.endsWith(':') && following === 'item' && canBold(text)) out.push(`**${text}**`);
      else {
        out.push(`### ${text}`);
        open = false;
      }
      return;
    }
    out.push(line);
  });
  return out.join('\n');
}
