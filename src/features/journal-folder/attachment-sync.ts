// The database's attachments and the journal folder's attachments/ folder kept in step (desktop).
// A file pasted in the app is written into the folder (atomically, never over a different file); a
// file the app removed as unused goes to the folder's trash (only the app's own names, only while
// it holds the app's bytes); a file edited in the folder by another tool replaces the stored bytes
// at its path (the preview redraws); a file another tool put there is taken in once an episode
// names it, at start-up and rescans, or as soon as the preview asks for it. A file a person deleted
// from the folder while an episode still shows it is written back. One job at a time.
import type { AttachmentChange, ImportOutcome } from '../../data/attachments-repo';
import { isAppAttachmentName } from '../../domain/attachments';
import type { JournalFolderHost } from '../../host/host';
import type { AttachmentFileState } from '../../shared/bridge-attachments';
import { errorMessage } from '../../shared/error-message';

export interface AttachmentSyncRepo {
  index(): Promise<Array<{ path: string; hash: string }>>;
  read(path: string): Promise<{ bytes: Uint8Array } | undefined>;
  importAt(path: string, bytes: Uint8Array): Promise<ImportOutcome>;
  usedPaths(): Promise<Set<string>>;
  onChange(listener: (change: AttachmentChange) => void): () => void;
}
type Folder = Pick<JournalFolderHost, 'listAttachments' | 'readAttachment' | 'writeAttachment' | 'trashAttachment' | 'onChanged'>;

export interface AttachmentSyncCounts {
  written: number;
  imported: number;
  trashed: number;
}

export class AttachmentFolderSync {
  private queue: Promise<unknown> = Promise.resolve();
  private reconcileWaiting: Promise<AttachmentSyncCounts> | undefined;
  private readonly stops: Array<() => void> = [];
  /** Problems already told (a file refused is said once per run, not at every rescan). */
  private readonly told = new Set<string>();

  constructor(
    private readonly repo: AttachmentSyncRepo,
    private readonly folder: Folder,
    private readonly notify: (message: string) => void,
  ) {}

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch((error: unknown) => this.notify(`Attachments in the journal folder: ${errorMessage(error)}`));
    return next;
  }

  private tell(key: string, message: string): void {
    if (this.told.has(key)) return;
    this.told.add(key);
    this.notify(message);
  }

  /** Mirrors the repository's changes from now on, follows the folder's changes, and reconciles once. */
  start(): Promise<AttachmentSyncCounts> {
    this.stops.push(
      this.repo.onChange((change) => {
        if (change.type === 'added') void this.enqueue(() => this.writeOut(change.path)).catch(() => undefined);
        if (change.type === 'removed') void this.enqueue(() => this.trashAll(change.files)).catch(() => undefined);
      }),
      this.folder.onChanged((change) => {
        if (change.reason !== 'watch' || change.paths.some((path) => /^attachments\//i.test(path))) void this.reconcile().catch(() => undefined);
      }),
    );
    return this.reconcile();
  }

  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** Waits for every queued job (tests). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  /** One reconcile after the jobs already queued; asking again while one waits joins it. */
  reconcile(): Promise<AttachmentSyncCounts> {
    this.reconcileWaiting ??= this.enqueue(async () => {
      this.reconcileWaiting = undefined;
      return this.reconcileNow();
    });
    return this.reconcileWaiting;
  }

  /** The preview asks for a file the database lacks: take it in from the folder if it is there. */
  lookAside(path: string): Promise<boolean> {
    return this.enqueue(async () => {
      const file = await this.folder.readAttachment(path).catch(() => undefined);
      if (!file) return false;
      const outcome = await this.take(path, file.data);
      return outcome === 'added' || outcome === 'replaced' || outcome === 'unchanged';
    });
  }

  private async reconcileNow(): Promise<AttachmentSyncCounts> {
    const counts: AttachmentSyncCounts = { written: 0, imported: 0, trashed: 0 };
    const [listing, stored] = await Promise.all([this.folder.listAttachments(), this.repo.index()]);
    for (const skipped of listing.skipped) this.tell(`skip:${skipped.path}`, `${skipped.path} in the journal folder is not used: ${skipped.reason}.`);
    const onDisk = new Map<string, AttachmentFileState>(listing.files.map((file) => [file.path.toLowerCase(), file]));
    const inDatabase = new Set<string>();
    for (const row of stored) {
      const key = row.path.toLowerCase();
      inDatabase.add(key);
      const file = onDisk.get(key);
      if (!file) {
        if (await this.writeOut(row.path)) counts.written += 1;
      } else if (file.sha256 !== row.hash) {
        // Edited in the folder since the app wrote it: the folder's bytes are the person's.
        const read = await this.folder.readAttachment(file.path);
        if ((await this.take(row.path, read.data)) === 'replaced') counts.imported += 1;
      }
    }
    const newcomers = listing.files.filter((file) => !inDatabase.has(file.path.toLowerCase()));
    if (newcomers.length > 0) {
      // Only files an episode names come in: a picture dropped there for later waits until it is linked.
      const used = await this.repo.usedPaths();
      for (const file of newcomers) {
        if (!used.has(file.path.toLowerCase())) continue;
        const read = await this.folder.readAttachment(file.path);
        if ((await this.take(file.path, read.data)) === 'added') counts.imported += 1;
      }
    }
    return counts;
  }

  private async take(path: string, bytes: Uint8Array): Promise<ImportOutcome['outcome']> {
    const outcome = await this.repo.importAt(path, bytes);
    if (outcome.outcome === 'refused') this.tell(`refused:${path}`, `${path} in the journal folder is not shown: ${outcome.message}`);
    if (outcome.outcome === 'duplicate') this.tell(`dup:${path}`, `${path} in the journal folder is the same picture as ${outcome.of}; link that one instead.`);
    return outcome.outcome;
  }

  /** Writes the stored file into the folder; true when written (false: already there, or a different file has the name). */
  private async writeOut(path: string): Promise<boolean> {
    const file = await this.repo.read(path);
    if (!file) return false;
    const result = await this.folder.writeAttachment(path, file.bytes);
    if (!result.written) this.tell(`taken:${path}`, `${path} in the journal folder holds a different file; Episodes left it as it is.`);
    return result.written;
  }

  private async trashAll(files: ReadonlyArray<{ path: string; hash: string }>): Promise<void> {
    for (const file of files) {
      // A name a person or another tool chose is theirs: only the app's own files are tidied away.
      if (isAppAttachmentName(file.path)) await this.folder.trashAttachment(file.path, file.hash);
    }
  }
}
