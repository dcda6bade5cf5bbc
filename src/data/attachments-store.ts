// The app's attachments repository and an object URL per stored file for the page to show.
import { getDatabase } from './db';
import { AttachmentsRepo } from './attachments-repo';

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
