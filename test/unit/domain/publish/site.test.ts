// The static site of the published journal, checked the way a reader and a host would: every page
// passes an HTML validator, every internal link and image resolves to a file of the site, and the
// feeds parse back with a feed reader holding the full posts.
import { posix } from 'node:path';
import { HtmlValidate } from 'html-validate';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../../src/domain/episode';
import { buildSite, type SiteEntry } from '../../../../src/domain/publish';
import { renderHtml } from '../../../../src/features/preview/preview-data';

const episode = (path: string, text: string, updatedAt = 0): SiteEntry => ({ draft: parseEpisode(text), path, updatedAt });

const entries: SiteEntry[] = [
  episode(
    '2026/2026-W46-embeddings.md',
    `---\ntitle: Embeddings & vector search\nepisode: 4\nweek: 2026-W46\nstatus: published\ntags: [gcp, ml/embeddings]\n---\n## Course Progress\nEmbeddings module done. A footnote.[^1]\n\n- [x] Lab 3\n\n[^1]: It took two evenings.\n`,
  ),
  episode(
    '2026/2026-W47-feature-stores.md',
    `---\ntitle: Feature stores\nepisode: 5\nweek: 2026-W47\nstatus: published\ntags: [gcp, statistics]\n---\n## Project Log\nAs [last week](2026-W46-embeddings.md#course-progress) said, and [the draft](2026-W48-draft.md) and [Vertex](https://cloud.google.com/vertex-ai).\n\n![chart](attachments/2026/chart.png)\n\n| n | p |\n|---|---|\n| 10 | 0.5 |\n`,
  ),
  episode('2026/2026-W48-draft.md', `---\ntitle: Not yet\nepisode: 6\nweek: 2026-W48\nstatus: draft\n---\nSecret draft words.\n`),
];

const render = (markdown: string, rewrite: (address: string, element: 'a' | 'img') => string | null) => renderHtml(markdown, { rewriteAddress: rewrite });
const text = (files: Map<string, string | Uint8Array>, path: string): string => {
  const content = files.get(path);
  if (typeof content !== 'string') throw new Error(`${path} is not a text file`);
  return content;
};
const chart = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const site = (siteUrl?: string) =>
  buildSite(entries, { title: 'Learning in public', siteUrl, render, now: new Date('2026-12-02T10:00:00Z'), attachments: new Map([['2026/attachments/2026/chart.png', chart]]) });

describe('the static site', () => {
  it('has an index, a page per published episode, tag pages, a feed and a sitemap, and no draft', async () => {
    const { files, episodes, tags } = await site('https://ana.example');
    expect(episodes).toBe(2);
    expect(tags).toBe(3);
    expect([...files.keys()].sort()).toEqual([
      '2026/attachments/2026/chart.png',
      'episodes/embeddings-vector-search/index.html',
      'episodes/feature-stores/index.html',
      'feed.xml',
      'index.html',
      'rss.xml',
      'sitemap.xml',
      'style.css',
      'tags/gcp/index.html',
      'tags/index.html',
      'tags/ml-embeddings/index.html',
      'tags/statistics/index.html',
    ]);
    expect([...files.values()].filter((c) => typeof c === 'string').join('\n')).not.toContain('Secret draft words');
    const index = text(files, 'index.html');
    expect(index.indexOf('Episode 5: Feature stores')).toBeLessThan(index.indexOf('Episode 4: Embeddings &amp; vector search'));
    expect(index).toContain('Week 47 · 16 Nov 2026');
  });

  it('passes the HTML validator on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const { files } = await site('https://ana.example');
    for (const path of files.keys()) {
      if (!path.endsWith('.html')) continue;
      const report = await validator.validateString(text(files, path), path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line}: ${m.ruleId} ${m.message}`));
      expect(messages).toEqual([]);
    }
  });

  it('resolves every internal link and image to a file of the site (from disk: links name index.html)', async () => {
    const { files } = await site();
    for (const path of files.keys()) {
      if (!path.endsWith('.html')) continue;
      for (const [, address] of text(files, path).matchAll(/(?:href|src)="([^"#]*)(?:#[^"]*)?"/g)) {
        if (!address || /^[a-z]+:/i.test(address)) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), address));
        expect(files.has(target), `${path} links to ${address}`).toBe(true);
      }
    }
  });

  it('points a link to a published episode at its page, and keeps the text of a link to a draft', async () => {
    const page = text((await site()).files, 'episodes/feature-stores/index.html');
    expect(page).toContain('<a href="../../episodes/embeddings-vector-search/index.html#course-progress">last week</a>');
    expect(page).toContain('and the draft and');
    expect(page).not.toContain('2026-W48-draft.md');
    expect(page).toContain('<a href="https://cloud.google.com/vertex-ai">Vertex</a>');
    expect(page).toContain('<img src="../../2026/attachments/2026/chart.png" alt="chart">');
    expect(page).toContain('<a rel="prev" href="../../episodes/embeddings-vector-search/index.html">← Episode 4: Embeddings &amp; vector search</a>');
  });

  it('writes Atom and RSS feeds a feed reader reads back with the full posts, newest first', async () => {
    const { files } = await site('https://ana.example/');
    const parser = new Parser();
    for (const name of ['feed.xml', 'rss.xml']) {
      const feed = await parser.parseString(text(files, name));
      expect(feed.title).toBe('Learning in public');
      expect(feed.items.map((item) => item.title)).toEqual(['Feature stores', 'Embeddings & vector search']);
      expect(feed.items.map((item) => item.link)).toEqual(['https://ana.example/episodes/feature-stores/', 'https://ana.example/episodes/embeddings-vector-search/']);
      expect(feed.items[1]!.content).toContain('Embeddings module done.');
      expect(new Date(feed.items[0]!.isoDate!).toISOString()).toBe('2026-11-16T00:00:00.000Z');
    }
    expect(text(files, 'sitemap.xml')).toContain('<loc>https://ana.example/episodes/feature-stores/</loc>');
  });

  it('leaves the feed and sitemap out without the site’s address (they need absolute links), and says nothing is published on an empty site', async () => {
    const { files } = await site();
    expect(files.has('feed.xml')).toBe(false);
    expect(files.has('sitemap.xml')).toBe(false);
    const empty = await buildSite([], { title: 'Mine', render, now: new Date() });
    expect(text(empty.files, 'index.html')).toContain('Nothing is published yet.');
  });
});
