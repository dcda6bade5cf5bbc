// One open journal folder: reads and writes episode files, keeps the manifest current with the
// app's own writes, and tells the page how the folder differs from what it knows (start-up,
// watcher, focus).
import { mkdir, stat } from 'node:fs/promises';
import {
  MAX_EPISODE_FILE_BYTES,
  type EpisodeFile,
  type EpisodeFileState,
  type JournalScanResult,
  type BackupKind,
  type MoveEpisodeFileResult,
  type WriteEpisodeFileResult,
} from '../../src/shared/bridge';
import { isBlankText } from '../../src/shared/text-file';
import { AttachmentFiles } from './attachment-files';
import { atomicWriteNow, cleanStaleTempFiles, serialized } from './atomic-write';
import * as backups from './backups';
import * as history from './history-files';
import * as ops from './file-ops';
import { loadManifest, saveManifest } from './manifest';
import { cachedHash, diffAgainstKnown, filesToRead, type Known, type Manifest, type ScanEntry } from './reconcile';
import { episodePathProblem, resolveEpisodePath, resolveInternalPath } from './safe-path';
import { isConflictCopyName, isUnder, scanFolder } from './scan';
import { syncConflictOriginal, type SyncEngine } from '../../src/shared/sync-conflict-names';
import { RecentWrites } from './watch';

export interface JournalIo {
  /** Reads a file's bytes (injectable so tests can count reads). */
  readFile(absolute: string): Promise<Uint8Array>;
  now(): Date;
}
const defaultIo: JournalIo = { readFile: ops.readEpisodeBytes, now: () => new Date() };
const READ_CONCURRENCY = 16;

export class JournalFolder {
  readonly recent = new RecentWrites();
  private manifest: Manifest = {};
  private saving: Promise<void> | undefined;
  private saveAgain = false;
  private scanning: Promise<unknown> = Promise.resolve();
  /** The images and PDFs under attachments/. */
  readonly attachments: AttachmentFiles;

  private constructor(
    readonly root: string,
    private readonly io: JournalIo,
  ) {
    this.attachments = new AttachmentFiles(root, this.recent, () => io.now());
  }

  /** Creates the folder if needed, clears temp files a crash left behind, loads the manifest. */
  static async open(root: string, io: Partial<JournalIo> = {}): Promise<JournalFolder> {
    await mkdir(root, { recursive: true });
    if (!(await stat(root)).isDirectory()) throw new ops.FileOpError(`${root} is not a folder.`);
    await mkdir(await resolveInternalPath(root, 'trash'), { recursive: true });
    await cleanStaleTempFiles(root);
    const folder = new JournalFolder(root, { ...defaultIo, ...io });
    folder.manifest = await loadManifest(root);
    return folder;
  }

  /** A snapshot of the manifest (for tests and diagnostics). */
  manifestSnapshot(): Manifest {
    return { ...this.manifest };
  }

  private async fileState(path: string, absolute: string, sha256: string): Promise<EpisodeFileState> {
    const info = await stat(absolute);
    const state = { path, size: info.size, mtimeMs: info.mtimeMs, sha256 };
    this.manifest[path] = { size: state.size, mtimeMs: state.mtimeMs, sha256 };
    this.recent.record(path, sha256);
    return state;
  }

  private forget(path: string): void {
    delete this.manifest[path];
    this.recent.record(path, null);
  }

  /** Persists the manifest; calls that arrive while a save runs are folded into one more save. */
  private persist(): Promise<void> {
    if (this.saving) {
      this.saveAgain = true;
      return this.saving;
    }
    this.saving = (async () => {
      do {
        this.saveAgain = false;
        await saveManifest(this.root, this.manifest);
      } while (this.saveAgain);
    })().finally(() => {
      this.saving = undefined;
    });
    return this.saving;
  }

  async read(path: string): Promise<EpisodeFile> {
    const { absolute } = await resolveEpisodePath(this.root, path);
    const bytes = await this.io.readFile(absolute);
    const text = ops.decodeEpisode(bytes, path);
    const info = await stat(absolute);
    return { path, text, size: info.size, mtimeMs: info.mtimeMs, sha256: ops.sha256(bytes) };
  }

  /** Writes an episode; with `expectedSha256`, only if the disk still holds what the app last saw. */
  async write(path: string, text: string, expectedSha256?: string | null): Promise<WriteEpisodeFileResult> {
    const { absolute } = await resolveEpisodePath(this.root, path, { forWriting: true });
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > MAX_EPISODE_FILE_BYTES) throw new ops.FileOpError(`${path} would be over 5 MB; not written.`);
    const result = await serialized(absolute, async (): Promise<WriteEpisodeFileResult> => {
      if (expectedSha256 !== undefined) {
        const current = await this.read(path).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null;
          throw error;
        });
        if ((current?.sha256 ?? null) !== expectedSha256) return { written: false, current };
      }
      await atomicWriteNow(absolute, bytes);
      return { written: true, ...(await this.fileState(path, absolute, ops.sha256(bytes))) };
    });
    if (result.written) await this.persist();
    return result;
  }

  /** Renames `from` to `to`; never over a different file (see MoveEpisodeFileResult). */
  async move(from: string, to: string): Promise<MoveEpisodeFileResult> {
    let target;
    try {
      target = await ops.moveEpisodeFile(this.root, from, to);
    } catch (error) {
      if (error instanceof ops.TargetExistsError) return { moved: false, reason: 'target-exists' };
      if (error instanceof ops.SourceMissingError) return { moved: false, reason: 'source-missing' };
      throw error;
    }
    this.forget(from);
    // The episode's history follows its file; a failure there must not undo the move.
    await history.moveHistory(this.root, from, to).catch((error: unknown) => console.warn('[journal-folder] history not moved', error));
    const sha = ops.sha256(await this.io.readFile(target.absolute));
    const state = await this.fileState(to, target.absolute, sha);
    await this.persist();
    return { moved: true, ...state };
  }

  async trash(path: string): Promise<{ trashedAs: string }> {
    const trashedAs = await ops.trashEpisodeFile(this.root, path, this.io.now());
    this.forget(path);
    await this.persist();
    return { trashedAs };
  }

  async conflictCopy(path: string, text: string): Promise<EpisodeFileState> {
    const copy = await ops.writeConflictCopy(this.root, path, text, this.io.now());
    const state = await this.fileState(copy.relative, copy.absolute, ops.sha256(text));
    await this.persist();
    return state;
  }

  writeHistoryFile(path: string, at: number, reason: string, text: string) {
    return history.writeHistoryFile(this.root, path, at, reason, text);
  }
  listHistoryFiles(path: string) {
    return history.listHistoryFiles(this.root, path);
  }
  readHistoryFile(path: string, name: string) {
    return history.readHistoryFile(this.root, path, name);
  }
  removeHistoryFiles(path: string, names: readonly string[]) {
    return history.removeHistoryFiles(this.root, path, names);
  }

  writeBackup(json: string, kind: BackupKind = 'daily') {
    return backups.writeBackup(this.root, json, this.io.now(), kind);
  }
  listBackups() {
    return backups.listBackups(this.root, this.io.now());
  }
  readBackup(name: string) {
    return backups.readBackup(this.root, name);
  }

  /**
   * Compares the folder with the files the page `known`s. Scans run one at a time: a second scan
   * asked for while one runs starts after it, so two never work from the same view.
   */
  scan(options: { force?: boolean; known?: Known } = {}): Promise<JournalScanResult> {
    const run = this.scanning.then(() => this.scanNow(options));
    this.scanning = run.catch(() => undefined);
    return run;
  }

  private async scanNow(options: { force?: boolean; known?: Known }): Promise<JournalScanResult> {
    const known = options.known ?? {};
    const cache = this.manifest;
    const skipped: JournalScanResult['skipped'] = [];
    const listing = await scanFolder(this.root);
    const conflictCopies: string[] = [];
    const present = new Set(listing.files.map((file) => file.path));
    const engineCopies: Array<{ path: string; original: string; engine: SyncEngine }> = [];
    const listed = listing.files.filter((file) => {
      const problem = episodePathProblem(file.path);
      const unknown = !Object.hasOwn(known, file.path);
      const engine = unknown ? syncConflictOriginal(file.path, (path) => present.has(path)) : null;
      if (problem) skipped.push({ path: file.path, reason: `file name not supported (${problem})` });
      else if (isConflictCopyName(file.path) && unknown) conflictCopies.push(file.path);
      else if (engine) engineCopies.push({ path: file.path, ...engine });
      else return true;
      return false;
    });
    const hashes: Record<string, string> = {};
    for (const file of listed) {
      const cached = cachedHash(cache, file, options);
      if (cached !== undefined) hashes[file.path] = cached;
    }
    const texts = await this.readAll([...filesToRead(cache, listed, known, options), ...engineCopies.map((copy) => copy.path)], hashes, skipped);
    const diff = diffAgainstKnown(known, listed, hashes, (path) => isUnder(path, listing.unreadableDirs));
    // A new file with nothing in it is not an episode yet (Import says the same of an empty file).
    const added = diff.added.filter((file) => {
      if (!isBlankText(texts.get(file.path)!)) return true;
      skipped.push({ path: file.path, reason: 'empty: it becomes an episode once it holds some text' });
      return false;
    });
    this.refreshCache(listed, hashes);
    await this.persist();
    const byPath = new Map(listing.files.map((file) => [file.path, file]));
    const withText = (path: string, sha256: string) => {
      const file = byPath.get(path)!;
      return { path, text: texts.get(path)!, size: file.size, mtimeMs: file.mtimeMs, sha256 };
    };
    return {
      unchanged: diff.unchanged.length,
      changed: diff.changed.map((c) => ({ ...withText(c.path, c.sha256), previousSha256: c.previousSha256 })),
      added: added.map((a) => withText(a.path, a.sha256)),
      deleted: diff.deleted,
      renamed: diff.renamed,
      conflictCopies,
      engineConflicts: engineCopies.filter((copy) => texts.has(copy.path)).map((copy) => ({ ...withText(copy.path, hashes[copy.path]!), original: copy.original, engine: copy.engine })),
      skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
  }

  /** Reads and hashes `paths`, a few at a time; an unreadable file is skipped with its reason (and keeps no hash). */
  private async readAll(paths: readonly string[], hashes: Record<string, string>, skipped: JournalScanResult['skipped']): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    for (let i = 0; i < paths.length; i += READ_CONCURRENCY) {
      await Promise.all(
        paths.slice(i, i + READ_CONCURRENCY).map(async (path) => {
          try {
            const bytes = await this.io.readFile((await resolveEpisodePath(this.root, path)).absolute);
            texts.set(path, ops.decodeEpisode(bytes, path));
            hashes[path] = ops.sha256(bytes);
          } catch (error) {
            delete hashes[path];
            skipped.push({ path, reason: error instanceof ops.FileOpError ? error.message : (error as NodeJS.ErrnoException).code ?? String(error) });
          }
        }),
      );
    }
    return texts;
  }

  /** The hash cache now holds exactly the listed files whose hash is known. */
  private refreshCache(listed: readonly ScanEntry[], hashes: Readonly<Record<string, string>>): void {
    const next: Manifest = {};
    for (const file of listed) {
      const sha256 = hashes[file.path];
      if (sha256 !== undefined) next[file.path] = { size: file.size, mtimeMs: file.mtimeMs, sha256 };
    }
    this.manifest = next;
  }
}
