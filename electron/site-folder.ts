// The static site in a folder the person chose in a native dialog (never a path from the page).
// Files are written atomically and only when their bytes change, so a second export rewrites what
// changed; `.episodes-site.json` in the folder records what the app wrote (path -> SHA-256), so pages
// an earlier export wrote and this one does not have are removed, while a file the person put there
// or edited since is never written over or removed.
import { createHash } from 'node:crypto';
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ChooseSiteFolderResult, FinishSiteResult, WriteSiteFilesResult } from '../src/shared/bridge-site';
import { atomicWrite, atomicWriteNow } from './journal-folder/atomic-write';
import { containedPath, portableNameProblem, relativePathProblem, UnsafePathError } from './journal-folder/safe-path';
import type { DialogApi } from './ipc/dialogs';

export const SITE_MANIFEST = '.episodes-site.json';
const LAST_FOLDER_FILE = 'site-folder.json';
const manifestSchema = z.object({ version: z.literal(1), files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)) });
const lastSchema = z.object({ version: z.literal(1), path: z.string().min(1) });
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export class SiteFolderError extends Error {}

async function countFiles(dir: string, skip: ReadonlySet<string>, prefix = '', depth = 0): Promise<number> {
  if (depth > 8) return 0;
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === SITE_MANIFEST) continue;
    if (entry.isDirectory()) count += await countFiles(join(dir, entry.name), skip, path, depth + 1);
    else if (!skip.has(path)) count += 1;
  }
  return count;
}

export class SiteFolder {
  private root: string | undefined;
  private manifest: Record<string, string> = {};

  constructor(
    private readonly userDataDir: string,
    private readonly dialog: Pick<DialogApi, 'showOpenDialog'>,
    private readonly defaultDir: string,
  ) {}

  private async lastFolder(): Promise<string | undefined> {
    try {
      const parsed = lastSchema.safeParse(JSON.parse(await readFile(join(this.userDataDir, LAST_FOLDER_FILE), 'utf8')));
      return parsed.success ? parsed.data.path : undefined;
    } catch {
      return undefined;
    }
  }

  async choose(): Promise<ChooseSiteFolderResult> {
    const picked = await this.dialog.showOpenDialog({
      title: 'Choose the folder for the site',
      defaultPath: (await this.lastFolder()) ?? this.defaultDir,
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = picked.filePaths[0];
    if (picked.canceled || !folder) return { chosen: false };
    this.root = folder;
    this.manifest = await this.loadManifest(folder);
    await atomicWrite(join(this.userDataDir, LAST_FOLDER_FILE), `${JSON.stringify({ version: 1, path: folder })}\n`);
    return { chosen: true, folder, otherFiles: await countFiles(folder, new Set(Object.keys(this.manifest))), wroteBefore: Object.keys(this.manifest).length > 0 };
  }

  private async loadManifest(folder: string): Promise<Record<string, string>> {
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(await readFile(join(folder, SITE_MANIFEST), 'utf8')));
      return parsed.success ? { ...parsed.data.files } : {};
    } catch {
      return {};
    }
  }

  private async saveManifest(root: string): Promise<void> {
    const files = Object.fromEntries(Object.entries(this.manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
    await atomicWrite(join(root, SITE_MANIFEST), `${JSON.stringify({ version: 1, files })}\n`);
  }

  private current(): string {
    if (!this.root) throw new SiteFolderError('Choose the folder for the site first.');
    return this.root;
  }

  private async resolve(root: string, path: string): Promise<string> {
    const problem = relativePathProblem(path) ?? portableNameProblem(path);
    if (problem) throw new UnsafePathError(path, problem);
    try {
      return await containedPath(root, join(root, ...path.split('/')), path);
    } catch (error) {
      if (error instanceof UnsafePathError) throw new UnsafePathError(path, 'leads outside the site folder');
      throw error;
    }
  }

  /** Writes each file whose bytes differ from what is there; a file Episodes did not write is kept. */
  async write(files: ReadonlyArray<{ path: string; data: string | Uint8Array }>): Promise<WriteSiteFilesResult> {
    const root = this.current();
    const result: WriteSiteFilesResult = { written: 0, unchanged: 0, kept: [] };
    try {
      for (const file of files) {
        const absolute = await this.resolve(root, file.path);
        const hash = sha256(file.data);
        const there = await readFile(absolute).then(sha256, () => null);
        if (there === hash) {
          this.manifest[file.path] = hash;
          result.unchanged += 1;
        } else if (there !== null && this.manifest[file.path] !== there) {
          result.kept.push(file.path);
        } else {
          await atomicWriteNow(absolute, file.data);
          this.manifest[file.path] = hash;
          result.written += 1;
        }
      }
    } finally {
      // After every batch: a crash halfway still knows which files are the app's.
      await this.saveManifest(root);
    }
    return result;
  }

  /** Removes what an earlier export wrote and this site lacks, unless it was edited since. */
  async finish(paths: readonly string[]): Promise<FinishSiteResult> {
    const root = this.current();
    const keep = new Set(paths);
    const result: FinishSiteResult = { removed: 0, kept: [] };
    for (const [path, hash] of Object.entries(this.manifest)) {
      if (keep.has(path)) continue;
      const absolute = await this.resolve(root, path);
      const there = await readFile(absolute).then(sha256, () => null);
      if (there !== null && there !== hash) {
        result.kept.push(path);
        continue;
      }
      if (there !== null) await unlink(absolute);
      delete this.manifest[path];
      result.removed += there === null ? 0 : 1;
    }
    await this.saveManifest(root);
    return result;
  }
}
