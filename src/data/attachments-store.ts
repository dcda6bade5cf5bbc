// The app's attachments repository and an object URL per stored file for the page to show.
import { getDatabase } from './db';
import { AttachmentsRepo, type AttachmentChange } from './attachments-repo';
import { attachmentRefs } from '../domain/attachments';

let repo: AttachmentsRepo | null = null;
export function getAttachmentsRepo(): AttachmentsRepo {
  if (!repo) {
    repo = new AttachmentsRepo(getDatabase());
    repo.onChange(forgetUrls);
  }
  return repo;
}

// blob: URLs (allowed by the page's CSP for img-src) made once per path for as long as the page lives.
const urls = new Map<string, Promise<string | undefined>>();
const redraws = new Set<() => void>();
let lookAside: ((path: string) => Promise<boolean>) | null = null;

/** A file edited in the folder (or removed): its old picture is dropped and the preview draws again. */
function forgetUrls(change: AttachmentChange): void {
  const paths = change.type === 'removed' ? change.files.map((file) => file.path) : [change.path];
  for (const path of paths) {
    const key = path.toLowerCase();
    void urls.get(key)?.then((url) => url && URL.revokeObjectURL(url));
    urls.delete(key);
  }
  for (const redraw of redraws) redraw();
}

/** Calls `redraw` when a stored file changes (the preview shows it again). */
export function onAttachmentsRedraw(redraw: () => void): () => void {
  redraws.add(redraw);
  return () => redraws.delete(redraw);
}

/**
 * Where to look for a file the database does not hold (the desktop's journal folder: a picture put
 * there by another tool); it resolves true when the file was taken in.
 */
export function setAttachmentLookAside(find: ((path: string) => Promise<boolean>) | null): void {
  lookAside = find;
}

async function objectUrl(path: string): Promise<string | undefined> {
  let file = await getAttachmentsRepo().read(path);
  if (!file && lookAside && (await lookAside(path).catch(() => false))) file = await getAttachmentsRepo().read(path);
  return file ? URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime })) : undefined;
}

/** The bytes just stored at `path` are shown from memory: no read back from the database (a 5 MB paste). */
export function primeAttachmentUrl(path: string, bytes: Uint8Array, mime: string): void {
  const key = path.toLowerCase();
  if (!urls.has(key)) urls.set(key, Promise.resolve(URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }))));
}

/** An object URL showing the file at `path` (`attachments/2026/….png`), or undefined when it is not stored. */
export function attachmentUrl(path: string): Promise<string | undefined> {
  const key = path.toLowerCase();
  let url = urls.get(key);
  if (!url) {
    url = objectUrl(path);
    // A file not there yet (being added) is looked up again next time.
    void url.then((found) => found ?? urls.delete(key), () => urls.delete(key));
    urls.set(key, url);
  }
  return url;
}

/** The stored files the texts name, by lowercased path (for copying into a site, a zip, beside a post). */
export async function referencedAttachments(bodies: readonly string[]): Promise<Map<string, Uint8Array>> {
  const repo = getAttachmentsRepo();
  const out = new Map<string, Uint8Array>();
  for (const path of new Set(bodies.flatMap(attachmentRefs))) {
    const file = await repo.read(path);
    if (file) out.set(path.toLowerCase(), file.bytes);
  }
  return out;
}
