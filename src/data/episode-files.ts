// Which file an episode is, and which episode a file is: the journal folder's link where there is
// one (the desktop), else the name the episode would be written as (the same name in the browser).
import { episodeFileName } from '../domain/episode';
import { getDatabase, type EpisodesDatabase } from './db';
import { FileLinksRepo } from './file-links-repo';

export async function filePathOfEpisode(id: string, db: EpisodesDatabase = getDatabase()): Promise<string | undefined> {
  const link = await new FileLinksRepo(db).byEpisode(id);
  if (link) return link.path;
  const meta = await db.episodes.get(id);
  return meta ? episodeFileName(meta) : undefined;
}

/** The live episode a file path names, if any; `path` is compared case-insensitively, as on macOS and Windows. */
export async function episodeAtFile(path: string, db: EpisodesDatabase = getDatabase()): Promise<string | undefined> {
  const link = await new FileLinksRepo(db).byPath(path);
  if (link) {
    const meta = await db.episodes.get(link.episodeId);
    if (meta && meta.deletedAt === 0) return meta.id;
  }
  const wanted = path.normalize('NFC').toLowerCase();
  const links = new Map((await db.fileLinks.toArray()).map((l) => [l.path.normalize('NFC').toLowerCase(), l.episodeId]));
  const live = await db.episodes.where('deletedAt').equals(0).toArray();
  const byLink = links.get(wanted);
  if (byLink && live.some((m) => m.id === byLink)) return byLink;
  return live.find((meta) => episodeFileName(meta).toLowerCase() === wanted)?.id;
}

/** Every live episode's file path, NFC and lowercased (as episodeAtFile compares them). */
export async function liveEpisodePaths(db: EpisodesDatabase = getDatabase()): Promise<Set<string>> {
  const links = new Map((await db.fileLinks.toArray()).map((l) => [l.episodeId, l.path]));
  const live = await db.episodes.where('deletedAt').equals(0).toArray();
  return new Set(live.map((meta) => (links.get(meta.id) ?? episodeFileName(meta)).normalize('NFC').toLowerCase()));
}

/** The file path of each live episode by id (the journal folder's link, else the name it would be written as). */
export async function episodeFilePaths(db: EpisodesDatabase = getDatabase()): Promise<Map<string, string>> {
  const links = new Map((await db.fileLinks.toArray()).map((l) => [l.episodeId, l.path]));
  const live = await db.episodes.where('deletedAt').equals(0).toArray();
  return new Map(live.map((meta) => [meta.id, links.get(meta.id) ?? episodeFileName(meta)]));
}
