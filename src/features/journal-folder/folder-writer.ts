// The database to the folder: an episode's file written (a new title renames it), a trashed episode's
// file moved to the folder's trash. Every write is recorded in the link before the file is touched,
// so a replayed write after a crash is recognized by its content hash: no duplicate, no conflict copy.
// A name another episode's file (or any file the app does not know) already has is never written
// over: the episode gets the next free name (`-2`, `-3` …).
import type { FileLink } from '../../data/rows';
import type { Episode } from '../../data/episode-record';
import { fileOf, nameCandidates, REMOVAL, type SyncContext } from './sync-context';

type Placed = { sha256: string } | 'taken';

export class FolderWriter {
  constructor(private readonly ctx: SyncContext) {}

  /** Writes the episode's current text, unless its file already holds this version. */
  async write(id: string): Promise<void> {
    const { repo, links } = this.ctx;
    const episode = await repo.get(id);
    if (!episode) return;
    if (episode.deletedAt) return this.remove(id);
    // A damaged row is not written over its file: the file may hold the words the row lost.
    if (episode.damaged) return;
    const link = await this.settled(await links.byEpisode(id));
    if (link && !link.pending && link.syncedAt >= episode.updatedAt) return;
    const file = await fileOf(episode);
    if (link && link.path === file.path && link.sha256 === file.sha256) {
      await links.put({ episodeId: id, path: link.path, sha256: link.sha256, syncedAt: episode.updatedAt });
      return;
    }
    const taken = await this.pathsOfOthers(id);
    for (const target of nameCandidates(file.path)) {
      if (taken.has(target)) continue;
      const base: FileLink = link ?? { episodeId: id, path: target, sha256: '', syncedAt: -1 };
      await links.put({ ...base, pending: { path: target, sha256: file.sha256, syncedAt: episode.updatedAt } });
      const placed = await this.placeAt(target, episode, file.text, file.sha256, link);
      if (placed === 'taken') continue;
      await links.put({ episodeId: id, path: target, sha256: placed.sha256, syncedAt: episode.updatedAt });
      return;
    }
    throw new Error(`No free file name for “${episode.title}” near ${file.path}.`);
  }

  /**
   * Moves a trashed (or vanished) episode's file into the folder's trash. The intent is recorded
   * first (a pending write of nothing), so a crash before the link is dropped is not later taken
   * for the file having been deleted outside the app.
   */
  async remove(id: string): Promise<void> {
    const link = await this.ctx.links.byEpisode(id);
    if (!link) return;
    if (link.sha256) {
      await this.ctx.links.put({ ...link, pending: { path: link.path, sha256: REMOVAL, syncedAt: link.syncedAt } });
      // Already gone (deleted outside, or a trash that ran before a crash): nothing to move.
      await this.ctx.folder.trash(link.path).catch(() => undefined);
    }
    await this.ctx.links.remove(id);
  }

  /**
   * A link with a write still pending (a crash came between the write and its record): find out
   * whether it landed before a new write replaces the record of it, so the file's content is never
   * left unrecognized.
   */
  private async settled(link: FileLink | undefined): Promise<FileLink | undefined> {
    if (!link?.pending) return link;
    const { pending } = link;
    const there = await this.ctx.folder.read(pending.path).catch(() => null);
    let next: FileLink = { episodeId: link.episodeId, path: link.path, sha256: link.sha256, syncedAt: link.syncedAt };
    if (pending.sha256 === REMOVAL) {
      // The file went to the folder's trash (the episode was restored since): it is to be written afresh.
      if (!there) next = { episodeId: link.episodeId, path: link.path, sha256: '', syncedAt: -1 };
      await this.ctx.links.put(next);
      return next;
    }
    if (there?.sha256 === pending.sha256) next = { episodeId: link.episodeId, path: pending.path, sha256: pending.sha256, syncedAt: pending.syncedAt };
    // Moved to the new name, not yet rewritten there.
    else if (there && pending.path !== link.path && there.sha256 === link.sha256) next = { ...next, path: pending.path };
    // Another file has the new name: the pending write is still to be placed (the writer looks further).
    else if (there && pending.path !== link.path) return link;
    await this.ctx.links.put(next);
    return next;
  }

  /** Paths other episodes' links hold or are about to write. */
  private async pathsOfOthers(id: string): Promise<Set<string>> {
    const taken = new Set<string>();
    for (const other of await this.ctx.links.all()) {
      if (other.episodeId === id) continue;
      taken.add(other.path);
      if (other.pending) taken.add(other.pending.path);
    }
    return taken;
  }

  /** Puts `text` at `target`, moving the episode's old file there first when its name changed. */
  private async placeAt(target: string, episode: Episode, text: string, sha256: string, link: FileLink | undefined): Promise<Placed> {
    const { folder } = this.ctx;
    // What this episode itself may have left at `target`: the agreed content, or an earlier write.
    const ours = new Set<string>([sha256]);
    if (link?.path === target && link.sha256) ours.add(link.sha256);
    if (link?.pending?.path === target) ours.add(link.pending.sha256);
    let expected: string | null = link?.path === target && link.sha256 ? link.sha256 : null;
    if (link && link.sha256 && link.path !== target) {
      const moved = await folder.move(link.path, target);
      if (moved.moved) expected = link.sha256;
      else if (moved.reason === 'target-exists') {
        // Only this episode's own earlier write may be there; the old name then holds a stale copy.
        const there = await folder.read(target).catch(() => null);
        if (!there || !ours.has(there.sha256)) return 'taken';
        const stale = await folder.read(link.path).catch(() => null);
        if (stale?.sha256 === link.sha256) await folder.trash(link.path);
        expected = there.sha256;
      }
    }
    const result = await folder.write(target, text, expected);
    if (result.written) return { sha256: result.sha256 };
    const current = result.current;
    if (!current) return this.writeOrFail(target, text, null);
    if (current.sha256 === sha256) return { sha256 };
    if (ours.has(current.sha256)) return this.writeOrFail(target, text, current.sha256);
    // A file the app does not know has this name: leave it be (the next scan imports it).
    if (expected === null) return 'taken';
    // The file changed outside since it was last synced, and the episode changed here: keep both.
    const copy = await folder.writeConflictCopy(target, current.text);
    this.ctx.notify({ kind: 'conflict', title: episode.title, path: target, copyPath: copy.path });
    return this.writeOrFail(target, text, current.sha256);
  }

  private async writeOrFail(target: string, text: string, expected: string | null): Promise<{ sha256: string }> {
    const again = await this.ctx.folder.write(target, text, expected);
    if (!again.written) throw new Error(`${target} keeps changing on disk; Episodes will try again at the next save.`);
    return { sha256: again.sha256 };
  }
}
