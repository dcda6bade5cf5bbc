// How well a palette entry matches what is typed, by words: an exact word first ("srm" is the id
// word of the sample ratio mismatch check), then the initials of consecutive words ("srm" for
// "sample ratio mismatch"), then a word's start, then a part of a word, and only then letters in
// order close together. Every typed word must match, so "srm" never lands on a certification by
// letters scattered over its name.

const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The initials of every run of two to six consecutive words. */
function initials(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < list.length; i += 1) {
    let run = list[i]![0]!;
    for (let j = i + 1; j < Math.min(list.length, i + 6); j += 1) {
      run += list[j]![0]!;
      out.add(run);
    }
  }
  return out;
}

/** The letters in order within a stretch of twice their number ("stngs" in "settings"), not scattered over a title. */
function compactSubsequence(needle: string, hay: string): boolean {
  const limit = needle.length * 2;
  for (let start = hay.indexOf(needle[0]!); start >= 0; start = hay.indexOf(needle[0]!, start + 1)) {
    let at = 1;
    for (let i = start + 1; i < hay.length && i - start < limit && at < needle.length; i += 1) if (hay[i] === needle[at]) at += 1;
    if (at === needle.length) return true;
  }
  return false;
}

const EXACT = 1;
const ACRONYM = 0.9;
const PREFIX = 0.7;
const INSIDE = 0.35;
const SCATTERED = 0.02;

function wordScore(query: string, list: readonly string[], acronyms: Set<string>, joined: string): number {
  let best = 0;
  for (const word of list) {
    if (word === query) return EXACT;
    if (word.startsWith(query)) best = Math.max(best, PREFIX);
    else if (query.length >= 3 && word.includes(query)) best = Math.max(best, INSIDE);
  }
  if (query.length >= 2 && acronyms.has(query)) best = Math.max(best, ACRONYM);
  if (best === 0 && query.length >= 2 && compactSubsequence(query, joined)) best = SCATTERED;
  return best;
}

/** 0 (hidden) to 1: the product of each typed word's best match; shorter entries win ties. */
export function paletteScore(value: string, search: string, keywords: readonly string[] = []): number {
  const query = words(search);
  if (query.length === 0) return 1;
  const list = words([value, ...keywords].join(' '));
  const acronyms = initials(list);
  const joined = list.join('');
  let score = 1;
  for (const q of query) {
    const best = wordScore(q, list, acronyms, joined);
    if (best === 0) return 0;
    score *= best;
  }
  return score * (1 - Math.min(list.length, 100) / 1000);
}

export interface PaletteEntry {
  /** The group it belongs to when nothing is typed (Actions, Go to, Calculators, …). */
  group: string;
  /** What is matched: its words, the kind of thing and its id. */
  value: string;
  label: string;
  hint?: string;
  onSelect(): void;
}

/** The group the ranked entries are shown in while something is typed. */
export const BEST_MATCHES = 'Best matches';

/**
 * Nothing typed: every entry in its group, in order. Something typed: the entries that match, in
 * one group, best first (so the best is selected whatever group it comes from).
 */
export function rankEntries<E extends Pick<PaletteEntry, 'group' | 'value'>>(entries: readonly E[], search: string): { name: string; entries: E[] }[] {
  if (!search.trim()) {
    const groups = new Map<string, E[]>();
    for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
    return [...groups].map(([name, list]) => ({ name, entries: list }));
  }
  const ranked = entries
    .map((entry, order) => ({ entry, order, score: paletteScore(entry.value, search) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.entry);
  return ranked.length ? [{ name: BEST_MATCHES, entries: ranked }] : [];
}
