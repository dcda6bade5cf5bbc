// Turning a draft into things outside the app: a file name, a blog post, a highlights list.
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { cutToBytes, isWindowsReservedName, MAX_WRITTEN_NAME_BYTES, utf8Length } from '../../shared/portable-names';
import { parseDay } from '../week';
import { extractAbtestBlocks } from './abtest';
import { plainText } from './markdown';
import { layoutBody } from './sections';
import { slugify } from './text-stats';
import type { EpisodeDraft, EpisodeSection } from './types';

/** Room left in a file name for the `-2` … `-99` the journal folder adds when a name is taken. */
const COLLISION_SUFFIX_BYTES = 3;

/**
 * `yyyy/yyyy-Www-slug.md` using the ISO week-year of weekOf (so 2026-12-28 files under 2026 but
 * 2027-01-01 of week 2026-W53 also under 2026). Undated drafts go to `undated/slug.md`.
 * The slug comes from the title, else `episode-N`, else `untitled`. Names are portable: NFC, never
 * a name Windows reserves (`con`, `nul` …), and short enough in bytes for every file system.
 */
export function episodeFileName(draft: Pick<EpisodeDraft, 'title' | 'number' | 'weekOf'>): string {
  const slug = slugify(draft.title) || (draft.number !== undefined ? `episode-${draft.number}` : 'untitled');
  const day = draft.weekOf === undefined ? undefined : parseDay(draft.weekOf);
  const prefix = day ? `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}-` : '';
  const room = MAX_WRITTEN_NAME_BYTES - utf8Length(prefix) - '.md'.length - COLLISION_SUFFIX_BYTES;
  let stem = prefix + (cutToBytes(slug, room).replace(/-+$/, '') || 'untitled');
  if (isWindowsReservedName(stem)) stem = `${stem}-episode`;
  return `${day ? String(getISOWeekYear(day)) : 'undated'}/${stem}.md`;
}

export interface BlogOptions {
  /**
   * Markdown for a saved calculation (an ```abtest block's source), or undefined to keep the block
   * as it is: the calculators compute it, so the renderer comes from them.
   */
  abtest?: (source: string) => string | undefined;
}

/** Every ```abtest block the renderer can render replaced by its markdown (indented like the block). */
function renderAbtestBlocks(body: string, render: (source: string) => string | undefined): string {
  if (!body.includes('abtest')) return body;
  let out = body;
  for (const block of extractAbtestBlocks(body).reverse()) {
    const rendered = render(block.source);
    if (rendered === undefined) continue;
    const indent = ' '.repeat(block.position.start.column - 1);
    const text = rendered.trimEnd().replace(/\n(?=.)/g, `\n${indent}`);
    out = out.slice(0, block.position.start.offset) + text + out.slice(block.position.end.offset);
  }
  return out;
}

/**
 * The post as plain markdown for a blog: no frontmatter, no `<!-- kind: … -->` lines, saved
 * calculations rendered (see BlogOptions), and the title as a `#` heading unless the body already
 * opens with one.
 */
export function toBlogMarkdown(draft: Pick<EpisodeDraft, 'title' | 'body'>, options: BlogOptions = {}): string {
  let body = options.abtest ? renderAbtestBlocks(draft.body, options.abtest) : draft.body;
  const layout = layoutBody(body);
  for (const span of [...layout.sections].reverse()) {
    if (span.override) body = body.slice(0, span.override.start) + body.slice(span.override.end);
  }
  const title = draft.title.trim();
  if (!title || layout.startsWithH1) return body;
  return `# ${title}\n\n${body.replace(/^(?:[ \t]*\r?\n)+/, '')}`;
}

/**
 * `- Course Progress\n- Project: Churn model\n…` naming every section except highlights ones,
 * for the one-click highlights list.
 */
export function weeklyHighlightsList(sections: readonly EpisodeSection[]): string {
  const items = sections
    .filter((section) => section.kind !== 'highlights')
    .map((section) => plainText(section.heading))
    .filter((text) => text !== '');
  return items.map((text) => `- ${text}\n`).join('');
}
