// Each version the revision history keeps is also a file in the journal folder
// (.episodes/history/<episode file>/<when>-<why>.md), so the history survives a lost profile and
// reads in any text editor; the files follow the same pruning as the history in the database.
import type { KeptSnapshot } from '../../data/history-repo';
import type { SnapshotRow } from '../../data/rows';
import { episodeFileName } from '../../domain/episode';
import { pruneSnapshots } from '../../domain/history';
import type { SyncContext } from './sync-context';

/** A kept version as a markdown file: what it was, when, why, and its text. */
export function historyFileText(row: Pick<SnapshotRow, 'title' | 'episodeId' | 'at' | 'reason' | 'body'>): string {
  return `---\ntitle: ${JSON.stringify(row.title)}\nepisode-id: ${row.episodeId}\nkept-at: ${new Date(row.at).toISOString()}\nreason: ${row.reason}\n---\n${row.body}`;
}

/** Where an episode's file is (its link), or would be written. */
export async function episodePathFor(ctx: SyncContext, episodeId: string): Promise<string | undefined> {
  const link = await ctx.links.byEpisode(episodeId);
  if (link?.sha256) return link.path;
  const episode = await ctx.repo.get(episodeId);
  return episode ? episodeFileName(episode) : undefined;
}

/**
 * Writes the kept version, then applies the age policy to the episode's files (not the database's
 * list: files kept by a profile that was lost since are still there, and age out the same way).
 */
export async function writeHistoryFile(ctx: SyncContext, kept: KeptSnapshot, now = Date.now()): Promise<void> {
  const path = await episodePathFor(ctx, kept.row.episodeId);
  if (!path) return;
  await ctx.folder.writeHistoryFile(path, kept.row.at, kept.row.reason, historyFileText(kept.row));
  const files = await ctx.folder.listHistoryFiles(path);
  const drop = pruneSnapshots(files.map((f) => ({ id: f.name, episodeId: path, at: f.at, bytes: f.size })), now, Infinity);
  if (drop.length) await ctx.folder.removeHistoryFiles(path, drop);
}
