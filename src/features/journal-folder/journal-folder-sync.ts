// Keeps the journal folder and the database in step. Every save writes the episode's markdown file
// (a title change renames it); at start-up, on focus and on file-system events, outside edits come
// back in: changed files update their episode, new files become episodes, deleted files send their
// episode to the Trash. When both sides changed, both are kept: the outside version as a conflict
// copy beside the file, and a notice.
import type { FileLink } from '../../data/db';
import type { Episode } from '../../data/episode-record';
import { toDraft } from '../../data/episode-record';
import type { EpisodeChange } from '../../data/episodes-repo';
import { episodeFileName, parseEpisode, serializeEpisode } from '../../domain/episode';
import type { JournalFolderHost } from '../../host/host';
import type { JournalScanResult } from '../../shared/bridge';

export interface FileLinks {
  byEpisode(id: string): Promise<FileLink | undefined>;
  byPath(path: string): Promise<FileLink | undefined>;
  put(link: FileLink): Promise<void>;
  remove(episodeId: string): Promise<void>;
}

export interface SyncRepo {
  get(id: string): Promise<Episode | undefined>;
  create(draft: ReturnType<typeof parseEpisode>): Promise<Episode>;
  save(id: string, draft: ReturnType<typeof parseEpisode>): Promise<Episode>;
  trash(id: string): Promise<void>;
  onChange(listener: (change: EpisodeChange) => void): () => void;
}

export type SyncNotice =
  | { kind: 'conflict'; title: string; path: string; copyPath: string }
  | { kind: 'error'; message: string }
  | { kind: 'imported'; added: number; updated: number; trashed: number };

export class JournalFolderSync {
  /** Episodes being written from disk: their save must not be written back. */
  private readonly fromDisk = new Set<string>();
  /** The body of the episode being created from a new file, for the same reason. */
  private creatingFromDisk: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly repo: SyncRepo,
    private readonly folder: JournalFolderHost,
    private readonly links: FileLinks,
    private readonly notify: (notice: SyncNotice) => void,
  ) {}

  /** Runs one job at a time, so a save and a rescan never interleave. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch((error: unknown) => this.notify({ kind: 'error', message: describe(error) }));
    return next;
  }

  async start(): Promise<void> {
    this.stops.push(
      this.repo.onChange((change) => {
        // Changes that came from the folder are not written back (checked now: the job runs later).
        if (this.fromDisk.has(change.type === 'saved' ? change.episode.id : change.id)) return;
        if (change.type === 'saved' && this.creatingFromDisk === change.episode.body) return;
        void this.enqueue(() => (change.type === 'saved' ? this.writeEpisode(change.episode) : this.removeEpisode(change.id)));
      }),
      this.folder.onChanged(() => {
        void this.enqueue(() => this.reconcile());
      }),
    );
    await this.enqueue(() => this.reconcile());
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** Waits for every queued write and rescan (tests, and the window closing). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  private async writeEpisode(episode: Episode): Promise<void> {
    const draft = toDraft(episode);
    const path = episodeFileName(draft);
    const text = serializeEpisode(draft);
    let link = await this.links.byEpisode(episode.id);
    if (link && link.path !== path) {
      const moved = await this.folder.move(link.path, path).catch(() => null);
      link = moved ? { ...link, path, sha256: moved.sha256 } : { ...link, path, sha256: '' };
    }
    const owner = link ? undefined : await this.links.byPath(path);
    const target = owner && owner.episodeId !== episode.id ? uniquePath(path, episode.id) : path;
    let result = await this.folder.write(target, text, link?.sha256 || null);
    if (!result.written) {
      // The file changed on disk since the last sync, and the app changed too: keep both.
      if (result.current) {
        const copy = await this.folder.writeConflictCopy(target, result.current.text);
        this.notify({ kind: 'conflict', title: episode.title, path: target, copyPath: copy.path });
      }
      result = await this.folder.write(target, text, result.current?.sha256 ?? null);
      if (!result.written) throw new Error(`${target} keeps changing on disk; Episodes will try again at the next save.`);
    }
    await this.links.put({ episodeId: episode.id, path: target, sha256: result.sha256, syncedAt: episode.updatedAt });
  }

  private async removeEpisode(id: string): Promise<void> {
    const link = await this.links.byEpisode(id);
    if (!link) return;
    await this.folder.trash(link.path).catch(() => undefined);
    await this.links.remove(id);
  }

  private async fromDiskDo<T>(id: string | undefined, work: () => Promise<T>): Promise<T> {
    if (id) this.fromDisk.add(id);
    try {
      return await work();
    } finally {
      if (id) this.fromDisk.delete(id);
    }
  }

  /** Brings outside changes into the database. */
  async reconcile(): Promise<JournalScanResult> {
    const scan = await this.folder.scan();
    let added = 0;
    let updated = 0;
    let trashed = 0;
    for (const { from, to, sha256 } of scan.renamed) {
      const link = await this.links.byPath(from);
      if (link) await this.links.put({ ...link, path: to, sha256 });
    }
    for (const file of scan.changed) {
      const link = await this.links.byPath(file.path);
      const episode = link ? await this.repo.get(link.episodeId) : undefined;
      if (!link || !episode || episode.deletedAt) {
        await this.importNew(file.path, file.text, file.sha256);
        added++;
        continue;
      }
      if (episode.updatedAt > link.syncedAt) {
        // Both changed: the outside version becomes a conflict copy; the app's stays in the file.
        const copy = await this.folder.writeConflictCopy(file.path, file.text);
        const written = await this.folder.write(file.path, serializeEpisode(toDraft(episode)), file.sha256);
        if (written.written) await this.links.put({ ...link, sha256: written.sha256, syncedAt: episode.updatedAt });
        this.notify({ kind: 'conflict', title: episode.title, path: file.path, copyPath: copy.path });
        continue;
      }
      const saved = await this.fromDiskDo(episode.id, () => this.repo.save(episode.id, parseEpisode(file.text)));
      await this.links.put({ ...link, sha256: file.sha256, syncedAt: saved.updatedAt });
      updated++;
    }
    for (const file of scan.added) {
      if (await this.links.byPath(file.path)) continue;
      await this.importNew(file.path, file.text, file.sha256);
      added++;
    }
    for (const file of scan.deleted) {
      const link = await this.links.byPath(file.path);
      if (!link) continue;
      const episode = await this.repo.get(link.episodeId);
      if (episode && !episode.deletedAt) {
        await this.fromDiskDo(episode.id, () => this.repo.trash(episode.id));
        trashed++;
      }
      await this.links.remove(link.episodeId);
    }
    if (added + updated + trashed > 0) this.notify({ kind: 'imported', added, updated, trashed });
    return scan;
  }

  private async importNew(path: string, text: string, sha256: string): Promise<void> {
    const draft = parseEpisode(text);
    this.creatingFromDisk = draft.body;
    try {
      const created = await this.repo.create(draft);
      await this.links.put({ episodeId: created.id, path, sha256, syncedAt: created.updatedAt });
    } finally {
      this.creatingFromDisk = null;
    }
  }
}

function uniquePath(path: string, id: string): string {
  return path.replace(/\.md$/, `-${id.slice(0, 6)}.md`);
}

function describe(error: unknown): string {
  return `Journal folder: ${error instanceof Error ? error.message : String(error)}`;
}
