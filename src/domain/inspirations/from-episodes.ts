// Inspirations a person listed in an episode's "People who inspired me" section (a section of
// kind inspiration): one per list item, "Name: why", "[Name](link) (talk): why" (the form the app
// writes) or "Name, who …". They appear beside the ones added on the Inspirations screen.
import type { EpisodeSection } from '../episode';
import { plainText } from '../episode/markdown';
import type { Inspiration, InspirationKind } from './index';
import { INSPIRATION_KINDS, inspirationKindLabels } from './index';

/** An inspiration read from an episode: its week is its date; it lives in the episode's text. */
export interface ListedInspiration extends Inspiration {
  episode: { id: string; title: string };
}

const ITEM_RE = /^(?: {0,3})(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(\S.*)$/;
const LINK_RE = /^\[((?:\\.|[^\]\\])+)\]\(([^\s]*?)\)(?=\s|:|$)/;
const KIND_RE = new RegExp(`^\\((${INSPIRATION_KINDS.map((k) => inspirationKindLabels[k].toLowerCase()).join('|')})\\)`, 'i');
/** Where the name ends and the why begins: a colon, a dash between spaces, or ", who". */
const SPLIT_RE = /^(.{1,200}?)(?::\s+|\s+[—–-]\s+|,\s+(?=(?:who|whose|for|because)\b))(.+)$/;
const MAX_NAME = 200;

function kindOf(label: string): InspirationKind {
  return INSPIRATION_KINDS.find((k) => inspirationKindLabels[k].toLowerCase() === label.toLowerCase()) ?? 'other';
}

/** One list item's text as an inspiration's name, link, kind and note; null when it has no name. */
export function parseListedInspiration(text: string): Pick<Inspiration, 'name' | 'kind' | 'note'> & { link?: string } | null {
  let rest = text.trim();
  let link: string | undefined;
  let name: string | undefined;
  const linked = LINK_RE.exec(rest);
  if (linked) {
    name = plainText(linked[1]!);
    // Only a web link is kept; the Inspirations screen opens it in the browser.
    if (/^https?:\/\/[^\s]+$/i.test(linked[2]!)) link = linked[2]!;
    rest = rest.slice(linked[0].length).trim();
  }
  let kind: InspirationKind = 'person';
  const kindMatch = KIND_RE.exec(rest);
  if (kindMatch) {
    kind = kindOf(kindMatch[1]!);
    rest = rest.slice(kindMatch[0].length).trim();
  }
  if (name === undefined) {
    const split = SPLIT_RE.exec(rest);
    name = plainText(split ? split[1]! : rest);
    rest = split ? split[2]! : '';
  } else rest = rest.replace(/^(?::|[—–-])\s*/, '');
  if (!name) return null;
  return { name: name.slice(0, MAX_NAME), kind, note: plainText(rest), ...(link ? { link } : {}) };
}

/** The inspirations listed in an episode's inspiration sections, in the order written. */
export function inspirationsFromEpisode(episode: { id: string; title: string; weekOf?: string; sections: readonly EpisodeSection[] }): ListedInspiration[] {
  if (!episode.weekOf) return [];
  const out: ListedInspiration[] = [];
  for (const section of episode.sections) {
    if (section.kind !== 'inspiration') continue;
    for (const line of section.markdown.split('\n')) {
      const item = ITEM_RE.exec(line);
      const parsed = item ? parseListedInspiration(item[1]!) : null;
      if (!parsed) continue;
      out.push({ ...parsed, id: `episode:${episode.id}:${out.length}`, tags: [], date: episode.weekOf, createdAt: 0, episode: { id: episode.id, title: episode.title } });
    }
  }
  return out;
}

const key = (i: Pick<Inspiration, 'name'>) => plainText(i.name).toLowerCase().replace(/\s+/g, ' ');

/**
 * The added inspirations and those listed in episodes, newest first, without a listed one whose
 * name an added one of the same week already has (the week's list is often pulled into the episode).
 */
export function mergeInspirations(added: readonly Inspiration[], listed: readonly ListedInspiration[], weekOfDate: (date: string) => string | undefined): (Inspiration | ListedInspiration)[] {
  const seen = new Set(added.map((i) => `${weekOfDate(i.date)}\u0000${key(i)}`));
  const fresh = listed.filter((i) => {
    const k = `${i.date}\u0000${key(i)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return [...added, ...fresh].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}
