// What a link in an episode's preview leads to. The preview never lets the window navigate: a link
// to another episode's file opens that episode, a `#` link scrolls, a web link goes to the system
// browser, and anything else is refused with a reason a person can read.

export type LinkTarget =
  | { kind: 'anchor'; id: string }
  | { kind: 'episode-file'; path: string; fragment?: string }
  | { kind: 'external'; url: string }
  | { kind: 'refused'; reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** `a/b/../c.md` -> `a/c.md`; undefined when `..` climbs above the journal folder. */
function normalize(path: string): string | undefined {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

/**
 * `href` as written in the markdown; `fromPath` the episode's own file (`2026/2026-W47-x.md`), which
 * relative links are resolved against, as in the journal folder and other markdown editors.
 */
export function classifyLink(href: string | null | undefined, fromPath: string | undefined): LinkTarget {
  const raw = (href ?? '').trim();
  if (raw === '') return { kind: 'refused', reason: 'This link has no address.' };
  if (raw.startsWith('#')) {
    const id = decode(raw.slice(1));
    return id ? { kind: 'anchor', id } : { kind: 'refused', reason: 'This link points at a part of the page that has no name.' };
  }
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(raw);
      if (url.hostname) return { kind: 'external', url: url.toString() };
    } catch {
      // falls through to the refusal below
    }
    return { kind: 'refused', reason: 'This web address is not valid.' };
  }
  if (scheme) return { kind: 'refused', reason: `Episodes does not open ${scheme}: links; only web pages and other episodes.` };
  if (raw.startsWith('//')) return { kind: 'refused', reason: 'This link has no scheme (http or https); Episodes does not guess one.' };
  const [pathPart = '', ...rest] = raw.split('#');
  const fragment = rest.length ? decode(rest.join('#')) : undefined;
  const relative = decode(pathPart.split('?')[0]!);
  if (relative === undefined) return { kind: 'refused', reason: 'This link’s address is not valid.' };
  if (!/\.md$/i.test(relative)) return { kind: 'refused', reason: 'Episodes opens links to other episodes (.md files) and to web pages.' };
  const path = resolveInJournal(relative, fromPath);
  if (!path) return { kind: 'refused', reason: 'This link leads outside the journal folder.' };
  return fragment ? { kind: 'episode-file', path, fragment } : { kind: 'episode-file', path };
}

/**
 * A relative address (already decoded, without `#` or `?`) as a path from the journal folder's root,
 * resolved against the episode's own file; undefined when it climbs out of the folder.
 */
export function resolveInJournal(relative: string, fromPath: string | undefined): string | undefined {
  const base = relative.startsWith('/') ? '' : (fromPath ?? '').split('/').slice(0, -1).join('/');
  return normalize(base ? `${base}/${relative}` : relative) || undefined;
}

/**
 * What an image or file address in an episode names: a web address, a file of the journal (any
 * type, by path from the folder's root), or a reason it names neither.
 */
export function classifyFileAddress(
  href: string | null | undefined,
  fromPath: string | undefined,
): { kind: 'external'; url: string } | { kind: 'journal-file'; path: string } | { kind: 'refused'; reason: string } {
  const raw = (href ?? '').trim();
  if (raw === '' || raw.startsWith('#')) return { kind: 'refused', reason: 'it names no file.' };
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    const target = classifyLink(raw, fromPath);
    return target.kind === 'external' ? target : { kind: 'refused', reason: 'its web address is not valid.' };
  }
  if (scheme) return { kind: 'refused', reason: `it is a ${scheme}: address; a post can only show web addresses and the journal’s own files.` };
  if (raw.startsWith('//')) return { kind: 'refused', reason: 'its address has no scheme (http or https).' };
  const relative = decode(raw.split(/[?#]/)[0]!);
  const path = relative === undefined ? undefined : resolveInJournal(relative, fromPath);
  return path ? { kind: 'journal-file', path } : { kind: 'refused', reason: 'it leads outside the journal folder.' };
}
