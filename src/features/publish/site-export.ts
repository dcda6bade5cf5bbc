// The static site as a zip (or, on the desktop, into a folder: site-folder-export.ts): every live
// episode read through the repository, the published ones built into pages (yielding to the page
// between chunks, so the progress paints).
import { format } from 'date-fns';
import { strToU8, zipSync } from 'fflate';
import { toDraft } from '../../data/episode-record';
import { episodeFilePaths } from '../../data/episode-files';
import { getEpisodesRepo } from '../../data/episodes-store';
import { buildSite, type SiteEntry, type SiteOutput } from '../../domain/publish';
import { referencedAttachments } from '../../data/attachments-store';
import { withChartImages } from '../../data/charts-store';
import { abtestCardsReady, abtestExportMarkdown, renderHtml } from '../preview';

export interface SiteSummary {
  published: number;
  drafts: number;
}

export async function loadSiteEntries(): Promise<SiteEntry[]> {
  const [episodes, paths] = await Promise.all([getEpisodesRepo().listFull(), episodeFilePaths()]);
  return episodes.map((episode) => ({ draft: toDraft(episode), path: paths.get(episode.id) ?? '', updatedAt: episode.updatedAt }));
}

export function summarize(entries: readonly SiteEntry[]): SiteSummary {
  const published = entries.filter((entry) => entry.draft.status === 'published').length;
  return { published, drafts: entries.length - published };
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface SiteBuildOptions {
  title: string;
  siteUrl: string;
  now?: Date;
  onProgress?(done: number, total: number): void;
}

/** The site's files (pages, feeds, sitemap, style, the images): what the zip and the folder both hold. */
export async function buildSiteFiles(stored: readonly SiteEntry[], options: SiteBuildOptions): Promise<SiteOutput> {
  const now = options.now ?? new Date();
  // The published episodes' chart blocks become images, stored like any attachment and copied below.
  const entries = await Promise.all(stored.map(async (entry) => (entry.draft.status === 'published' ? { ...entry, draft: await withChartImages(entry.draft) } : entry)));
  const attachments = await referencedAttachments(entries.filter((entry) => entry.draft.status === 'published').map((entry) => entry.draft.body));
  await abtestCardsReady();
  const site = await buildSite(entries, {
    attachments,
    title: options.title,
    siteUrl: options.siteUrl || undefined,
    render: (markdown, rewrite) => renderHtml(markdown, { rewriteAddress: rewrite }),
    abtest: abtestExportMarkdown,
    now,
    onProgress: options.onProgress,
    pause: nextFrame,
  });
  return site;
}

export async function buildSiteZip(stored: readonly SiteEntry[], options: SiteBuildOptions): Promise<{ zip: Uint8Array; site: SiteOutput; name: string }> {
  const now = options.now ?? new Date();
  const site = await buildSiteFiles(stored, { ...options, now });
  // Images are compressed already: stored as they are (level 0), which halves the zip's time.
  const files: Record<string, [Uint8Array, { mtime: Date; level?: 0 }]> = {};
  for (const [path, content] of site.files) files[path] = typeof content === 'string' ? [strToU8(content), { mtime: now }] : [content, { mtime: now, level: 0 }];
  return { zip: zipSync(files, { level: 6 }), site, name: `site-${format(now, 'yyyy-MM-dd')}.zip` };
}
