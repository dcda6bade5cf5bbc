// Posts for each publish profile, checked against the targets' documented front matter (see the
// sources listed in src/domain/publish/profiles.ts) by parsing the file back as YAML.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseEpisode } from '../../../../src/domain/episode';
import { buildPost, defaultPublishSettings, prePublishCheck, type CheckContext, type PostContext, type PublishSettings } from '../../../../src/domain/publish';

const file = `---
title: Feature stores and a Bayesian A/B test
episode: 5
week: 2026-W47
status: published
tags: [machine-learning, gcp, statistics, interview-prep, vertex-ai]
---
Week five: I finished the feature engineering module.

## Course Progress
Finished **Vertex AI Feature Store**.

## Project Log
<!-- kind: project -->
See [last week](2026-W46-embeddings.md) and [Vertex docs](https://cloud.google.com/vertex-ai).
`;

const draft = parseEpisode(file);
const settings = (patch: Partial<PublishSettings> = {}): PublishSettings => ({ ...defaultPublishSettings, ...patch });
const context = (patch: Partial<PostContext> = {}): PostContext => ({ settings: settings(), today: '2026-12-02', ...patch });

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match, 'the post opens with a front matter block').not.toBeNull();
  return parseYaml(match![1]!) as Record<string, unknown>;
}

describe('publish profiles', () => {
  it('writes Hugo front matter: title, date, draft, tags, series', () => {
    const post = buildPost(draft, 'hugo', context({ settings: settings({ seriesName: 'Learning in public' }) }));
    expect(post.fileName).toBe('feature-stores-and-a-bayesian-a-b-test.md');
    expect(frontmatter(post.text)).toEqual({
      title: 'Feature stores and a Bayesian A/B test',
      date: '2026-11-16',
      draft: false,
      tags: ['machine-learning', 'gcp', 'statistics', 'interview-prep', 'vertex-ai'],
      series: ['Learning in public'],
      description: 'Week five: I finished the feature engineering module. Finished Vertex AI Feature Store. See last week and Vertex docs.',
    });
  });

  it('names a Jekyll post by its date and marks a draft published: false', () => {
    const post = buildPost({ ...draft, status: 'draft' }, 'jekyll', context());
    expect(post.fileName).toBe('2026-11-16-feature-stores-and-a-bayesian-a-b-test.md');
    const fm = frontmatter(post.text);
    expect(fm.layout).toBe('post');
    expect(fm.published).toBe(false);
    expect(fm.date).toBe('2026-11-16');
  });

  it('leaves published out of a Jekyll post that is published (Jekyll publishes by default)', () => {
    expect(frontmatter(buildPost(draft, 'jekyll', context()).text)).not.toHaveProperty('published');
  });

  it('writes Astro’s pubDate and Quartz’s draft', () => {
    expect(frontmatter(buildPost(draft, 'astro', context()).text)).toMatchObject({ pubDate: '2026-11-16', draft: false });
    expect(frontmatter(buildPost({ ...draft, status: 'draft' }, 'quartz', context()).text)).toMatchObject({ date: '2026-11-16', draft: true });
  });

  it('exports dev.to drafts with at most 4 letter-and-digit tags, the series and the canonical URL', () => {
    const post = buildPost(draft, 'devto', context({ settings: settings({ seriesName: 'Learning in public', siteUrl: 'https://ana.example/' }) }));
    const fm = frontmatter(post.text);
    expect(fm.published).toBe(false);
    expect(fm.tags).toBe('machinelearning, gcp, statistics, interviewprep');
    expect(fm.series).toBe('Learning in public');
    expect(fm.canonical_url).toBe('https://ana.example/episodes/feature-stores-and-a-bayesian-a-b-test/');
  });

  it('writes Hashnode’s slug, comma-separated tag slugs, domain and saveAsDraft', () => {
    const post = buildPost({ ...draft, status: 'draft' }, 'hashnode', context({ settings: settings({ hashnodeDomain: 'ana.hashnode.dev' }) }));
    expect(frontmatter(post.text)).toMatchObject({
      title: 'Feature stores and a Bayesian A/B test',
      slug: 'feature-stores-and-a-bayesian-a-b-test',
      tags: 'machine-learning, gcp, statistics, interview-prep, vertex-ai',
      domain: 'ana.hashnode.dev',
      saveAsDraft: true,
    });
  });

  it('keeps the body without the kind comments and without a repeated title', () => {
    const post = buildPost(draft, 'hugo', context());
    const body = post.text.slice(post.text.indexOf('---\n', 4) + 4);
    expect(body).not.toContain('<!-- kind:');
    expect(body).not.toMatch(/^# /m);
    expect(body).toContain('## Course Progress');
  });

  it('ends with "Episode 5 of …" and links to the previous and next episodes', () => {
    const ctx = context({
      settings: settings({ seriesName: 'Learning in public' }),
      previous: { title: 'Embeddings', number: 4, weekOf: '2026-11-09' },
      next: { title: 'Pipelines', number: 6, weekOf: '2026-11-23' },
    });
    expect(buildPost(draft, 'hugo', ctx).text.trimEnd().split('\n').at(-1)).toBe(
      '*Episode 5 of Learning in public* · ← Previous: [Episode 4: Embeddings](../embeddings/) · Next: [Episode 6: Pipelines](../pipelines/) →',
    );
    expect(buildPost(draft, 'jekyll', ctx).text).toContain('[Episode 4: Embeddings]({% post_url 2026-11-09-embeddings %})');
    // dev.to links a series itself; without the person's site there is no address to link to.
    expect(buildPost(draft, 'devto', ctx).text.trimEnd().split('\n').at(-1)).toBe('*Episode 5 of Learning in public*');
  });

  it('lets the episode’s own front matter key win (a cover image it carries for dev.to stays out, its description wins)', () => {
    const own = { ...draft, frontmatter: { description: 'My own summary', cover_image: 'x.png' } };
    const fm = frontmatter(buildPost(own, 'devto', context()).text);
    expect(fm.description).toBe('My own summary');
  });
});

describe('pre-publish check', () => {
  const check = (d = draft, profile: Parameters<typeof prePublishCheck>[1] = 'devto', patch: Partial<CheckContext> = {}) =>
    prePublishCheck(d, profile, { ...context(), fromPath: '2026/2026-W47-feature-stores.md', episodePaths: new Set(['2026/2026-w46-embeddings.md']), attachmentPaths: new Set(), ...patch });

  it('finds nothing to fix in a clean Hugo post', () => {
    expect(check(draft, 'hugo')).toEqual([]);
  });

  it('lists too many tags for dev.to first, with the ones left out, then the rewritten tags', () => {
    const issues = check();
    expect(issues[0]).toEqual({ severity: 'problem', message: 'dev.to takes at most 4 tags; this episode has 5, so vertexai would be left out.', at: { field: 'tags' } });
    expect(issues[1]!.message).toBe('dev.to writes tags differently: machine-learning → machinelearning, interview-prep → interviewprep, vertex-ai → vertexai.');
  });

  it('points at the line of an image without alt text, a missing image, a link to a missing episode and an empty section', () => {
    const body = `Intro\n\n![](attachments/2026/chart.png)\n\n## Interview Prep\n\n## Project Log\nSee [old](2026-W40-gone.md).\n`;
    const issues = check({ ...parseEpisode(file), body, sections: parseEpisode(`---\ntitle: x\n---\n${body}`).sections }, 'hugo');
    expect(issues).toEqual([
      { severity: 'problem', message: 'The image attachments/2026/chart.png is not in the journal.', at: { line: 3 } },
      { severity: 'problem', message: 'A link leads to 2026-W40-gone.md, which is not in the journal.', at: { line: 8 } },
      { severity: 'warning', message: 'An image has no alt text (attachments/2026/chart.png); readers with screen readers hear nothing.', at: { line: 3 } },
      { severity: 'warning', message: 'The section “Interview Prep” is empty.', at: { line: 5 } },
    ]);
    expect(check({ ...draft, body }, 'hugo', { attachmentPaths: new Set(['2026/attachments/2026/chart.png']) }).map((i) => i.message)).not.toContain(
      'The image attachments/2026/chart.png is not in the journal.',
    );
  });

  it('says a Draft is exported as a draft, and Hashnode needs a domain', () => {
    const issues = check({ ...draft, status: 'draft', tags: ['ml'] }, 'hashnode');
    expect(issues).toContainEqual({ severity: 'problem', message: 'Hashnode needs your blog’s domain (blog.example.dev); set it under Publishing in Settings.', at: { field: 'settings' } });
    expect(issues).toContainEqual({ severity: 'warning', message: 'The episode is still marked Draft, so the post is exported as a draft (saveAsDraft: true).', at: { field: 'status' } });
  });

  it('refuses the episode’s own front matter value the target would reject', () => {
    const issues = check({ ...draft, tags: ['ml'], frontmatter: { published: 'soon' } }, 'devto');
    expect(issues).toContainEqual({ severity: 'problem', message: 'The episode’s own front matter has published: "soon", which dev.to does not accept.', at: { line: 1 } });
  });

  it('flags a title-less episode and a Jekyll post without a week', () => {
    const issues = check({ ...draft, title: ' ', weekOf: undefined, tags: [] }, 'jekyll');
    expect(issues).toContainEqual({ severity: 'problem', message: 'The episode has no title.', at: { field: 'title' } });
    expect(issues).toContainEqual({ severity: 'warning', message: 'The episode has no week, so the Jekyll post is dated the day of the export.', at: { field: 'week' } });
  });
});

describe('links and files in a post', () => {
  const check = (body: string) =>
    prePublishCheck({ ...draft, tags: ['ml'], body }, 'hugo', { ...context(), fromPath: '2026/2026-W47-x.md', episodePaths: new Set(), attachmentPaths: new Set(['attachments/2026/notes.pdf']) });

  it('accepts mail links and a PDF the journal holds, refuses file: links and a page outside the folder', () => {
    expect(check('Write to [me](mailto:ana@example.com), read [notes](../attachments/2026/notes.pdf).\n')).toEqual([]);
    expect(check('[mine](file:///home/ana/x.pdf)\n').map((i) => i.message)).toEqual(['A link leads to file:///home/ana/x.pdf, a file on this computer that readers cannot open.']);
    expect(check('![chart](../../outside.png)\n').map((i) => i.message)).toEqual(['An image cannot be shown: it leads outside the journal folder.']);
    expect(check('![chart](data:image/png;base64,AAAA)\n').map((i) => i.message)).toEqual([
      'An image cannot be shown: it is a data: address; a post can only show web addresses and the journal’s own files.',
    ]);
  });
});

describe('series neighbours', () => {
  it('are the published episodes just before and after, drafts and the episode itself skipped', async () => {
    const { seriesNeighbours } = await import('../../../../src/domain/publish');
    const episodes = [
      { id: 'a', title: 'One', number: 1, weekOf: '2026-11-02', status: 'published' as const },
      { id: 'b', title: 'Two', number: 2, weekOf: '2026-11-09', status: 'published' as const },
      { id: 'c', title: 'Three (draft)', number: 3, weekOf: '2026-11-16', status: 'draft' as const },
      { id: 'd', title: 'Four', number: 4, weekOf: '2026-11-23', status: 'published' as const },
      { id: 'e', title: 'Five', number: 5, weekOf: '2026-11-30', status: 'published' as const },
    ];
    expect(seriesNeighbours({ id: 'c', weekOf: '2026-11-16', number: 3 }, episodes)).toEqual({
      previous: { title: 'Two', number: 2, weekOf: '2026-11-09' },
      next: { title: 'Four', number: 4, weekOf: '2026-11-23' },
    });
    expect(seriesNeighbours({ id: 'a', weekOf: '2026-11-02', number: 1 }, episodes)).toEqual({ previous: undefined, next: { title: 'Two', number: 2, weekOf: '2026-11-09' } });
  });
});

describe('a post with images', () => {
  it('links its images beside it (images/…) and says which stored file goes where', async () => {
    const { bundlePost } = await import('../../../../src/domain/publish');
    const bundle = bundlePost({ text: '![chart](../attachments/2026/0123456789abcdef.png)\n![same](../attachments/2026/0123456789abcdef.png) [notes](../attachments/2025/fedcba9876543210.pdf)\n' });
    expect(bundle.text).toBe('![chart](images/0123456789abcdef.png)\n![same](images/0123456789abcdef.png) [notes](images/fedcba9876543210.pdf)\n');
    expect(bundle.images).toEqual([
      { path: 'attachments/2026/0123456789abcdef.png', name: '0123456789abcdef.png' },
      { path: 'attachments/2025/fedcba9876543210.pdf', name: 'fedcba9876543210.pdf' },
    ]);
  });
});
