// The journal folder's attachments/ folder: images and PDFs, as bytes. Listed with their SHA-256
// (cached by size and mtime in .episodes/attachments.json, so 2,000 pictures are not read again at
// every start), read, written atomically and never over a different file, and moved to
// .episodes/trash/attachments/ (only when their bytes are still the ones the page expects).
import { readdir, readFile, realpath, rename, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import {
  isAttachmentFilePath,
  MAX_ATTACHMENT_FILE_BYTES,
  type AttachmentFileState,
  type AttachmentListing,
  type TrashAttachmentFileResult,
  type WriteAttachmentFileResult,
} from '../../src/shared/bridge-attachments';
import { atomicWrite, atomicWriteNow, ensureDirectory, isTempFileName, serialized } from './atomic-write';
import { exists, FileOpError, sha256, syncFolders, trashStamp } from './file-ops';
import { containedPath, portableNameProblem, relativePathProblem, resolveInternalPath, UnsafePathError } from './safe-path';
import type { RecentWrites } from './watch';

export const ATTACHMENTS_DIR = 'attachments';
const MAX_DEPTH = 6;
const READ_CONCURRENCY = 8;

type HashCache = Record<string, { size: number; mtimeMs: number; sha256: string }>;
const cacheSchema = z.object({
  version: z.literal(1),
  files: z.record(z.string().max(512), z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/** Why a page-supplied attachment path is refused (lexically), or undefined. */
export function attachmentPathProblem(path: string, options: { forWriting?: boolean } = {}): string | undefined {
  const problem = relativePathProblem(path) ?? (isAttachmentFilePath(path) ? undefined : 'not an attachment (attachments/…/name.png, jpg, gif, webp, svg or pdf)');
  return problem ?? (options.forWriting ? portableNameProblem(path) : undefined);
}

export class AttachmentFiles {
  private cache: HashCache | undefined;

  constructor(
    private readonly root: string,
    private readonly recent: RecentWrites,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async resolve(path: string, options: { forWriting?: boolean } = {}): Promise<string> {
    const problem = attachmentPathProblem(path, options);
    if (problem) throw new UnsafePathError(path, problem);
    return containedPath(this.root, join(this.root, ...path.split('/')), path);
  }

  private async loadCache(): Promise<HashCache> {
    if (this.cache) return this.cache;
    try {
      const raw = await readFile(await resolveInternalPath(this.root, 'attachments.json'), 'utf8');
      const parsed = cacheSchema.safeParse(JSON.parse(raw));
      this.cache = parsed.success ? { ...parsed.data.files } : {};
    } catch {
      this.cache = {};
    }
    return this.cache;
  }

  private async saveCache(): Promise<void> {
    const files = Object.fromEntries(Object.entries(await this.loadCache()).sort(([a], [b]) => (a < b ? -1 : 1)));
    await atomicWrite(await resolveInternalPath(this.root, 'attachments.json'), `${JSON.stringify({ version: 1, files })}\n`);
  }

  private async remember(path: string, absolute: string, hash: string): Promise<AttachmentFileState> {
    const info = await stat(absolute);
    const state = { path, size: info.size, mtimeMs: info.mtimeMs, sha256: hash };
    (await this.loadCache())[path] = { size: state.size, mtimeMs: state.mtimeMs, sha256: hash };
    this.recent.record(path, hash);
    return state;
  }

  /** Every attachment in the folder with its hash; files read only when new or changed since the last listing. */
  async list(): Promise<AttachmentListing> {
    const cache = await this.loadCache();
    const found: Array<{ path: string; absolute: string; size: number; mtimeMs: number }> = [];
    const skipped: AttachmentListing['skipped'] = [];
    const base = join(this.root, ATTACHMENTS_DIR);
    if (!(await exists(base))) return { files: [], skipped };
    const realRoot = await realpath(this.root);
    const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH) return;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.name.startsWith('.') || isTempFileName(entry.name)) continue;
        const absolute = join(dir, entry.name);
        const path = `${prefix}/${entry.name}`;
        if (entry.isDirectory()) await walk(absolute, path, depth + 1);
        else if (entry.isFile() || entry.isSymbolicLink()) {
          if (!isAttachmentFilePath(path)) continue;
          const problem = attachmentPathProblem(path);
          if (problem) {
            skipped.push({ path, reason: `file name not supported (${problem})` });
            continue;
          }
          const real = await realpath(absolute).catch(() => undefined);
          const rel = real ? relative(realRoot, real) : '..';
          if (rel.startsWith(`..${sep}`) || rel === '..') continue;
          const info = await stat(absolute).catch(() => undefined);
          if (!info?.isFile()) continue;
          if (info.size > MAX_ATTACHMENT_FILE_BYTES) skipped.push({ path, reason: 'over 25 MB' });
          else found.push({ path, absolute, size: info.size, mtimeMs: info.mtimeMs });
        }
      }
    };
    await walk(base, ATTACHMENTS_DIR, 0);
    const files: AttachmentFileState[] = [];
    const next: HashCache = {};
    let read = 0;
    for (let i = 0; i < found.length; i += READ_CONCURRENCY) {
      await Promise.all(
        found.slice(i, i + READ_CONCURRENCY).map(async (file) => {
          const cached = cache[file.path];
          let hash = cached && cached.size === file.size && cached.mtimeMs === file.mtimeMs ? cached.sha256 : undefined;
          if (!hash) {
            const bytes = await readFile(file.absolute).catch(() => undefined);
            if (!bytes) return void skipped.push({ path: file.path, reason: 'could not be read' });
            hash = sha256(bytes);
            read += 1;
          }
          next[file.path] = { size: file.size, mtimeMs: file.mtimeMs, sha256: hash };
          files.push({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, sha256: hash });
        }),
      );
    }
    const dropped = Object.keys(cache).some((path) => !next[path]);
    this.cache = next;
    if (read > 0 || dropped) await this.saveCache();
    files.sort((a, b) => (a.path < b.path ? -1 : 1));
    return { files, skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)) };
  }

  async read(path: string): Promise<AttachmentFileState & { data: Uint8Array }> {
    const absolute = await this.resolve(path);
    const info = await stat(absolute);
    if (!info.isFile()) throw new FileOpError(`${path} is not a file.`);
    if (info.size > MAX_ATTACHMENT_FILE_BYTES) throw new FileOpError(`${path} is over 25 MB.`);
    const data = await readFile(absolute);
    return { path, size: data.length, mtimeMs: info.mtimeMs, sha256: sha256(data), data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  }

  /** Writes the bytes unless the path holds them already; a different file there is never replaced. */
  async write(path: string, data: Uint8Array): Promise<WriteAttachmentFileResult> {
    const absolute = await this.resolve(path, { forWriting: true });
    const hash = sha256(data);
    const result = await serialized(absolute, async (): Promise<WriteAttachmentFileResult> => {
      const there = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (there) {
        const current = await this.remember(path, absolute, sha256(there));
        return current.sha256 === hash ? { written: true, ...current } : { written: false, current };
      }
      await atomicWriteNow(absolute, data);
      return { written: true, ...(await this.remember(path, absolute, hash)) };
    });
    await this.saveCache();
    return result;
  }

  /** Moves the file into .episodes/trash/attachments/ if it still holds `expectedSha256`. */
  async trash(path: string, expectedSha256: string): Promise<TrashAttachmentFileResult> {
    const absolute = await this.resolve(path);
    const result = await serialized(absolute, async (): Promise<TrashAttachmentFileResult> => {
      const there = await readFile(absolute).catch(() => null);
      if (!there) return { trashed: false, reason: 'missing' };
      if (sha256(there) !== expectedSha256) return { trashed: false, reason: 'changed' };
      const trashDir = await resolveInternalPath(this.root, 'trash', ATTACHMENTS_DIR);
      await ensureDirectory(trashDir);
      let name = `${trashStamp(this.now())}-${basename(absolute)}`;
      for (let n = 2; await exists(join(trashDir, name)); n += 1) name = `${trashStamp(this.now())}-${n}-${basename(absolute)}`;
      await rename(absolute, join(trashDir, name));
      await syncFolders(trashDir, dirname(absolute));
      this.recent.record(path, null);
      delete (await this.loadCache())[path];
      return { trashed: true, trashedAs: `${ATTACHMENTS_DIR}/${name}` };
    });
    if (result.trashed) await this.saveCache();
    return result;
  }
}
