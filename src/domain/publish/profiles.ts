// Publish profiles (issue 20, point 3): one descriptor per target, each a small table of front
// matter fields. Adding a target is adding an entry here; the dialog, the check and the export read
// nothing else. Field names follow each target's own documentation:
// - Hugo: title, date, draft, tags, series (a common taxonomy), description (gohugo.io front matter).
// - Jekyll: layout, title, date, tags, published: false for drafts; posts named
//   `yyyy-mm-dd-slug.md` under `_posts/` (jekyllrb.com/docs/posts).
// - Astro: the blog starter's content collection: title, description, pubDate, tags, draft.
// - Quartz 4: title, date, tags, draft, description (quartz.jzhao.xyz/authoring-content).
// - dev.to: title, published, description, tags (at most 4, lowercase letters and digits),
//   canonical_url, series (dev.to editor guide).
// - Hashnode (publish from GitHub): title, slug, tags (comma-separated slugs, required), domain
//   (required), subtitle, canonical, saveAsDraft (Hashnode's source-from-github template).

export const PUBLISH_PROFILE_IDS = ['hugo', 'jekyll', 'astro', 'quartz', 'devto', 'hashnode'] as const;
export type PublishProfileId = (typeof PUBLISH_PROFILE_IDS)[number];

/** What a post is made from: the episode, the journal's publish settings and the series around it. */
export interface PostFacts {
  title: string;
  slug: string;
  /** 'yyyy-MM-dd': the episode's week (its Monday), else the day of the export. */
  date: string;
  draft: boolean;
  /** Tags already in the target's form (see tagForm). */
  tags: string[];
  description: string;
  series?: string;
  /** The post's address on the person's own site, when they gave its address. */
  canonicalUrl?: string;
  /** Hashnode's publication domain (sandeep.hashnode.dev). */
  domain?: string;
}

type FieldValue = string | boolean | string[] | undefined;

export interface PublishProfile {
  id: PublishProfileId;
  label: string;
  /** One line for the profile menu: where the file goes. */
  hint: string;
  /** The file name the export suggests (Jekyll's posts carry their date). */
  fileName(facts: PostFacts): string;
  /** The most tags the target takes; more is refused by the target (dev.to) or trimmed by us. */
  maxTags?: number;
  /** How a tag is written for the target. */
  tagForm: 'as-is' | 'alphanumeric' | 'slug';
  /** Front matter keys in order, each from the post's facts (undefined leaves the key out). */
  fields: readonly (readonly [key: string, value: (facts: PostFacts) => FieldValue])[];
  /** Settings the target requires, checked before export. */
  requires?: readonly ('domain' | 'date')[];
  /**
   * Where a neighbouring post lives, for the series' previous/next links; undefined when the
   * target links posts itself (dev.to's series) or the address cannot be known.
   */
  linkTo(neighbour: { slug: string; date: string }, site: { siteUrl?: string; domain?: string }): string | undefined;
}

const whenSet = <T>(value: T | undefined | '') => (value === '' ? undefined : value);
const commaList = (tags: readonly string[]) => (tags.length ? tags.join(', ') : undefined);

/** The page the static-site export writes for a post, relative to the site's root. */
export const sitePostPath = (slug: string): string => `episodes/${slug}/`;

const siteLink = (slug: string, siteUrl?: string) => (siteUrl ? `${siteUrl.replace(/\/+$/, '')}/${sitePostPath(slug)}` : undefined);

export const PUBLISH_PROFILES: Readonly<Record<PublishProfileId, PublishProfile>> = {
  hugo: {
    id: 'hugo',
    label: 'Hugo',
    hint: 'content/posts/slug.md',
    fileName: (f) => `${f.slug}.md`,
    tagForm: 'as-is',
    fields: [
      ['title', (f) => f.title],
      ['date', (f) => f.date],
      ['draft', (f) => f.draft],
      ['tags', (f) => f.tags],
      ['series', (f) => (f.series ? [f.series] : undefined)],
      ['description', (f) => whenSet(f.description)],
    ],
    linkTo: (n) => `../${n.slug}/`,
  },
  jekyll: {
    id: 'jekyll',
    label: 'Jekyll',
    hint: '_posts/yyyy-mm-dd-slug.md',
    fileName: (f) => `${f.date}-${f.slug}.md`,
    tagForm: 'as-is',
    requires: ['date'],
    fields: [
      ['layout', () => 'post'],
      ['title', (f) => f.title],
      ['date', (f) => f.date],
      ['tags', (f) => f.tags],
      ['published', (f) => (f.draft ? false : undefined)],
      ['description', (f) => whenSet(f.description)],
    ],
    linkTo: (n) => `{% post_url ${n.date}-${n.slug} %}`,
  },
  astro: {
    id: 'astro',
    label: 'Astro',
    hint: 'src/content/blog/slug.md',
    fileName: (f) => `${f.slug}.md`,
    tagForm: 'as-is',
    fields: [
      ['title', (f) => f.title],
      ['description', (f) => f.description],
      ['pubDate', (f) => f.date],
      ['tags', (f) => f.tags],
      ['draft', (f) => f.draft],
    ],
    linkTo: (n) => `../${n.slug}/`,
  },
  quartz: {
    id: 'quartz',
    label: 'Quartz',
    hint: 'content/slug.md',
    fileName: (f) => `${f.slug}.md`,
    tagForm: 'as-is',
    fields: [
      ['title', (f) => f.title],
      ['date', (f) => f.date],
      ['tags', (f) => f.tags],
      ['draft', (f) => f.draft],
      ['description', (f) => whenSet(f.description)],
    ],
    linkTo: (n) => `./${n.slug}`,
  },
  devto: {
    id: 'devto',
    label: 'dev.to',
    hint: 'paste into the dev.to editor',
    fileName: (f) => `${f.slug}-devto.md`,
    maxTags: 4,
    tagForm: 'alphanumeric',
    fields: [
      ['title', (f) => f.title],
      // dev.to publishes on save unless told otherwise: every export is a draft to look over there.
      ['published', () => false],
      ['description', (f) => whenSet(f.description)],
      ['tags', (f) => commaList(f.tags)],
      ['series', (f) => f.series],
      ['canonical_url', (f) => f.canonicalUrl],
    ],
    linkTo: (n, site) => siteLink(n.slug, site.siteUrl),
  },
  hashnode: {
    id: 'hashnode',
    label: 'Hashnode',
    hint: 'a repository Hashnode publishes from',
    fileName: (f) => `${f.slug}-hashnode.md`,
    maxTags: 5,
    tagForm: 'slug',
    requires: ['domain'],
    fields: [
      ['title', (f) => f.title],
      ['slug', (f) => f.slug],
      ['tags', (f) => commaList(f.tags)],
      ['domain', (f) => f.domain],
      ['subtitle', (f) => whenSet(f.description)],
      ['canonical', (f) => f.canonicalUrl],
      ['saveAsDraft', (f) => (f.draft ? true : undefined)],
    ],
    linkTo: (n, site) => (site.domain ? `https://${site.domain}/${n.slug}` : undefined),
  },
};

export function isPublishProfileId(value: unknown): value is PublishProfileId {
  return typeof value === 'string' && (PUBLISH_PROFILE_IDS as readonly string[]).includes(value);
}

/**
 * A tag as the target writes it: dev.to takes lowercase letters and digits only
 * (`machine-learning` -> `machinelearning`), Hashnode a slug (`ml/fsrs` -> `ml-fsrs`).
 */
export function tagFor(profile: PublishProfile, tag: string): string {
  if (profile.tagForm === 'as-is') return tag;
  const lower = tag.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (profile.tagForm === 'alphanumeric') return lower.replace(/[^a-z0-9]/g, '');
  return lower.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
