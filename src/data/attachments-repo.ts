// The attachments table through one door: files stored once by the SHA-256 of their bytes, found by
// the path episodes link them with, taken in from the journal folder (a file put or edited there),
// and removed only when no episode (live or in the Trash) and no earlier version in the history
// names them any more. Every change is told to listeners (the journal folder mirrors them).
import { attachmentPath, attachmentPathProblem, attachmentRefs, ATTACHMENT_KINDS, checkAttachment, type AttachmentExt } from '../domain/attachments';
import { base64ToBytes, bytesToBase64 } from '../shared/base64';
import type { EpisodesDatabase } from './db';
import type { AttachmentRow } from './rows';

export class AttachmentError extends Error {}

export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What changed in the table: a file stored, a file's bytes replaced at its path (edited in the folder), files removed. */
export type AttachmentChange =
  | { type: 'added'; path: string; hash: string }
  | { type: 'replaced'; path: string; hash: string; previousHash: string }
  | { type: 'removed'; files: Array<{ path: string; hash: string }> };

/** What taking in a file from the journal folder did. */
export type ImportOutcome =
  | { outcome: 'added' | 'replaced' | 'unchanged' }
  /** The same bytes are stored under another path: a table row holds one path per file. */
  | { outcome: 'duplicate'; of: string }
  | { outcome: 'refused'; message: string };

export interface StoredAttachment {
  path: string;
  ext: AttachmentExt;
  /** False when the same bytes were already there (the file is stored once). */
  added: boolean;
}

export class AttachmentsRepo {
  private readonly listeners = new Set<(change: AttachmentChange) => void>();

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Tells `listener` of every change this repository makes (the journal folder mirrors them). */
  onChange(listener: (change: AttachmentChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: AttachmentChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Stores a file (checked: kind by its bytes, size, a safe SVG); the same bytes again give the same path. */
  async add(bytes: Uint8Array, name: string): Promise<StoredAttachment> {
    const checked = checkAttachment(bytes, name);
    if (!checked.ok) throw new AttachmentError(checked.message);
    const hash = await sha256Bytes(bytes);
    const data = bytesToBase64(bytes);
    const stored = await this.db.transaction('rw', this.db.attachments, async () => {
      const existing = await this.db.attachments.get(hash);
      if (existing) return { path: existing.path, ext: existing.ext as AttachmentExt, added: false };
      const at = this.now();
      const path = attachmentPath(hash, checked.ext, new Date(at).getFullYear());
      await this.db.attachments.put({ hash, path, ext: checked.ext, mime: ATTACHMENT_KINDS[checked.ext].mime, name, size: bytes.length, createdAt: at, data });
      return { path, ext: checked.ext, added: true };
    });
    if (stored.added) this.emit({ type: 'added', path: stored.path, hash });
    return stored;
  }

  /**
   * Takes in a file found in the journal folder at `path` (put there by another device or tool, or
   * edited there): checked like a pasted file; a file already stored at that path with other bytes
   * is replaced by these (the folder's file is what the person edited).
   */
  async importAt(path: string, bytes: Uint8Array): Promise<ImportOutcome> {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const checked = checkAttachment(bytes, name);
    if (!checked.ok) return { outcome: 'refused', message: checked.message };
    const hash = await sha256Bytes(bytes);
    const problem = attachmentPathProblem(path, checked.ext);
    if (problem) return { outcome: 'refused', message: `${path}: ${problem}.` };
    const data = bytesToBase64(bytes);
    const result = await this.db.transaction('rw', this.db.attachments, async (): Promise<{ outcome: 'added' | 'replaced' | 'unchanged'; previousHash?: string } | { outcome: 'duplicate'; of: string }> => {
      const atPath = await this.db.attachments.where('path').equalsIgnoreCase(path).first();
      if (atPath?.hash === hash) return { outcome: 'unchanged' };
      const same = await this.db.attachments.get(hash);
      if (same) return { outcome: 'duplicate', of: same.path };
      if (atPath) await this.db.attachments.delete(atPath.hash);
      const row = { hash, path: atPath?.path ?? path, ext: checked.ext, mime: ATTACHMENT_KINDS[checked.ext].mime, name, size: bytes.length, createdAt: this.now(), data };
      await this.db.attachments.put(row);
      return atPath ? { outcome: 'replaced', previousHash: atPath.hash } : { outcome: 'added' };
    });
    if (result.outcome === 'added') this.emit({ type: 'added', path, hash });
    if (result.outcome === 'replaced') this.emit({ type: 'replaced', path, hash, previousHash: result.previousHash ?? '' });
    return result.outcome === 'duplicate' ? result : { outcome: result.outcome };
  }

  /** The stored row at a path (case-insensitive), without its bytes. */
  async info(path: string): Promise<Omit<AttachmentRow, 'data'> | undefined> {
    const row = await this.db.attachments.where('path').equalsIgnoreCase(path).first();
    if (!row) return undefined;
    const { data: _data, ...rest } = row;
    return rest;
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

  /** Every stored file's path and hash, read from the index alone (no file's bytes are loaded). */
  async index(): Promise<Array<{ path: string; hash: string }>> {
    const [paths, hashes] = await this.db.transaction('r', this.db.attachments, () =>
      Promise.all([this.db.attachments.orderBy('path').keys(), this.db.attachments.orderBy('path').primaryKeys()]),
    );
    return paths.map((path, i) => ({ path: String(path), hash: String(hashes[i]) }));
  }

  async list(): Promise<Omit<AttachmentRow, 'data'>[]> {
    const rows = await this.db.attachments.toArray();
    return rows.map(({ data: _data, ...row }) => row);
  }

  /** The attachment paths (lowercased) that a live episode, one in the Trash or an earlier version names. */
  async usedPaths(): Promise<Set<string>> {
    const used = new Set<string>();
    const note = (body: string) => attachmentRefs(body).forEach((path) => used.add(path.toLowerCase()));
    await this.db.transaction('r', [this.db.episodeBodies, this.db.snapshots], async () => {
      await this.db.episodeBodies.each((row) => note(row.body));
      await this.db.snapshots.each((row) => note(row.body));
    });
    return used;
  }

  /**
   * Removes the files nothing names: not a live episode, not one in the Trash (it may come back),
   * not an earlier version in the history. Returns the files that went.
   */
  async removeUnused(): Promise<Array<{ path: string; hash: string }>> {
    const removed = await this.db.transaction('rw', [this.db.attachments, this.db.episodeBodies, this.db.snapshots], async () => {
      const used = await this.usedPaths();
      const unused = (await this.db.attachments.toArray()).filter((row) => !used.has(row.path.toLowerCase())).map((row) => ({ path: row.path, hash: row.hash }));
      await this.db.attachments.bulkDelete(unused.map((file) => file.hash));
      return unused;
    });
    if (removed.length > 0) this.emit({ type: 'removed', files: removed });
    return removed;
  }
}
