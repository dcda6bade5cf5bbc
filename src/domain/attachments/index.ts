// Images and files in episodes (issue 20, point 1): which files are taken (by their bytes, not their
// names), where they live (`attachments/yyyy/<hash>.<ext>` beside the episodes, linked relatively),
// which texts use them, and the SVG that is refused because a browser would run it.

export const ATTACHMENT_KINDS = {
  png: { mime: 'image/png', image: true },
  jpg: { mime: 'image/jpeg', image: true },
  gif: { mime: 'image/gif', image: true },
  webp: { mime: 'image/webp', image: true },
  svg: { mime: 'image/svg+xml', image: true },
  pdf: { mime: 'application/pdf', image: false },
} as const;
export type AttachmentExt = keyof typeof ATTACHMENT_KINDS;

/** The largest file an episode takes: a 4K screenshot is 5-15 MB as PNG. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const starts = (bytes: Uint8Array, ...values: number[]) => values.every((value, i) => bytes[i] === value);
const ascii = (bytes: Uint8Array, from: number, text: string) => [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/** What the file is, from its first bytes (a name or a MIME type can lie); undefined when not one Episodes takes. */
export function sniffAttachment(bytes: Uint8Array): AttachmentExt | undefined {
  if (starts(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(bytes, 0xff, 0xd8, 0xff)) return 'jpg';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp';
  if (ascii(bytes, 0, '%PDF-')) return 'pdf';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const opening = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  if (/^<svg[\s>]/i.test(opening)) return 'svg';
  return undefined;
}

/**
 * Why an SVG is refused, or null when it is only a drawing: scripts, event handlers, embedded HTML
 * and links to other files run or load when the file is opened on its own (in a published site).
 */
export function svgProblem(text: string): string | null {
  if (/<script[\s>]/i.test(text)) return 'it holds a script';
  if (/\son[a-z]+\s*=/i.test(text)) return 'it holds event handlers (onload=…)';
  if (/<foreignObject[\s>]/i.test(text)) return 'it embeds HTML (foreignObject)';
  if (/javascript:/i.test(text)) return 'it holds a javascript: link';
  if (/(?:xlink:)?href\s*=\s*["']\s*(?!#|data:image\/(?:png|jpeg|gif|webp);)/i.test(text)) return 'it links to other files';
  if (/url\(\s*['"]?\s*(?!#)/i.test(text) || /@import/i.test(text)) return 'it loads other files (url(…) or @import in its style)';
  if (/<!ENTITY/i.test(text)) return 'it declares XML entities';
  return null;
}

/** Why a file cannot be added (with what the person can do), or its kind. */
export function checkAttachment(bytes: Uint8Array, name: string): { ok: true; ext: AttachmentExt } | { ok: false; message: string } {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  if (bytes.length === 0) return { ok: false, message: `${name} is empty.` };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, message: `${name} is ${mb(bytes.length)}; an episode takes files up to ${mb(MAX_ATTACHMENT_BYTES)}. Save a smaller copy (a JPEG or WebP) and add that.` };
  const ext = sniffAttachment(bytes);
  if (!ext) return { ok: false, message: `${name} is not an image Episodes shows (PNG, JPEG, GIF, WebP, SVG) or a PDF.` };
  if (ext === 'svg') {
    const problem = svgProblem(new TextDecoder().decode(bytes));
    if (problem) return { ok: false, message: `${name} is refused: ${problem}, which would run when the picture is opened. Export it again as a plain drawing, or as a PNG.` };
  }
  return { ok: true, ext };
}

/** `attachments/2026/3f2a…c9.png` (the first 16 hex digits of the SHA-256: 64 bits, no collisions in a journal). */
export function attachmentPath(sha256: string, ext: AttachmentExt, year: number): string {
  return `attachments/${year}/${sha256.slice(0, 16)}.${ext}`;
}

/**
 * A path under `attachments/` in a text: the app's own names (`attachments/2026/<16 hex>.png`) and
 * any other a person or a tool gave a file there (`attachments/diagrams/flow.png`, `my%20pic.png`).
 */
export const ATTACHMENT_PATH_RE = /(?<![\w.~%/-])(?:\.\.?\/)*attachments\/(?:[\w.~%-]+\/)*[\w.~%-]+\.(?:png|jpe?g|gif|webp|svg|pdf)(?![\w.~%-])/gi;
const APP_NAME_RE = /^attachments\/\d{4}\/[0-9a-f]{16}\.[a-z]+$/;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The attachment paths a text names (in links, images or plain text), from the folder's root, without repeats. */
export function attachmentRefs(text: string): string[] {
  return [...new Set((text.match(ATTACHMENT_PATH_RE) ?? []).map((match) => decodePath(match.replace(/^(?:\.\.?\/)+/, ''))))];
}

/** Whether a path is one the app made (`attachments/yyyy/<16 hex>.<ext>`), which must then name its own bytes. */
export function isAppAttachmentName(path: string): boolean {
  return APP_NAME_RE.test(path);
}

/**
 * Why `path` cannot hold a file of this kind (not under attachments/, a wrong extension), or null.
 * An app-made name need not name the bytes it holds: a picture edited in another tool keeps its name.
 */
export function attachmentPathProblem(path: string, ext: AttachmentExt): string | null {
  if (!/^attachments\/(?:[^/]+\/)*[^/]+$/.test(path) || path.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'the path is not under attachments/';
  const suffix = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if ((suffix === 'jpeg' ? 'jpg' : suffix) !== ext) return `the path does not end in .${ext}`;
  return null;
}

/** The markdown that shows (an image) or links (a PDF) an attachment from an episode's file. */
export function attachmentMarkdown(path: string, ext: AttachmentExt, alt: string, fromPath: string | undefined): string {
  const depth = (fromPath ?? '').split('/').length - 1;
  const relative = `${'../'.repeat(Math.max(depth, 0))}${path}`;
  const text = alt.replace(/[[\]\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
  return ATTACHMENT_KINDS[ext].image ? `![${text}](${relative})` : `[${text || 'PDF'}](${relative})`;
}
