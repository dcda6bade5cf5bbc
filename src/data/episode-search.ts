// Full-text search over titles, bodies and tags, with prefix and fuzzy matching and highlighted
// snippets. The index lives in memory and is kept current from the repository's change events.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Episode } from './episode-record';
import { BLOCK_SEPARATOR, excerptOf } from '../domain/episode';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  title: string;
  weekOf?: string;
  number?: number;
  score: number;
  terms: string[];
  /** Where the words were found, in the title or the body. */
  titleParts: SnippetPart[];
  snippet: SnippetPart[];
}

interface IndexedDoc {
  id: string;
  title: string;
  text: string;
  tags: string;
  weekOf?: string;
  number?: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The two patterns for a set of matched terms, compiled once per set rather than once per hit
// (a query's 50 hits mostly share their terms): the first matched word, and every word that starts
// with a matched term. Both ignore case, so the text is never lower-cased whole (10 KB per hit).
const patternCache = new Map<string, { first: RegExp; words: RegExp }>();
function termPatterns(terms: readonly string[]): { first: RegExp; words: RegExp } {
  const key = terms.join('\u0000');
  let patterns = patternCache.get(key);
  if (!patterns) {
    if (patternCache.size >= 200) patternCache.clear();
    const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    patterns = { first: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'iu'), words: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})[\\p{L}\\p{N}]*`, 'giu') };
    patternCache.set(key, patterns);
  }
  return patterns;
}

/** Splits text into plain and matched parts, marking every word that starts with a matched term. */
export function highlight(text: string, terms: readonly string[]): SnippetPart[] {
  if (terms.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of text.matchAll(termPatterns(terms).words)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** A window of about `width` characters around the first matched word, highlighted. */
export function makeSnippet(text: string, terms: readonly string[], width = 180): SnippetPart[] {
  let first = terms.length ? text.search(termPatterns(terms).first) : -1;
  if (first < 0) first = 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  // Not a block separator next to the ellipses (the cuts above fall on its spaces).
  const [lead, trail] = [BLOCK_SEPARATOR.trimStart(), BLOCK_SEPARATOR.trimEnd()];
  if (start > 0 && text.startsWith(lead, start) && start + lead.length <= first) start += lead.length;
  if (end < text.length && text.endsWith(trail, end) && end - trail.length > first) end -= trail.length;
  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/**
 * What the index needs of an episode (the page sends these to the search worker). `updatedAt` is
 * the revision the text is of: a saved index knows which episodes changed since it was written.
 */
export type SearchDoc = Pick<Episode, 'id' | 'title' | 'body' | 'tags' | 'weekOf' | 'number'> & { updatedAt?: number };

export function toSearchDoc(episode: SearchDoc): SearchDoc {
  const doc: SearchDoc = { id: episode.id, title: episode.title, body: episode.body, tags: episode.tags, weekOf: episode.weekOf, number: episode.number };
  if (episode.updatedAt !== undefined) doc.updatedAt = episode.updatedAt;
  return doc;
}

/** The index as it is kept between starts (search-cache.ts): MiniSearch's JSON, the texts snippets are cut from, the revisions. */
export interface SavedSearchIndex {
  format: number;
  index: string;
  /** [id, text, updatedAt] per episode (-1: a revision not known, indexed again at the next start). */
  docs: [string, string, number][];
}

/** Bumped whenever the fields, tokenizer or stored fields change: an index saved in another format is built again. */
export const SEARCH_INDEX_FORMAT = 1;

function toDoc(episode: SearchDoc): IndexedDoc {
  return {
    id: episode.id,
    title: episode.title,
    text: excerptOf(episode.body, Number.POSITIVE_INFINITY),
    tags: episode.tags.join(' '),
    weekOf: episode.weekOf,
    number: episode.number,
  };
}

const miniOptions = {
  fields: ['title', 'text', 'tags'],
  storeFields: ['title', 'weekOf', 'number'],
  tokenize: (text) => text.split(/[^\p{L}\p{N}_]+/u).filter(Boolean),
  searchOptions: {
    boost: { title: 3, tags: 2 },
    // Prefix matching for the word being typed (the last one), once it has two letters: a prefix
    // search for "p" in "p-value" walks most of the vocabulary (90 ms over 1,000 episodes).
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
  },
} satisfies ConstructorParameters<typeof MiniSearch<IndexedDoc>>[0];

export class EpisodeSearchIndex {
  private constructor(
    private readonly mini: MiniSearch<IndexedDoc>,
    private readonly texts = new Map<string, string>(),
    private readonly revisions = new Map<string, number>(),
  ) {}

  static empty(): EpisodeSearchIndex {
    return new EpisodeSearchIndex(new MiniSearch<IndexedDoc>(miniOptions));
  }

  /** The index as saved; throws when it is of another format or does not load (then build it again). */
  static fromSaved(saved: SavedSearchIndex): EpisodeSearchIndex {
    if (saved.format !== SEARCH_INDEX_FORMAT) throw new Error(`a search index of format ${saved.format}, not ${SEARCH_INDEX_FORMAT}`);
    const mini = MiniSearch.loadJSON<IndexedDoc>(saved.index, miniOptions);
    const texts = new Map<string, string>();
    const revisions = new Map<string, number>();
    for (const [id, text, updatedAt] of saved.docs) {
      texts.set(id, text);
      revisions.set(id, updatedAt);
    }
    if (texts.size !== mini.documentCount) throw new Error('the saved texts do not match the saved index');
    return new EpisodeSearchIndex(mini, texts, revisions);
  }

  saved(): SavedSearchIndex {
    return { format: SEARCH_INDEX_FORMAT, index: JSON.stringify(this.mini), docs: [...this.texts].map(([id, text]) => [id, text, this.revisions.get(id) ?? -1]) };
  }

  /** The revision of an episode's indexed text (undefined when it is not indexed). */
  revision(id: string): number | undefined {
    return this.texts.has(id) ? (this.revisions.get(id) ?? -1) : undefined;
  }

  ids(): string[] {
    return [...this.texts.keys()];
  }

  get size(): number {
    return this.mini.documentCount;
  }

  has(id: string): boolean {
    return this.texts.has(id);
  }

  private fresh(episodes: readonly SearchDoc[]): IndexedDoc[] {
    const fresh = episodes.filter((e) => !this.texts.has(e.id));
    for (const e of fresh) this.revisions.set(e.id, e.updatedAt ?? -1);
    const docs = fresh.map(toDoc);
    for (const doc of docs) this.texts.set(doc.id, doc.text);
    return docs;
  }

  /** Adds many episodes, yielding to the page between chunks so typing stays smooth (on the page's thread). */
  async addAll(episodes: readonly SearchDoc[]): Promise<void> {
    await this.mini.addAllAsync(this.fresh(episodes), { chunkSize: 25 });
  }

  /** Adds many episodes in one go (in the search worker, where nothing else waits for the thread). */
  addAllNow(episodes: readonly SearchDoc[]): void {
    this.mini.addAll(this.fresh(episodes));
  }

  upsert(episode: SearchDoc): void {
    this.remove(episode.id);
    const doc = toDoc(episode);
    this.texts.set(doc.id, doc.text);
    this.revisions.set(doc.id, episode.updatedAt ?? -1);
    this.mini.add(doc);
  }

  remove(id: string): void {
    if (!this.texts.has(id)) return;
    this.mini.discard(id);
    this.texts.delete(id);
    this.revisions.delete(id);
  }

  search(query: string, limit = 50): SearchHit[] {
    return this.query(query, limit).hits;
  }

  /** The best `limit` hits and how many episodes matched in all; `only` keeps to those episode ids. */
  query(query: string, limit = 50, only?: readonly string[]): { hits: SearchHit[]; total: number } {
    const trimmed = query.trim();
    if (!trimmed) return { hits: [], total: 0 };
    const allowed = only ? new Set(only) : null;
    const all = this.mini.search(trimmed, allowed ? { filter: (r) => allowed.has(String(r.id)) } : undefined);
    return { hits: this.toHits(all.slice(0, limit)), total: all.length };
  }

  private toHits(results: SearchResult[]): SearchHit[] {
    return results.map((r: SearchResult) => ({
      id: String(r.id),
      title: String(r.title),
      weekOf: r.weekOf as string | undefined,
      number: r.number as number | undefined,
      score: r.score,
      terms: r.terms,
      titleParts: highlight(String(r.title), r.terms),
      snippet: makeSnippet(this.texts.get(String(r.id)) ?? '', r.terms),
    }));
  }
}
