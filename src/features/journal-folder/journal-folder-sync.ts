// Keeps the journal folder and the database in step. Every save writes the episode's markdown file
// (a title change renames it); at start-up, on focus and on file-system events, outside edits come
// back in (folder-reader.ts). Everything runs through one queue, one job at a time, so a save and a
// rescan never interleave and two rescans never start from the same view of the folder. At
// start-up (and after the folder changes) episodes the folder does not hold yet, or holds an older
// version of (a crash between the two writes), are written out.
import type { JournalFolderChange } from '../../shared/bridge';
import { FolderReader } from './folder-reader';
import { writeHistoryFile } from './folder-history';
import { FolderWriter } from './folder-writer';
import { describeError, knownFiles, type SyncContext, type SyncLinks, type SyncNotice, type SyncRepo } from './sync-context';
import type { JournalFolderHost } from '../../host/host';

export type { SyncNotice, SyncRepo } from './sync-context';

export class JournalFolderSync {
  private readonly ctx: SyncContext;
  private readonly reader: FolderReader;
  private readonly writer: FolderWriter;
  private queue: Promise<unknown> = Promise.resolve();
  /** Jobs queued but not started, by key: asking again joins the waiting job instead of adding one. */
  private readonly waiting = new Map<string, Promise<unknown>>();
  private readonly stops: (() => void)[] = [];
  private emptiedNoticeShown = false;

  constructor(repo: SyncRepo, folder: JournalFolderHost, links: SyncLinks, notify: (notice: SyncNotice) => void) {
    this.ctx = {
      repo,
      folder,
      links,
      notify: (notice) => {
        if (notice.kind === 'folder-emptied') {
          if (this.emptiedNoticeShown) return;
          this.emptiedNoticeShown = true;
        }
        notify(notice);
      },
    };
    this.reader = new FolderReader(this.ctx);
    this.writer = new FolderWriter(this.ctx);
  }

  /** Runs one job at a time; a job already waiting under `key` is shared, not repeated. */
  private enqueue<T>(key: string, job: () => Promise<T>): Promise<T> {
    const waiting = this.waiting.get(key);
    if (waiting) return waiting as Promise<T>;
    const run = () => {
      this.waiting.delete(key);
      return job();
    };
    const next = this.queue.then(run, run);
    this.waiting.set(key, next);
    this.queue = next.catch((error: unknown) => this.ctx.notify({ kind: 'error', message: describeError(error) }));
    return next;
  }

  async start(): Promise<void> {
    this.stops.push(
      this.ctx.repo.onChange((change) => {
        const id = change.type === 'saved' ? change.episode.id : change.id;
        void this.enqueue(`write:${id}`, () => this.writer.write(id)).catch(() => undefined);
      }),
      this.ctx.repo.history.onKept((kept) => {
        void this.enqueue(`history:${kept.row.id}`, () => writeHistoryFile(this.ctx, kept)).catch(() => undefined);
      }),
      this.ctx.folder.onChanged((change: JournalFolderChange) => {
        if (change.reason === 'folder-changed') void this.enqueue('bind', () => this.bindAndCatchUp()).catch(() => undefined);
        else void this.requestReconcile().catch(() => undefined);
      }),
    );
    await this.enqueue('bind', () => this.bindAndCatchUp());
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** Waits for every queued write and rescan (tests, and the window closing). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  /** A rescan after the one already waiting, if any (focus, watcher and menu all ask for one). */
  requestReconcile(): Promise<void> {
    return this.enqueue('reconcile', () => this.reconcileNow());
  }

  /** Writes out what the folder lacks or holds older versions of (after a restore changed the database). */
  catchUpNow(): Promise<void> {
    return this.enqueue('bind', () => this.bindAndCatchUp());
  }

  /** The links describe the folder in use; then outside changes come in and missing files go out. */
  private async bindAndCatchUp(): Promise<void> {
    const info = await this.ctx.folder.info();
    if (info.problem) throw new Error(info.problem);
    await this.ctx.links.bindTo(info.path);
    await this.reconcileNow();
    await this.catchUp();
  }

  private async reconcileNow(): Promise<void> {
    const links = await this.ctx.links.all();
    const known = knownFiles(links);
    const scan = await this.ctx.folder.scan({ known });
    const counts = await this.reader.apply(scan, Object.keys(known).length);
    if (counts.added + counts.updated + counts.trashed > 0) this.ctx.notify({ kind: 'imported', ...counts });
  }

  /** Writes out every live episode the folder lacks or holds an older version of, and trashes files of episodes gone. */
  private async catchUp(): Promise<void> {
    const [episodes, links] = await Promise.all([this.ctx.repo.list(), this.ctx.links.all()]);
    const byEpisode = new Map(links.map((link) => [link.episodeId, link]));
    for (const episode of episodes) {
      const link = byEpisode.get(episode.id);
      byEpisode.delete(episode.id);
      if (!link || link.pending || link.syncedAt < episode.updatedAt) await this.writer.write(episode.id);
    }
    // Links left over belong to episodes in the Trash or gone for good: their files go to the folder's trash.
    for (const link of byEpisode.values()) await this.writer.remove(link.episodeId);
  }
}
