// Export: files for one episode (markdown, blog markdown, a standalone HTML page) and the whole
// journal as a zip of `yyyy/yyyy-Www-slug.md` files.
import { strToU8, zipSync } from 'fflate';
import type { EpisodeDraft } from '../../domain/episode';
import { episodeFileName, serializeEpisode, slugify } from '../../domain/episode';

export type ExportFormat = 'markdown' | 'blog' | 'html';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// The exported page is a file of its own: the app's CSP does not apply, so a small inline style is fine.
const PAGE_STYLE = `
  body { max-width: 720px; margin: 40px auto; padding: 0 20px; font: 16px/1.65 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d1d1b; background: #fff; }
  h1, h2, h3 { line-height: 1.25; } h1 { font-size: 2em; } h2 { margin-top: 1.8em; }
  a { color: #3b5bdb; } img { max-width: 100%; }
  code { font: 0.9em ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; background: #f2f2ef; padding: 1px 4px; border-radius: 4px; }
  pre { background: #f2f2ef; padding: 12px 16px; border-radius: 8px; overflow-x: auto; } pre code { background: none; padding: 0; }
  table { border-collapse: collapse; } th, td { border: 1px solid #d6d6d0; padding: 6px 10px; }
  blockquote { margin: 0; padding-left: 16px; border-left: 3px solid #d6d6d0; color: #555; }
  ul.contains-task-list { list-style: none; padding-left: 1.2em; }
  .abtest-placeholder { border: 1px solid #d6d6d0; border-radius: 8px; padding: 10px 14px; color: #555; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (prefers-color-scheme: dark) { body { background: #16171a; color: #ececea; } code, pre { background: #26282d; } a { color: #93a7f6; } }
`;

/** A complete HTML document around already-sanitized body HTML. */
export function standaloneHtml(title: string, sanitizedBodyHtml: string): string {
  const safeTitle = escapeHtml(title || 'Episode');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${safeTitle}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<article>
${sanitizedBodyHtml}
</article>
</body>
</html>
`;
}

/** `episode-12-feature-stores.md`, `…-blog.md`, `….html`. */
export function exportFileName(draft: Pick<EpisodeDraft, 'title' | 'number'>, format: ExportFormat): string {
  const slug = slugify(draft.title) || (draft.number !== undefined ? `episode-${draft.number}` : 'episode');
  if (format === 'html') return `${slug}.html`;
  return format === 'blog' ? `${slug}-blog.md` : `${slug}.md`;
}

/** Names for the zip: episodeFileName, with ` (2)` before the extension when two would collide. */
export function uniqueFileNames(drafts: readonly Pick<EpisodeDraft, 'title' | 'number' | 'weekOf'>[]): string[] {
  const used = new Set<string>();
  return drafts.map((draft) => {
    const base = episodeFileName(draft);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = base.replace(/\.md$/, ` (${n}).md`);
    used.add(name.toLowerCase());
    return name;
  });
}

/** The whole journal as one zip of markdown files with frontmatter, and the files they show at their paths (`attachments/…`). */
export function journalZip(drafts: readonly EpisodeDraft[], mtime = new Date(), attachments: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  const names = uniqueFileNames(drafts);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, bytes] of attachments) files[path] = [bytes, { mtime }];
  drafts.forEach((draft, i) => {
    files[names[i]!] = [strToU8(serializeEpisode(draft)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}
