// Export through the host: a save dialog in the desktop app, a download in the browser.
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo } from '../../data/episodes-store';
import { referencedAttachments } from '../../data/attachments-store';
import { withChartImages } from '../../data/charts-store';
import type { EpisodeDraft } from '../../domain/episode';
import { serializeEpisode, toBlogMarkdown } from '../../domain/episode';
import type { Host, SaveOutcome } from '../../host';
import { abtestCardsReady, abtestExportMarkdown, renderHtml } from '../preview';
import type { ExportFormat } from './export-data';
import { showToast } from '../../ui/toast-store';
import { reportError } from '../../ui/report-error';

const MARKDOWN = { name: 'Markdown', extensions: ['md'] };

function report(outcome: SaveOutcome, what: string) {
  if (outcome.saved) showToast({ message: `Exported ${what} to ${outcome.where}.` });
}

function failed(error: unknown) {
  reportError(error, 'Export failed');
}

export async function exportEpisode(host: Host, episode: EpisodeDraft, format: ExportFormat): Promise<void> {
  try {
    // Every export shows this week's charts as images; the stored episode keeps its live blocks.
    // The zip and page writers come with the first export, not with the start-up bundle.
    const [draft, { exportFileName, standaloneHtml }] = await Promise.all([withChartImages(episode), import('./export-data'), abtestCardsReady()]);
    const suggestedName = exportFileName(draft, format);
    const request =
      format === 'markdown'
        ? { data: serializeEpisode(draft), mimeType: 'text/markdown', filters: [MARKDOWN] }
        : format === 'blog'
          ? { data: toBlogMarkdown(draft, { abtest: abtestExportMarkdown }), mimeType: 'text/markdown', filters: [MARKDOWN] }
          : { data: standaloneHtml(draft.title, renderHtml(toBlogMarkdown(draft, { abtest: abtestExportMarkdown }))), mimeType: 'text/html', filters: [{ name: 'Web page', extensions: ['html'] }] };
    report(await host.saveFile({ title: 'Export episode', suggestedName, ...request }), `“${draft.title}”`);
  } catch (error) {
    failed(error);
  }
}

export async function exportJournal(host: Host): Promise<void> {
  try {
    const episodes = await getEpisodesRepo().listFull();
    if (episodes.length === 0) {
      showToast({ message: 'There are no episodes to export yet.' });
      return;
    }
    const [drafts, { journalZip }] = await Promise.all([Promise.all(episodes.map((episode) => withChartImages(toDraft(episode)))), import('./export-data')]);
    const data = journalZip(drafts, new Date(), await referencedAttachments(drafts.map((draft) => draft.body)));
    const day = new Date().toISOString().slice(0, 10);
    const outcome = await host.saveFile({
      title: 'Export the journal',
      suggestedName: `episodes-journal-${day}.zip`,
      mimeType: 'application/zip',
      filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      data,
    });
    report(outcome, `${episodes.length} ${episodes.length === 1 ? 'episode' : 'episodes'}`);
  } catch (error) {
    failed(error);
  }
}
