// What the publish dialog needs beyond the episode: the series around it and the journal's files
// (for the link check), read through the repositories.
import { format } from 'date-fns';
import { strToU8, zipSync } from 'fflate';
import { filePathOfEpisode, liveEpisodePaths } from '../../data/episode-files';
import { getEpisodesRepo } from '../../data/episodes-store';
import { getAttachmentsRepo } from '../../data/attachments-store';
import type { EpisodeDraft } from '../../domain/episode';
import { seriesNeighbours, type CheckContext, type PublishSettings } from '../../domain/publish';
import { abtestCardsReady, abtestExportMarkdown } from '../preview';

export type JournalFacts = Omit<CheckContext, 'settings'>;

export async function loadJournalFacts(episodeId: string, draft: Pick<EpisodeDraft, 'weekOf' | 'number'>, now = new Date()): Promise<JournalFacts> {
  const [episodes, episodePaths, fromPath, attachmentPaths] = await Promise.all([getEpisodesRepo().list(), liveEpisodePaths(), filePathOfEpisode(episodeId), getAttachmentsRepo().paths(), abtestCardsReady()]);
  const { previous, next } = seriesNeighbours({ id: episodeId, weekOf: draft.weekOf, number: draft.number }, episodes);
  return {
    today: format(now, 'yyyy-MM-dd'),
    previous,
    next,
    fromPath,
    episodePaths,
    attachmentPaths,
    abtest: abtestExportMarkdown,
  };
}

export const withSettings = (facts: JournalFacts, settings: PublishSettings): CheckContext => ({ ...facts, settings });

/** `stem/post.md` and `stem/images/…`: the post's folder, ready to drop into a site or upload from. */
export async function postZip(stem: string, fileName: string, bundle: { text: string; images: { path: string; name: string }[] }): Promise<Uint8Array> {
  const repo = getAttachmentsRepo();
  const files: Record<string, Uint8Array> = { [`${stem}/${fileName}`]: strToU8(bundle.text) };
  for (const image of bundle.images) {
    const file = await repo.read(image.path);
    if (file) files[`${stem}/images/${image.name}`] = file.bytes;
  }
  return zipSync(files, { level: 6 });
}
