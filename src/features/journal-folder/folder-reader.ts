// The folder to the database: how a scan's differences from the links become episode changes.
// A changed file updates its episode (both changed: both kept, a notice); a new file becomes an
// episode, unless it is the app's own write that a crash kept from being recorded, or the file of
// an episode whose link was lost; a deleted file sends its episode to the Trash. Each episode change
// is stored in one transaction with its link, so a crash never leaves a file imported twice.
import type { FileLink } from '../../data/rows';
import type { EpisodeMeta } from '../../data/episode-record';
import { episodeFileName, parseEpisode } from '../../domain/episode';
import { splitGitConflict, type GitConflictSides } from '../../domain/sync';
import type { EpisodeFile, JournalScanResult } from '../../shared/bridge';
import { fileOf, REMOVAL, type SyncContext } from './sync-context';

/** What the links say about paths, kept up to date while one scan is applied. */
interface LinkIndex {
  /** Paths some link has agreed on content with. */
  paths: Set<string>;
  /** Path -> the link whose pending write goes there. */
  pending: Map<string, FileLink>;
}

export interface ReadCounts {
  added: number;
  updated: number;
  trashed: number;
}

/** Below this many known files, "all of them vanished" is an ordinary deletion. */
const EMPTIED_MIN_FILES = 3;

export class FolderReader {
  constructor(private readonly ctx: SyncContext) {}

  async apply(scan: JournalScanResult, known: number): Promise<ReadCounts> {
    const counts: ReadCounts = { added: 0, updated: 0, trashed: 0 };
    for (const { from, to, sha256 } of scan.renamed) {
      const link = await this.ctx.links.byPath(from);
      if (link) await this.ctx.links.put({ ...link, path: to, sha256 });
    }
    for (const file of scan.changed) await this.changed(file, counts);
    if (scan.added.length) {
      const index = await this.indexLinks();
      const unlinked = await this.unlinkedByFileName();
      // New files before deletions: a pending rename's new name must claim its link before the old name is seen gone.
      for (const file of scan.added) await this.added(file, index, unlinked, counts);
    }
    // After the new files: a conflict file's original may have come in with this scan.
    for (const file of scan.engineConflicts ?? []) await this.engineConflict(file);
    const emptied = known >= EMPTIED_MIN_FILES && scan.deleted.length === known;
    if (emptied) this.ctx.notify({ kind: 'folder-emptied', missing: known });
    else for (const file of scan.deleted) await this.deleted(file.path, counts);
    return counts;
  }

  private async changed(file: EpisodeFile, counts: ReadCounts): Promise<void> {
    const { repo, links } = this.ctx;
    const link = await links.byPath(file.path);
    // The app's own write, whose landing a crash kept the link from recording.
    if (link?.pending?.path === file.path && link.pending.sha256 === file.sha256) {
      await links.put({ episodeId: link.episodeId, path: file.path, sha256: file.sha256, syncedAt: link.pending.syncedAt });
      return;
    }
    const episode = link ? await repo.get(link.episodeId) : undefined;
    if (!link || !episode || episode.deletedAt) {
      await this.importNew(file, link);
      counts.added++;
      return;
    }
    const mine = await fileOf(episode);
    if (mine.sha256 === file.sha256) {
      await links.put({ episodeId: link.episodeId, path: file.path, sha256: file.sha256, syncedAt: episode.updatedAt });
      return;
    }
    const marked = splitGitConflict(file.text);
    if (marked) {
      await this.keepMergeSides(file, episode.id, episode.title, mine.text, marked);
      return;
    }
    if (episode.updatedAt > link.syncedAt) {
      await this.keepBoth(file, episode.title, mine.text, link);
      return;
    }
    await links.atomically(async () => {
      const saved = await repo.save(episode.id, parseEpisode(file.text), 'outside-edit');
      await links.put({ episodeId: episode.id, path: file.path, sha256: file.sha256, syncedAt: saved.updatedAt });
    });
    counts.updated++;
  }

  private async added(file: EpisodeFile, index: LinkIndex, unlinked: Map<string, EpisodeMeta>, counts: ReadCounts): Promise<void> {
    const { repo, links } = this.ctx;
    const writer = index.pending.get(file.path);
    if (writer && writer.pending!.sha256 === file.sha256) {
      await links.put({ episodeId: writer.episodeId, path: file.path, sha256: file.sha256, syncedAt: writer.pending!.syncedAt });
      index.paths.add(file.path);
      return;
    }
    if (index.paths.has(file.path)) return;
    index.paths.add(file.path);
    const owner = unlinked.get(file.path);
    const episode = owner ? await repo.get(owner.id) : undefined;
    if (episode && !episode.deletedAt) {
      unlinked.delete(file.path);
      const mine = await fileOf(episode);
      if (mine.sha256 === file.sha256) await links.put({ episodeId: episode.id, path: file.path, sha256: file.sha256, syncedAt: episode.updatedAt });
      else await this.keepBoth(file, episode.title, mine.text, { episodeId: episode.id, path: file.path, sha256: '', syncedAt: -1 });
      return;
    }
    const marked = splitGitConflict(file.text);
    if (marked) {
      // A new file git could not merge: the episode is this device's side, the other is kept beside it.
      const created = await this.importNew({ ...file, text: marked.ours }, undefined);
      await this.keepMergeSides(file, created.id, created.title, marked.ours, marked);
    } else await this.importNew(file, undefined);
    counts.added++;
  }

  /**
   * A file with git's merge markers: the episode keeps the app's text (written back over the markers),
   * each side of the merge that differs from it is kept in the history and as a conflict copy; one notice.
   */
  private async keepMergeSides(file: EpisodeFile, episodeId: string, title: string, appText: string, sides: GitConflictSides): Promise<void> {
    const { folder, links, repo, notify } = this.ctx;
    let copyPath: string | undefined;
    for (const side of new Set([sides.ours, sides.theirs])) {
      if (side === appText) continue;
      const other = parseEpisode(side);
      await repo.history.keepNow(episodeId, { title: other.title || title, body: other.body }, 'conflict', Date.now());
      const copy = await folder.writeConflictCopy(file.path, side);
      copyPath ??= copy.path;
    }
    const written = await folder.write(file.path, appText, file.sha256);
    const episode = await repo.get(episodeId);
    if (written.written && episode) await links.put({ episodeId, path: file.path, sha256: written.sha256, syncedAt: episode.updatedAt });
    if (copyPath) notify({ kind: 'conflict', title, path: file.path, copyPath });
  }

  private async deleted(path: string, counts: ReadCounts): Promise<void> {
    const { repo, links } = this.ctx;
    const link = await links.byPath(path);
    if (!link) return;
    // The app itself moved it to the folder's trash; a crash kept the link from being dropped.
    if (link.pending?.sha256 === REMOVAL && link.pending.path === path) {
      await links.remove(link.episodeId);
      return;
    }
    const episode = await repo.get(link.episodeId);
    await links.atomically(async () => {
      if (episode && !episode.deletedAt) {
        await repo.trash(episode.id);
        counts.trashed++;
      }
      await links.remove(link.episodeId);
    });
  }

  /** Both sides changed: the outside text becomes a conflict copy beside the file, the app's text stays in it. */
  private async keepBoth(file: EpisodeFile, title: string, appText: string, link: FileLink): Promise<void> {
    const { folder, links, notify } = this.ctx;
    const copy = await folder.writeConflictCopy(file.path, file.text);
    // The other version is also kept in the episode's history, to compare and restore in the app.
    const outside = parseEpisode(file.text);
    await this.ctx.repo.history.keepNow(link.episodeId, { title: outside.title || title, body: outside.body }, 'conflict', Date.now());
    const written = await folder.write(file.path, appText, file.sha256);
    const episode = await this.ctx.repo.get(link.episodeId);
    if (written.written && episode) await links.put({ episodeId: link.episodeId, path: file.path, sha256: written.sha256, syncedAt: episode.updatedAt });
    notify({ kind: 'conflict', title, path: file.path, copyPath: copy.path });
  }

  /**
   * A sync engine kept two versions of an episode's file (both devices changed it): the engine's copy
   * becomes the app's own two-version conflict: the other text in the episode's history and in a
   * conflict copy beside the file, one notice, the engine's file moved to the folder's trash. A copy
   * that holds what the episode already says is just tidied away. Never a second episode.
   */
  private async engineConflict(file: JournalScanResult['engineConflicts'][number]): Promise<void> {
    const { folder, links, repo, notify } = this.ctx;
    const link = await links.byPath(file.original);
    const episode = link ? await repo.get(link.episodeId) : undefined;
    // Its original is not an episode (yet): leave the file for the next scan.
    if (!link || !episode || episode.deletedAt) return;
    const other = parseEpisode(file.text);
    const same = (await fileOf(episode)).text === file.text || (other.body === episode.body && (other.title || episode.title) === episode.title);
    if (!same) {
      await repo.history.keepNow(episode.id, { title: other.title || episode.title, body: other.body }, 'conflict', Date.now());
      const copy = await folder.writeConflictCopy(file.original, file.text);
      notify({ kind: 'conflict', title: episode.title, path: file.original, copyPath: copy.path });
    }
    await folder.trash(file.path);
  }

  /** A new episode from the file, stored with its link (replacing a link to a vanished episode). */
  private async importNew(file: EpisodeFile, stale: FileLink | undefined): Promise<{ id: string; title: string }> {
    const { repo, links } = this.ctx;
    return links.atomically(async () => {
      if (stale) await links.remove(stale.episodeId);
      const created = await repo.create(parseEpisode(file.text));
      await links.put({ episodeId: created.id, path: file.path, sha256: file.sha256, syncedAt: created.updatedAt });
      return { id: created.id, title: created.title };
    });
  }

  private async indexLinks(): Promise<LinkIndex> {
    const index: LinkIndex = { paths: new Set(), pending: new Map() };
    for (const link of await this.ctx.links.all()) {
      if (link.sha256) index.paths.add(link.path);
      if (link.pending) index.pending.set(link.pending.path, link);
    }
    return index;
  }

  /** Live episodes without a link, by the file name they would be written as. */
  private async unlinkedByFileName(): Promise<Map<string, EpisodeMeta>> {
    const linked = new Set((await this.ctx.links.all()).map((l) => l.episodeId));
    const byName = new Map<string, EpisodeMeta>();
    for (const meta of await this.ctx.repo.list()) {
      if (linked.has(meta.id)) continue;
      byName.set(episodeFileName(meta), meta);
    }
    return byName;
  }
}
