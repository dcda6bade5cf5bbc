// The static site of the published journal (issue 20, point 5): an index by week, one page per
// episode, tag pages, an Atom and an RSS feed with full content (the `feed` package), a sitemap and
// a style sheet, as a map of paths to file contents the caller zips or writes to a folder.
import { Feed } from 'feed';
import { classifyFileAddress, classifyLink, excerptOf, slugify, toBlogMarkdown, type BlogOptions, type EpisodeDraft } from '../episode';
import { isoWeekFromWeekOf } from '../week';
import { episodeTags } from '../tags';
import { postSlug } from './post';
import { escapeHtml, page, SITE_STYLE, weekLabel } from './site-pages';

/** Renders markdown to sanitized HTML, pointing links and images where `rewrite` says. */
export type SiteRenderer = (markdown: string, rewrite: (address: string, element: 'a' | 'img') => string | null) => string;

export interface SiteEntry {
  draft: EpisodeDraft;
  /** The episode's file in the journal (links between episodes name it). */
  path: string;
  /** Milliseconds; the feed's updated date for an episode without a week. */
  updatedAt: number;
}

export interface SiteOptions {
  title: string;
  /** https://me.example: the feed and the sitemap need absolute addresses, so they come with it. */
  siteUrl?: string;
  render: SiteRenderer;
  abtest?: BlogOptions['abtest'];
  now: Date;
  /** Called after each episode page with (done, total). */
  onProgress?(done: number, total: number): void;
  /** The journal's files the pages show (by path from the folder's root, lowercased), copied into the site. */
  attachments?: ReadonlyMap<string, Uint8Array>;
  /** Awaited every few pages, so a caller on the page's thread can let it paint (the progress) in between. */
  pause?(): Promise<void>;
}

const PAGES_BETWEEN_PAUSES = 20;

export interface SiteOutput {
  files: Map<string, string | Uint8Array>;
  episodes: number;
  tags: number;
}

const order = (a: SiteEntry, b: SiteEntry) =>
  (b.draft.weekOf ?? '').localeCompare(a.draft.weekOf ?? '') || (b.draft.number ?? 0) - (a.draft.number ?? 0) || b.updatedAt - a.updatedAt;

function uniqueSlugs(values: readonly string[]): string[] {
  const used = new Set<string>();
  return values.map((value) => {
    let slug = value;
    for (let n = 2; used.has(slug); n += 1) slug = `${value}-${n}`;
    used.add(slug);
    return slug;
  });
}

const dateOf = (entry: SiteEntry) => (entry.draft.weekOf ? new Date(`${entry.draft.weekOf}T00:00:00Z`) : new Date(entry.updatedAt));
const episodeLabel = (draft: EpisodeDraft) => (draft.number !== undefined ? `Episode ${draft.number}` : '');
/** "Episode 5: Title", unless the title already says which episode it is. */
const fullTitle = (draft: EpisodeDraft) => {
  const title = draft.title || 'Untitled episode';
  const label = episodeLabel(draft);
  return label && !title.toLowerCase().startsWith(label.toLowerCase()) ? `${label}: ${title}` : title;
};

export async function buildSite(entries: readonly SiteEntry[], options: SiteOptions): Promise<SiteOutput> {
  const published = entries.filter((entry) => entry.draft.status === 'published').sort(order);
  const slugs = uniqueSlugs(published.map((entry) => postSlug(entry.draft)));
  const byPath = new Map(published.map((entry, i) => [entry.path.normalize('NFC').toLowerCase(), slugs[i]!]));
  const tagNames = [...new Set(published.flatMap((entry) => episodeTags(entry.draft)))].sort((a, b) => a.localeCompare(b));
  const tagSlugList = uniqueSlugs(tagNames.map((tag) => slugify(tag) || 'tag'));
  const tagSlugs = new Map(tagNames.map((tag, i) => [tag, tagSlugList[i]!]));
  const slugOf = new Map(published.map((entry, i) => [entry, slugs[i]!]));
  const tagsOf = new Map(published.map((entry) => [entry, episodeTags(entry.draft)]));
  const siteUrl = options.siteUrl?.trim().replace(/\/+$/, '') || undefined;
  const absolute = (path: string) => (siteUrl ? `${siteUrl}/${path}` : undefined);
  const files = new Map<string, string | Uint8Array>();
  const shell = { siteTitle: options.title, hasFeed: Boolean(siteUrl) };
  const htmlOf = new Map<string, string>();

  for (const [i, entry] of published.entries()) {
    if (options.pause && i > 0 && i % PAGES_BETWEEN_PAUSES === 0) await options.pause();
    const slug = slugs[i]!;
    const root = '../../';
    const rewrite = (address: string, element: 'a' | 'img'): string | null => {
      const target = classifyLink(address, entry.path);
      if (target.kind === 'external') return address;
      if (element === 'a' && target.kind === 'episode-file') {
        const other = byPath.get(target.path.normalize('NFC').toLowerCase());
        return other ? `${root}episodes/${other}/index.html${target.fragment ? `#${target.fragment}` : ''}` : null;
      }
      if (element === 'a' && /^[a-z][a-z0-9+.-]*:/i.test(address) && !/^(javascript|file|data):/i.test(address)) return address;
      // A file of the journal (an image, a PDF) is copied into the site at the same path; one that is not there is left out.
      const file = classifyFileAddress(address, entry.path);
      if (file.kind !== 'journal-file') return null;
      const bytes = options.attachments?.get(file.path.normalize('NFC').toLowerCase());
      if (!bytes) return null;
      files.set(file.path, bytes);
      return `${root}${file.path}`;
    };
    const body = options.render(toBlogMarkdown({ title: '', body: entry.draft.body }, { abtest: options.abtest }), rewrite);
    htmlOf.set(slug, body);
    const tags = episodeTags(entry.draft);
    const newer = i > 0 ? published[i - 1] : undefined;
    const older = published[i + 1];
    const link = (other: SiteEntry, j: number, rel: string, arrow: string) =>
      `<a rel="${rel}" href="${root}episodes/${slugs[j]!}/index.html">${arrow} ${escapeHtml(fullTitle(other.draft))}</a>`;
    const series = [older ? link(older, i + 1, 'prev', '←') : '<span></span>', newer ? link(newer, i - 1, 'next', '→') : ''].join('\n');
    const main = `<article>
<p class="meta">${escapeHtml([fullTitle(entry.draft) === (entry.draft.title || 'Untitled episode') ? '' : episodeLabel(entry.draft), weekLabel(entry.draft.weekOf, entry.draft.weekOf ? isoWeekFromWeekOf(entry.draft.weekOf) : undefined)].filter(Boolean).join(' · '))}</p>
<h1>${escapeHtml(entry.draft.title || 'Untitled episode')}</h1>
${tags.length ? `<ul class="tags">${tags.map((tag) => `<li><a href="${root}tags/${tagSlugs.get(tag)!}/index.html">#${escapeHtml(tag)}</a></li>`).join('')}</ul>\n` : ''}${body}
<nav class="series" aria-label="More episodes">
${series}
</nav>
</article>`;
    files.set(
      `episodes/${slug}/index.html`,
      page({ ...shell, title: `${entry.draft.title || 'Untitled episode'} · ${options.title}`, root, description: excerptOf(entry.draft.body, 160), canonical: absolute(`episodes/${slug}/`), main }),
    );
    options.onProgress?.(i + 1, published.length);
  }

  const list = (items: readonly SiteEntry[], root: string) =>
    items.length === 0
      ? '<p>Nothing is published yet.</p>'
      : `<ul class="episodes">\n${items
          .map((entry) => {
            const slug = slugOf.get(entry)!;
            const week = weekLabel(entry.draft.weekOf, entry.draft.weekOf ? isoWeekFromWeekOf(entry.draft.weekOf) : undefined);
            const label = fullTitle(entry.draft);
            return `<li><span class="week">${escapeHtml(week)}</span><a class="title" href="${root}episodes/${slug}/index.html">${escapeHtml(label)}</a><p class="excerpt">${escapeHtml(excerptOf(entry.draft.body, 200))}</p></li>`;
          })
          .join('\n')}\n</ul>`;

  files.set(
    'index.html',
    page({
      ...shell,
      title: options.title,
      root: '',
      canonical: absolute(''),
      main: `<h1>${escapeHtml(options.title)}</h1>\n<p class="count">${published.length} ${published.length === 1 ? 'episode' : 'episodes'}, week by week.</p>\n${list(published, '')}`,
    }),
  );
  files.set(
    'tags/index.html',
    page({
      ...shell,
      title: `Tags · ${options.title}`,
      root: '../',
      canonical: absolute('tags/'),
      main: `<h1>Tags</h1>\n${
        tagNames.length
          ? `<ul class="tags">${tagNames.map((tag) => `<li><a href="${tagSlugs.get(tag)!}/index.html">#${escapeHtml(tag)}</a> <span class="count">${published.filter((e) => tagsOf.get(e)!.includes(tag)).length}</span></li>`).join('')}</ul>`
          : '<p>No episode has a tag yet.</p>'
      }`,
    }),
  );
  for (const tag of tagNames) {
    const tagged = published.filter((entry) => tagsOf.get(entry)!.includes(tag));
    files.set(
      `tags/${tagSlugs.get(tag)!}/index.html`,
      page({ ...shell, title: `#${tag} · ${options.title}`, root: '../../', canonical: absolute(`tags/${tagSlugs.get(tag)!}/`), main: `<h1>#${escapeHtml(tag)}</h1>\n${list(tagged, '../../')}` }),
    );
  }
  files.set('style.css', SITE_STYLE);

  if (siteUrl) {
    const feed = new Feed({
      title: options.title,
      id: `${siteUrl}/`,
      link: `${siteUrl}/`,
      updated: published[0] ? dateOf(published[0]) : options.now,
      generator: 'Episodes',
      feedLinks: { atom: `${siteUrl}/feed.xml`, rss: `${siteUrl}/rss.xml` },
      copyright: '',
    });
    published.forEach((entry, i) => {
      const url = `${siteUrl}/episodes/${slugs[i]!}/`;
      feed.addItem({
        title: entry.draft.title || 'Untitled episode',
        id: url,
        link: url,
        date: dateOf(entry),
        description: excerptOf(entry.draft.body, 200),
        // Full content; the feed's reader resolves the page's relative links against the item's link.
        content: htmlOf.get(slugs[i]!)!,
        category: episodeTags(entry.draft).map((tag) => ({ name: tag, term: tag })),
      });
    });
    files.set('feed.xml', feed.atom1());
    files.set('rss.xml', feed.rss2());
    const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
    const urls = ['', 'tags/', ...published.map((_, i) => `episodes/${slugs[i]!}/`), ...tagNames.map((tag) => `tags/${tagSlugs.get(tag)!}/`)];
    files.set(
      'sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((path) => `<url><loc>${escapeXml(`${siteUrl}/${path}`)}</loc></url>`).join('\n')}\n</urlset>\n`,
    );
  }
  return { files, episodes: published.length, tags: tagNames.length };
}
