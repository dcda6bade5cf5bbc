// The static site's HTML: one document shape for every page, a style sheet with light and dark
// from the reader's system, no JavaScript. Links are relative and name `index.html`, so the folder
// reads from disk (file:// opens no directory index) and from any static host.
import { format } from 'date-fns';
import { parseDay } from '../week';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const SITE_STYLE = `:root { color-scheme: light dark; --bg: #ffffff; --text: #1d1d1b; --muted: #62625d; --rule: #e2e2de; --link: #3b5bdb; --code: #f2f2ef; }
@media (prefers-color-scheme: dark) { :root { --bg: #16171a; --text: #ececea; --muted: #a3a39e; --rule: #2c2f35; --link: #93a7f6; --code: #26282d; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 17px/1.65 system-ui, -apple-system, "Segoe UI", sans-serif; }
.site-header, main, .site-footer { max-width: 720px; margin: 0 auto; padding: 0 20px; }
.site-header { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: baseline; justify-content: space-between; padding-top: 28px; padding-bottom: 12px; border-bottom: 1px solid var(--rule); }
.site-title { font-weight: 700; font-size: 1.15em; color: var(--text); text-decoration: none; }
.site-header nav { display: flex; gap: 16px; }
main { padding-top: 24px; padding-bottom: 48px; }
a { color: var(--link); }
h1, h2, h3 { line-height: 1.25; } h1 { font-size: 2em; margin: 0.3em 0 0.2em; } h2 { margin-top: 1.8em; }
.meta, .excerpt, .site-footer, .count { color: var(--muted); }
.meta { font-size: 0.92em; margin: 0 0 1.5em; }
.tags { display: flex; flex-wrap: wrap; gap: 6px 12px; padding: 0; list-style: none; font-size: 0.92em; }
.episodes { list-style: none; padding: 0; }
.episodes li { padding: 14px 0; border-bottom: 1px solid var(--rule); }
.episodes .week { display: block; color: var(--muted); font-size: 0.88em; }
.episodes a.title { font-weight: 650; font-size: 1.1em; }
.excerpt { margin: 4px 0 0; }
.series { margin-top: 2.5em; padding-top: 1em; border-top: 1px solid var(--rule); display: flex; flex-wrap: wrap; gap: 8px 20px; justify-content: space-between; }
img { max-width: 100%; height: auto; }
code { font: 0.88em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--code); padding: 1px 4px; border-radius: 4px; }
pre { background: var(--code); padding: 12px 16px; border-radius: 8px; overflow-x: auto; } pre code { background: none; padding: 0; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--rule); padding: 6px 10px; }
blockquote { margin: 0; padding-left: 16px; border-left: 3px solid var(--rule); color: var(--muted); }
ul.contains-task-list { list-style: none; padding-left: 1.2em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-footer { padding-bottom: 40px; font-size: 0.9em; }
`;

export interface PageShell {
  title: string;
  siteTitle: string;
  /** From this page to the site's root: '', '../' or '../../'. */
  root: string;
  description?: string;
  /** The page's absolute address, when the site's is known. */
  canonical?: string;
  hasFeed: boolean;
  main: string;
}

export function page(shell: PageShell): string {
  const { root } = shell;
  const feedLinks = shell.hasFeed
    ? `\n<link rel="alternate" type="application/atom+xml" title="${escapeHtml(shell.siteTitle)} (Atom)" href="${root}feed.xml">\n<link rel="alternate" type="application/rss+xml" title="${escapeHtml(shell.siteTitle)} (RSS)" href="${root}rss.xml">`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(shell.title)}</title>${shell.description ? `\n<meta name="description" content="${escapeHtml(shell.description)}">` : ''}${shell.canonical ? `\n<link rel="canonical" href="${escapeHtml(shell.canonical)}">` : ''}
<link rel="stylesheet" href="${root}style.css">${feedLinks}
</head>
<body>
<header class="site-header">
<a class="site-title" href="${root}index.html">${escapeHtml(shell.siteTitle)}</a>
<nav aria-label="Site">
<a href="${root}index.html">Episodes</a>
<a href="${root}tags/index.html">Tags</a>${shell.hasFeed ? `\n<a href="${root}feed.xml">Feed</a>` : ''}
</nav>
</header>
<main>
${shell.main}
</main>
<footer class="site-footer">
<p>Written week by week in Episodes.</p>
</footer>
</body>
</html>
`;
}

/** "Week 47 · 16 Nov 2026" for a week's Monday. */
export function weekLabel(weekOf: string | undefined, isoWeek: string | undefined): string {
  const day = weekOf ? parseDay(weekOf) : undefined;
  if (!day) return 'Undated';
  const week = isoWeek ? `Week ${Number(isoWeek.slice(6))} · ` : '';
  return `${week}${format(day, 'd MMM yyyy')}`;
}
