// The attachments table through one door: files stored once by the SHA-256 of their bytes, found by
// the path episodes link them with, and removed only when no episode (live or in the Trash) and no
// earlier version in the history names them any more.
import { attachmentPath, attachmentRefs, ATTACHMENT_KINDS, checkAttachment, type AttachmentExt } from '../domain/attachments';
import { base64ToBytes, bytesToBase64 } from '../shared/base64';
import type { EpisodesDatabase } from './db';
import type { AttachmentRow } from './rows';

export class AttachmentError extends Error {}

export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface StoredAttachment {
  path: string;
  ext: AttachmentExt;
  /** False when the same bytes were already there (the file is stored once). */
  added: boolean;
}

export class AttachmentsRepo {
  constructor(
    private readonly db: EpisodesDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a file (checked: kind by its bytes, size, a safe SVG); the same bytes again give the same path. */
  async add(bytes: Uint8Array, name: string): Promise<StoredAttachment> {
    const checked = checkAttachment(bytes, name);
    if (!checked.ok) throw new AttachmentError(checked.message);
    const hash = await sha256Bytes(bytes);
    const data = bytesToBase64(bytes);
    return this.db.transaction('rw', this.db.attachments, async () => {
      const existing = await this.db.attachments.get(hash);
      if (existing) return { path: existing.path, ext: existing.ext as AttachmentExt, added: false };
      const at = this.now();
      const path = attachmentPath(hash, checked.ext, new Date(at).getFullYear());
      await this.db.attachments.put({ hash, path, ext: checked.ext, mime: ATTACHMENT_KINDS[checked.ext].mime, name, size: bytes.length, createdAt: at, data });
      return { path, ext: checked.ext, added: true };
    });
  }

  /** The file at a path (`attachments/2026/….png`, case-insensitive), as bytes with its MIME type. */
  async read(path: string): Promise<{ bytes: Uint8Array; mime: string; name: string } | undefined> {
    const row = await this.db.attachments.where('path').equalsIgnoreCase(path).first();
    const bytes = row ? base64ToBytes(row.data) : undefined;
    return row && bytes ? { bytes, mime: row.mime, name: row.name } : undefined;
  }

  /** Every stored path, lowercased (for the publish check). */
  async paths(): Promise<Set<string>> {
    const keys = await this.db.attachments.orderBy('path').keys();
    return new Set(keys.map((key) => String(key).toLowerCase()));
  }

  async list(): Promise<Omit<AttachmentRow, 'data'>[]> {
    const rows = await this.db.attachments.toArray();
    return rows.map(({ data: _data, ...row }) => row);
  }

  /**
   * Removes the files nothing names: not a live episode, not one in the Trash (it may come back),
   * not an earlier version in the history. Returns how many went.
   */
  async removeUnused(): Promise<number> {
    return this.db.transaction('rw', [this.db.attachments, this.db.episodeBodies, this.db.snapshots], async () => {
      const used = new Set<string>();
      await this.db.episodeBodies.each((row) => attachmentRefs(row.body).forEach((path) => used.add(path)));
      await this.db.snapshots.each((row) => attachmentRefs(row.body).forEach((path) => used.add(path)));
      const unused = (await this.db.attachments.toArray()).filter((row) => !used.has(row.path)).map((row) => row.hash);
      await this.db.attachments.bulkDelete(unused);
      return unused.length;
    });
  }
}
