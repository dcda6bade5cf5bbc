// Which file in the journal folder holds which episode. Links change in the same transaction as the
// episode they describe (atomically), and a write the app starts is recorded before the file is
// touched (FileLink.pending), so a crash between database and folder never leaves the two unable to
// recognize each other. The links describe one folder: choosing another starts them afresh.
import { getDatabase, type EpisodesDatabase, type FileLink } from './db';
import { episodeWriteTables } from './episodes-repo';
import { SettingsRepo } from './settings-repo';

export class FileLinksRepo {
  constructor(private readonly db: EpisodesDatabase) {}

  all(): Promise<FileLink[]> {
    return this.db.fileLinks.toArray();
  }

  byEpisode(id: string): Promise<FileLink | undefined> {
    return this.db.fileLinks.get(id);
  }

  byPath(path: string): Promise<FileLink | undefined> {
    return this.db.fileLinks.where('path').equals(path).first();
  }

  /** A path belongs to one episode: a stale link that still claims it is dropped. */
  async put(link: FileLink): Promise<void> {
    const clean: FileLink = { episodeId: link.episodeId, path: link.path, sha256: link.sha256, syncedAt: link.syncedAt };
    if (link.pending) clean.pending = { ...link.pending };
    await this.db.transaction('rw', this.db.fileLinks, async () => {
      await this.db.fileLinks.where('path').equals(link.path).and((l) => l.episodeId !== link.episodeId).delete();
      await this.db.fileLinks.put(clean);
    });
  }

  async remove(episodeId: string): Promise<void> {
    await this.db.fileLinks.delete(episodeId);
  }

  /**
   * Runs `work` (episode writes through the repository, and link writes) in one transaction:
   * an episode taken from a file and the link saying so are stored together or not at all.
   */
  atomically<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', [...episodeWriteTables(this.db), this.db.fileLinks], work);
  }

  /** The folder these links describe (undefined before the first sync). */
  async folderRoot(): Promise<string | undefined> {
    return (await new SettingsRepo(this.db).get('journal-folder-links-root')) ?? undefined;
  }

  /**
   * Binds the links to `root`. Links made for another folder are dropped (its files are not this
   * folder's); links from before folders were recorded are kept, as they can only be this one's.
   * True when the links were started afresh.
   */
  async bindTo(root: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.fileLinks, this.db.settings, async () => {
      const current = await this.folderRoot();
      if (current === root) return false;
      const fresh = current !== undefined;
      if (fresh) await this.db.fileLinks.clear();
      await new SettingsRepo(this.db).set('journal-folder-links-root', root);
      return fresh;
    });
  }

  /** Every episode is written out again at the next sync (after a restore replaced what the files mirror). */
  async invalidate(): Promise<void> {
    await this.db.fileLinks.toCollection().modify((link: FileLink) => {
      link.syncedAt = -1;
    });
  }
}

let repo: FileLinksRepo | null = null;
export function getFileLinksRepo(): FileLinksRepo {
  repo ??= new FileLinksRepo(getDatabase());
  return repo;
}
