// A pasted list of p-values: one metric per line, optionally named ("Revenue per user 0.012"), or
// several numbers on one line separated by commas, semicolons or spaces.
import { parseNumberText } from '../form-draft';

export interface ListEntry {
  /** The text before the number on a named line, else null. */
  label: string | null;
  /** The number, or the text that is not one (the engine then names it). */
  value: number | string | undefined;
  /** 1-based line of the pasted text. */
  line: number;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?`;
const NUMBERS = new RegExp(NUMBER, 'gi');
const NAMED = new RegExp(String.raw`^(.*?)[\s,;:=]*(${NUMBER})\s*$`, 'i');

export function parsePValueList(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (/[a-z]/i.test(line.replace(NUMBERS, ''))) {
      const named = NAMED.exec(line);
      const label = named?.[1]?.trim().replace(/[\s,;:=]+$/, '') ?? '';
      entries.push(named && label ? { label, value: parseNumberText(named[2]!), line: index + 1 } : { label: null, value: line, line: index + 1 });
      return;
    }
    for (const token of line.split(/[\s,;]+/).filter(Boolean)) entries.push({ label: null, value: parseNumberText(token), line: index + 1 });
  });
  return entries;
}

/** Names for a table: the pasted label, else "Metric i". */
export function entryNames(entries: readonly ListEntry[]): string[] {
  return entries.map((e, i) => e.label ?? `Metric ${i + 1}`);
}
