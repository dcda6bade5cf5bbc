// The app's attachments repository and an object URL per stored file for the page to show.
import { getDatabase } from './db';
import { AttachmentsRepo } from './attachments-repo';
import { attachmentRefs } from '../domain/attachments';

let repo: AttachmentsRepo | null = null;
export function getAttachmentsRepo(): AttachmentsRepo {
  repo ??= new AttachmentsRepo(getDatabase());
  return repo;
}

// blob: URLs (allowed by the page's CSP for img-src) made once per path for as long as the page lives.
const urls = new Map<string, Promise<string | undefined>>();

/** An object URL showing the file at `path` (`attachments/2026/….png`), or undefined when it is not stored. */
export function attachmentUrl(path: string): Promise<string | undefined> {
  const key = path.toLowerCase();
  let url = urls.get(key);
  if (!url) {
    url = getAttachmentsRepo()
      .read(path)
      .then((file) => (file ? URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime })) : undefined));
    // A file not there yet (being added) is looked up again next time.
    void url.then((found) => found ?? urls.delete(key));
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
