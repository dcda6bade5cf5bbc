// What the publish dialog needs beyond the episode: the series around it and the journal's files
// (for the link check), read through the repositories.
import { format } from 'date-fns';
import { filePathOfEpisode, liveEpisodePaths } from '../../data/episode-files';
import { getEpisodesRepo } from '../../data/episodes-store';
import type { EpisodeDraft } from '../../domain/episode';
import { seriesNeighbours, type CheckContext, type PublishSettings } from '../../domain/publish';
import { abtestExportMarkdown } from '../preview';

export type JournalFacts = Omit<CheckContext, 'settings'>;

export async function loadJournalFacts(episodeId: string, draft: Pick<EpisodeDraft, 'weekOf' | 'number'>, now = new Date()): Promise<JournalFacts> {
  const [episodes, episodePaths, fromPath] = await Promise.all([getEpisodesRepo().list(), liveEpisodePaths(), filePathOfEpisode(episodeId)]);
  const { previous, next } = seriesNeighbours({ id: episodeId, weekOf: draft.weekOf, number: draft.number }, episodes);
  return {
    today: format(now, 'yyyy-MM-dd'),
    previous,
    next,
    fromPath,
    episodePaths,
    // Images and attachments are not stored yet (issue 20, point 1): no file beside the episodes counts as there.
    attachmentPaths: new Set(),
    abtest: abtestExportMarkdown,
  };
}

export const withSettings = (facts: JournalFacts, settings: PublishSettings): CheckContext => ({ ...facts, settings });
