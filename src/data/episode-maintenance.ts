// Putting an episode right: a damaged one rewritten from what of it can be read, an earlier version
// from the history put back. Both save through the repository, so the text they replace is kept.
import { restoreEpisodeDraft, withBody, type EpisodeDraft } from '../domain/episode';
import { getDatabase, type EpisodesDatabase } from './db';
import { toDraft, type Episode } from './episode-record';
import { readableTags, readableText, restoreBody, restoreMeta } from './episode-rows';
import { EpisodeNotFoundError, type EpisodesRepo } from './episodes-repo';

/**
 * Rewrites a damaged episode from what of its rows can be read (title, tags, text as text), in the
 * form the app writes, so every screen reads it normally again.
 */
export async function repairEpisode(repo: EpisodesRepo, id: string, db: EpisodesDatabase = getDatabase()): Promise<Episode> {
  const [meta, body] = await Promise.all([db.episodes.get(id), db.episodeBodies.get(id)]);
  if (!meta) throw new EpisodeNotFoundError(id);
  const raw = meta as unknown as Record<string, unknown>;
  const readable = restoreMeta(meta);
  const draft: EpisodeDraft = {
    title: readableText(raw.title),
    status: readable.status,
    tags: readableTags(raw.listTags ?? raw.tags),
    body: restoreBody(body, id).body,
    sections: [],
    frontmatter: {},
  };
  if (readable.weekOf) draft.weekOf = readable.weekOf;
  if (typeof raw.number === 'number' && Number.isInteger(raw.number) && raw.number >= 0) draft.number = raw.number;
  return repo.save(id, restoreEpisodeDraft(draft), 'repair');
}

/**
 * Puts an earlier version back (its title and text; week, number, status and tags stay as they are
 * now). The text it replaces is kept in the history first, so this can be undone the same way.
 */
export async function restoreSnapshot(repo: EpisodesRepo, snapshotId: string): Promise<Episode> {
  const snapshot = await repo.history.get(snapshotId);
  if (!snapshot) throw new Error('That version is no longer in the history.');
  return restoreVersion(repo, snapshot.episodeId, snapshot);
}

/** The same for a version known only by its text (a history file in the journal folder). */
export async function restoreVersion(repo: EpisodesRepo, episodeId: string, version: { title: string; body: string }): Promise<Episode> {
  const current = await repo.get(episodeId);
  if (!current) throw new EpisodeNotFoundError(episodeId);
  return repo.save(current.id, withBody({ ...toDraft(current), title: version.title }, version.body), 'history-restore');
}
