// A readable diff of two texts: blocks of lines kept, removed or added (jsdiff), and where a block
// of lines was replaced by another, the words that changed within it; long runs of unchanged lines
// are folded to a few lines of context around each change.
import { diffLines, diffWordsWithSpace } from 'diff';

export interface DiffPiece {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

export type DiffBlock =
  | { kind: 'same'; text: string }
  /** Lines of unchanged text left out (too far from any change to help). */
  | { kind: 'folded'; lines: number }
  /** Lines that changed: removed, added, or both (then with the words that changed marked). */
  | { kind: 'changed'; pieces: DiffPiece[] };

const CONTEXT_LINES = 2;
/** Beyond this many characters on a side, a replaced block is shown as lines, not words (word diffs grow quadratically). */
const WORD_DIFF_LIMIT = 20_000;

function fold(text: string, first: boolean, last: boolean): DiffBlock[] {
  const lines = text.split(/(?<=\n)/);
  const keepStart = first ? 0 : CONTEXT_LINES;
  const keepEnd = last ? 0 : CONTEXT_LINES;
  if (lines.length <= keepStart + keepEnd + 1) return [{ kind: 'same', text }];
  const blocks: DiffBlock[] = [];
  if (keepStart) blocks.push({ kind: 'same', text: lines.slice(0, keepStart).join('') });
  blocks.push({ kind: 'folded', lines: lines.length - keepStart - keepEnd });
  if (keepEnd) blocks.push({ kind: 'same', text: lines.slice(lines.length - keepEnd).join('') });
  return blocks;
}

/** From `before` to `after`: what a person reads to see what changed. */
export function diffTexts(before: string, after: string): DiffBlock[] {
  const parts = diffLines(before, after);
  const blocks: DiffBlock[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      blocks.push(...fold(part.value, i === 0, i === parts.length - 1));
      continue;
    }
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      i++;
      const small = part.value.length <= WORD_DIFF_LIMIT && next.value.length <= WORD_DIFF_LIMIT;
      const pieces: DiffPiece[] = small
        ? diffWordsWithSpace(part.value, next.value).map((w) => ({ text: w.value, kind: w.added ? 'added' : w.removed ? 'removed' : 'same' }))
        : [
            { text: part.value, kind: 'removed' },
            { text: next.value, kind: 'added' },
          ];
      blocks.push({ kind: 'changed', pieces });
    } else blocks.push({ kind: 'changed', pieces: [{ text: part.value, kind: part.added ? 'added' : 'removed' }] });
  }
  return blocks;
}
