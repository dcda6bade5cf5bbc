// The pre-publish check (issue 20, point 4): before an export, one list of what needs a look, each
// with where to go: a line of the body, or the field or setting to change. Problems are what the
// target would reject or a reader would see broken; warnings are worth a look.
import type { Image, Link, Nodes } from 'mdast';
import { classifyFileAddress, classifyLink, layoutBody, type EpisodeDraft } from '../episode';
import { parseMarkdown } from '../episode/markdown';
import { parseDay } from '../week';
import { buildPost, targetTags, type PostContext } from './post';
import { PUBLISH_PROFILES, type PublishProfileId } from './profiles';

export type PublishField = 'title' | 'tags' | 'status' | 'week' | 'settings';

export interface PublishIssue {
  severity: 'problem' | 'warning';
  message: string;
  /** Where to fix it: a 1-based line of the body, or a field of the episode or of the settings. */
  at: { line: number } | { field: PublishField };
}

export interface CheckContext extends PostContext {
  /** The episode's own file (`2026/2026-W47-x.md`), which relative links resolve against. */
  fromPath?: string;
  /** Every episode file of the journal, NFC and lowercased (links match without case, as on macOS and Windows). */
  episodePaths: ReadonlySet<string>;
  /** Files the journal holds beside its episodes (images, PDFs), by path from the folder's root, NFC and lowercased. */
  attachmentPaths: ReadonlySet<string>;
}

const holds = (paths: ReadonlySet<string>, path: string) => paths.has(path.normalize('NFC').toLowerCase());

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
const EMPTY_SECTION = /^(?:\s|<!--[\s\S]*?-->)*$/;

function bodyIssues(draft: EpisodeDraft, context: CheckContext): PublishIssue[] {
  const issues: PublishIssue[] = [];
  walk(parseMarkdown(draft.body), (node) => {
    if (node.type === 'image') imageIssues(node, context, issues);
    else if (node.type === 'link') linkIssues(node, context, issues);
  });
  for (const section of layoutBody(draft.body).sections) {
    if (EMPTY_SECTION.test(section.markdown)) {
      issues.push({ severity: 'warning', message: `The section “${section.plainHeading || 'untitled'}” is empty.`, at: { line: section.line } });
    }
  }
  return issues;
}

function imageIssues(node: Image, context: CheckContext, issues: PublishIssue[]): void {
  const at = { line: lineOf(node) };
  if (!node.alt?.trim()) issues.push({ severity: 'warning', message: `An image has no alt text (${node.url || 'no address'}); readers with screen readers hear nothing.`, at });
  const target = classifyFileAddress(node.url, context.fromPath);
  if (target.kind === 'refused') issues.push({ severity: 'problem', message: `An image cannot be shown: ${target.reason}`, at });
  else if (target.kind === 'journal-file' && !holds(context.attachmentPaths, target.path)) {
    issues.push({ severity: 'problem', message: `The image ${node.url} is not in the journal.`, at });
  }
}

function linkIssues(node: Link, context: CheckContext, issues: PublishIssue[]): void {
  const at = { line: lineOf(node) };
  const link = classifyLink(node.url, context.fromPath);
  if (link.kind === 'episode-file') {
    if (!holds(context.episodePaths, link.path)) issues.push({ severity: 'problem', message: `A link leads to ${node.url}, which is not in the journal.`, at });
    return;
  }
  if (link.kind !== 'refused') return;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(node.url.trim())?.[1]?.toLowerCase();
  if (scheme === 'file') {
    issues.push({ severity: 'problem', message: `A link leads to ${node.url}, a file on this computer that readers cannot open.`, at });
    return;
  }
  // mailto:, tel: and the like are the reader's to open; only the app refuses them.
  if (scheme && scheme !== 'javascript') return;
  // Not an episode: a file of the journal (a PDF beside the episodes) is fine when it is there.
  const file = classifyFileAddress(node.url, context.fromPath);
  if (file.kind === 'journal-file') {
    if (!holds(context.attachmentPaths, file.path)) issues.push({ severity: 'problem', message: `A link leads to ${node.url}, which is not in the journal.`, at });
  } else issues.push({ severity: 'problem', message: `A link is broken: ${link.reason}`, at });
}

const BOOLEAN_KEYS = new Set(['draft', 'published', 'saveAsDraft']);
const DATE_KEYS = new Set(['date', 'pubDate']);

/** Front matter the episode carries itself, under a key the target reads, with a value it refuses. */
function ownFrontmatterIssues(draft: EpisodeDraft, profileId: PublishProfileId): PublishIssue[] {
  const profile = PUBLISH_PROFILES[profileId];
  const issues: PublishIssue[] = [];
  for (const [key] of profile.fields) {
    if (!Object.hasOwn(draft.frontmatter, key)) continue;
    const value = draft.frontmatter[key];
    const wrong =
      (BOOLEAN_KEYS.has(key) && typeof value !== 'boolean') ||
      (DATE_KEYS.has(key) && !(value instanceof Date) && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) ||
      ((key === 'title' || key === 'description' || key === 'canonical_url' || key === 'canonical') && typeof value !== 'string');
    if (wrong) issues.push({ severity: 'problem', message: `The episode’s own front matter has ${key}: ${JSON.stringify(value)}, which ${profile.label} does not accept.`, at: { line: 1 } });
  }
  return issues;
}

/** What needs a look before `draft` is exported for `profileId`; problems first, then in order. */
export function prePublishCheck(draft: EpisodeDraft, profileId: PublishProfileId, context: CheckContext): PublishIssue[] {
  const profile = PUBLISH_PROFILES[profileId];
  const post = buildPost(draft, profileId, context);
  const issues: PublishIssue[] = [];
  if (!draft.title.trim()) issues.push({ severity: 'problem', message: 'The episode has no title.', at: { field: 'title' } });
  if (draft.status === 'draft') {
    issues.push({ severity: 'warning', message: `The episode is still marked Draft, so the post is exported as a draft${profileId === 'devto' ? '' : ` (${profileId === 'jekyll' ? 'published: false' : profileId === 'hashnode' ? 'saveAsDraft: true' : 'draft: true'})`}.`, at: { field: 'status' } });
  }
  const tags = targetTags(profile, post.allTags);
  if (profile.maxTags !== undefined && tags.length > profile.maxTags) {
    const dropped = tags.slice(profile.maxTags);
    issues.push({ severity: 'problem', message: `${profile.label} takes at most ${profile.maxTags} tags; this episode has ${tags.length}, so ${dropped.join(', ')} would be left out.`, at: { field: 'tags' } });
  }
  const rewritten = post.allTags.filter((tag) => tagFor(tag) !== tag);
  function tagFor(tag: string) {
    return targetTags(profile, [tag])[0] ?? '';
  }
  if (rewritten.length) {
    issues.push({ severity: 'warning', message: `${profile.label} writes tags differently: ${rewritten.map((tag) => `${tag} → ${tagFor(tag) || '(dropped)'}`).join(', ')}.`, at: { field: 'tags' } });
  }
  if (profile.requires?.includes('domain') && !context.settings.hashnodeDomain.trim()) {
    issues.push({ severity: 'problem', message: 'Hashnode needs your blog’s domain (blog.example.dev); set it under Publishing in Settings.', at: { field: 'settings' } });
  }
  if (profile.requires?.includes('date') && !(draft.weekOf && parseDay(draft.weekOf))) {
    issues.push({ severity: 'warning', message: `The episode has no week, so the ${profile.label} post is dated the day of the export.`, at: { field: 'week' } });
  }
  issues.push(...ownFrontmatterIssues(draft, profileId), ...bodyIssues(draft, context));
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'problem' ? -1 : 1));
}
