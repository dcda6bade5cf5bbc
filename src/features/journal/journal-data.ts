// What the journal screens show, computed: month groups, filters, tag counts, the Trash clock
// and the Sections view. React components only lay these out.
import { format } from 'date-fns';
import type { Episode, EpisodeMeta } from '../../data/episode-record';
import type { EpisodeStatus, SectionKind } from '../../domain/episode';
import { isoWeekFromWeekOf, monthKey, parseDay, type WeekStartsOn } from '../../domain/week';

export const UNDATED = 'undated';

export interface MonthGroup {
  key: string;
  label: string;
  episodes: EpisodeMeta[];
}

/** 'yyyy-MM' -> 'November 2026'; anything else is the group of episodes without a week. */
export function monthLabel(key: string): string {
  const day = parseDay(`${key}-01`);
  return day ? format(day, 'MMMM yyyy') : 'Without a week';
}

/**
 * Groups episodes (already newest first) by the month holding most of their week, the week
 * displayed from the user's first day of the week.
 */
export function groupByMonth(episodes: readonly EpisodeMeta[], weekStartsOn: WeekStartsOn = 1): MonthGroup[] {
  const groups = new Map<string, EpisodeMeta[]>();
  for (const episode of episodes) {
    const key = (episode.weekOf && monthKey(episode.weekOf, { weekStartsOn })) || UNDATED;
    const list = groups.get(key);
    if (list) list.push(episode);
    else groups.set(key, [episode]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)));
  return keys.map((key) => ({ key, label: monthLabel(key), episodes: groups.get(key)! }));
}

export type TimelineRow = { type: 'month'; key: string; label: string; count: number } | { type: 'episode'; episode: EpisodeMeta };

/** Flattens month groups into rows for a virtual list: a header row, then its episodes. */
export function timelineRows(groups: readonly MonthGroup[]): TimelineRow[] {
  return groups.flatMap((group) => [
    { type: 'month' as const, key: group.key, label: group.label, count: group.episodes.length },
    ...group.episodes.map((episode) => ({ type: 'episode' as const, episode })),
  ]);
}

export interface JournalFilter {
  /** Every listed tag must be present (a parent tag also matches its nested tags). */
  tags: string[];
  status: EpisodeStatus | 'all';
  kind: SectionKind | 'all';
}

export const NO_FILTER: JournalFilter = { tags: [], status: 'all', kind: 'all' };

export function isFiltering(filter: JournalFilter): boolean {
  return filter.tags.length > 0 || filter.status !== 'all' || filter.kind !== 'all';
}

export function filterEpisodes(episodes: readonly EpisodeMeta[], filter: JournalFilter): EpisodeMeta[] {
  return episodes.filter(
    (episode) =>
      (filter.status === 'all' || episode.status === filter.status) &&
      (filter.kind === 'all' || episode.sectionKinds.includes(filter.kind)) &&
      filter.tags.every((tag) => episode.tags.some((t) => t === tag || t.startsWith(`${tag}/`))),
  );
}

/** Episodes per tag, most used first, then alphabetical. */
export function tagCounts(episodes: readonly Pick<EpisodeMeta, 'tags'>[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const episode of episodes) for (const tag of new Set(episode.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** '2026-W47' for a stored Monday, or '' when the episode has no week. */
export function weekLabel(weekOf: string | undefined): string {
  return (weekOf && isoWeekFromWeekOf(weekOf)) || '';
}

const DAY = 24 * 60 * 60 * 1000;

/** "Deleted today · removed for good in 30 days" and so on. */
export function trashLabel(deletedAt: number, now: number, keepDays = 30): string {
  const days = Math.max(0, Math.floor((now - deletedAt) / DAY));
  const deleted = days === 0 ? 'Deleted today' : days === 1 ? 'Deleted 1 day ago' : `Deleted ${days} days ago`;
  const left = Math.max(0, keepDays - days);
  const removal = left <= 1 ? 'removed for good within a day' : `removed for good in ${left} days`;
  return `${deleted} · ${removal}`;
}

export interface KindSection {
  key: string;
  episodeId: string;
  episodeTitle: string;
  week: string;
  heading: string;
  markdown: string;
}

/** Every section of one kind across the journal, oldest episode first, in the episode's order. */
export function sectionsOfKind(episodesOldestFirst: readonly Episode[], kind: SectionKind): KindSection[] {
  return episodesOldestFirst.flatMap((episode) =>
    episode.sections
      .map((section, index) => ({ section, index }))
      .filter(({ section }) => section.kind === kind)
      .map(({ section, index }) => ({
        key: `${episode.id}:${index}`,
        episodeId: episode.id,
        episodeTitle: episode.title,
        week: weekLabel(episode.weekOf),
        heading: section.heading,
        markdown: section.markdown,
      })),
  );
}

/** Live episodes already filed under the given week (a second one needs a warning first). */
export function episodesInWeek(episodes: readonly EpisodeMeta[], weekOf: string): EpisodeMeta[] {
  return episodes.filter((episode) => episode.weekOf === weekOf);
}
