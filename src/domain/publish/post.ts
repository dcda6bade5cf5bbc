// One episode as a post for a publish profile: front matter from the profile's table, the body as
// blog markdown (saved calculations rendered, no kind comments), and the series line with links to
// the previous and next published episodes.
import { Document } from 'yaml';
import { excerptOf, slugify, toBlogMarkdown, type BlogOptions, type EpisodeDraft } from '../episode';
import { episodeTags } from '../tags';
import { PUBLISH_PROFILES, sitePostPath, tagFor, type PostFacts, type PublishProfile, type PublishProfileId } from './profiles';

/** The journal's publishing choices (settings key 'publish'). */
export interface PublishSettings {
  defaultProfile: PublishProfileId;
  /** "Learning in public": gives "Episode 5 of Learning in public" and the series field. */
  seriesName: string;
  /** The person's own site (https://me.example), for canonical URLs and links between posts. */
  siteUrl: string;
  /** Hashnode's publication domain. */
  hashnodeDomain: string;
}

export const defaultPublishSettings: PublishSettings = { defaultProfile: 'hugo', seriesName: '', siteUrl: '', hashnodeDomain: '' };

/** A published episode next to this one in the series. */
export interface Neighbour {
  title: string;
  number?: number;
  weekOf?: string;
}

export interface PostContext {
  settings: PublishSettings;
  /** 'yyyy-MM-dd' of the export, the date of an episode without a week. */
  today: string;
  previous?: Neighbour;
  next?: Neighbour;
  abtest?: BlogOptions['abtest'];
}

export interface Post {
  profile: PublishProfileId;
  fileName: string;
  /** Front matter as the target reads it, in order. */
  frontmatter: [string, unknown][];
  /** The whole file: `---` front matter `---` and the body. */
  text: string;
  /** The tags the episode has, before the target's limit (the check compares them). */
  allTags: string[];
  facts: PostFacts;
}

const DESCRIPTION_LENGTH = 160;

export const postSlug = (draft: Pick<EpisodeDraft, 'title' | 'number'>): string =>
  slugify(draft.title) || (draft.number !== undefined ? `episode-${draft.number}` : 'episode');

/** The tags in the target's form, duplicates (after the form) dropped, in the episode's order. */
export function targetTags(profile: PublishProfile, tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const form = tagFor(profile, tag);
    if (form && !out.includes(form)) out.push(form);
  }
  return out;
}

function factsOf(draft: EpisodeDraft, profile: PublishProfile, context: PostContext): PostFacts {
  const { settings } = context;
  const slug = postSlug(draft);
  const tags = targetTags(profile, episodeTags(draft));
  return {
    title: draft.title.trim(),
    slug,
    date: draft.weekOf ?? context.today,
    draft: draft.status === 'draft',
    tags: profile.maxTags === undefined ? tags : tags.slice(0, profile.maxTags),
    description: excerptOf(draft.body, DESCRIPTION_LENGTH),
    series: settings.seriesName.trim() || undefined,
    canonicalUrl: settings.siteUrl.trim() ? `${settings.siteUrl.trim().replace(/\/+$/, '')}/${sitePostPath(slug)}` : undefined,
    domain: settings.hashnodeDomain.trim() || undefined,
  };
}

const neighbourLabel = (n: Neighbour) => (n.number !== undefined ? `Episode ${n.number}: ${n.title}` : n.title);

/** `*Episode 5 of Learning in public* · ← [Episode 4: …](…) · [Episode 6: …](…) →`, or '' without a series. */
export function seriesLine(draft: Pick<EpisodeDraft, 'number'>, profile: PublishProfile, context: PostContext): string {
  const name = context.settings.seriesName.trim();
  if (!name) return '';
  const site = { siteUrl: context.settings.siteUrl.trim() || undefined, domain: context.settings.hashnodeDomain.trim() || undefined };
  const link = (n: Neighbour) => profile.linkTo({ slug: postSlug(n), date: n.weekOf ?? context.today }, site);
  const parts = [draft.number !== undefined ? `*Episode ${draft.number} of ${name}*` : `*Part of ${name}*`];
  const previous = context.previous && link(context.previous);
  if (context.previous && previous) parts.push(`← Previous: [${neighbourLabel(context.previous)}](${previous})`);
  const next = context.next && link(context.next);
  if (context.next && next) parts.push(`Next: [${neighbourLabel(context.next)}](${next}) →`);
  return parts.join(' · ');
}

/** The episode's own front matter keys (`cover_image` …) win over the profile's derived value. */
function frontmatterOf(draft: EpisodeDraft, profile: PublishProfile, facts: PostFacts): [string, unknown][] {
  const own = draft.frontmatter;
  const out: [string, unknown][] = [];
  for (const [key, value] of profile.fields) {
    const chosen = Object.hasOwn(own, key) ? own[key] : value(facts);
    if (chosen !== undefined && !(Array.isArray(chosen) && chosen.length === 0)) out.push([key, chosen]);
  }
  return out;
}

export function buildPost(draft: EpisodeDraft, profileId: PublishProfileId, context: PostContext): Post {
  const profile = PUBLISH_PROFILES[profileId];
  const facts = factsOf(draft, profile, context);
  const frontmatter = frontmatterOf(draft, profile, facts);
  const doc = new Document(Object.fromEntries(frontmatter));
  const body = toBlogMarkdown({ title: '', body: draft.body }, { abtest: context.abtest }).replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  const series = seriesLine(draft, profile, context);
  const text = `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body}\n${series ? `\n---\n\n${series}\n` : ''}`;
  return { profile: profileId, fileName: profile.fileName(facts), frontmatter, text, allTags: episodeTags(draft), facts };
}

interface SeriesEntry extends Neighbour {
  id: string;
  status: 'draft' | 'published';
}

const seriesOrder = (a: Pick<Neighbour, 'weekOf' | 'number'>, b: Pick<Neighbour, 'weekOf' | 'number'>) =>
  (a.weekOf ?? '').localeCompare(b.weekOf ?? '') || (a.number ?? 0) - (b.number ?? 0);

/** The published episodes just before and after `current` (by week, then number); drafts are skipped. */
export function seriesNeighbours(current: Pick<SeriesEntry, 'id' | 'weekOf' | 'number'>, episodes: readonly SeriesEntry[]): { previous?: Neighbour; next?: Neighbour } {
  let previous: SeriesEntry | undefined;
  let next: SeriesEntry | undefined;
  for (const episode of episodes) {
    if (episode.id === current.id || episode.status !== 'published') continue;
    const order = seriesOrder(episode, current);
    if (order < 0 && (!previous || seriesOrder(episode, previous) > 0)) previous = episode;
    if (order > 0 && (!next || seriesOrder(episode, next) < 0)) next = episode;
  }
  const pick = (e: SeriesEntry | undefined): Neighbour | undefined => (e ? { title: e.title, number: e.number, weekOf: e.weekOf } : undefined);
  return { previous: pick(previous), next: pick(next) };
}

/**
 * The post with the journal's files it shows copied beside it: every `../attachments/2026/x.png`
 * becomes `images/x.png`, and `images` lists which stored file goes where.
 */
export function bundlePost(post: Pick<Post, 'text'>): { text: string; images: { path: string; name: string }[] } {
  const images = new Map<string, string>();
  const text = post.text.replace(/(?:\.\.\/|\.\/)*(attachments\/\d{4}\/([0-9a-f]{16}\.(?:png|jpg|gif|webp|svg|pdf)))/g, (_match, path: string, name: string) => {
    images.set(path, name);
    return `images/${name}`;
  });
  return { text, images: [...images].map(([path, name]) => ({ path, name })) };
}
