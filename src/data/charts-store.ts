// The numbers a ```chart block draws, read from the certifications and practice repositories;
// a live hook for the preview's chart cards and one helper that turns every chart block of a text
// into a stored SVG image for the exports.
import { useLiveQuery } from 'dexie-react-hooks';
import { attachmentMarkdown } from '../domain/attachments';
import { drawChart, type ChartInputs, type ChartResult } from '../domain/charts';
import { extractChartBlocks, parseChartSource, type ChartParsed, type EpisodeDraft } from '../domain/episode';
import { practiceProgressFromCells } from '../domain/practice/progress';
import { getAttachmentsRepo } from './attachments-store';
import { getCertificationsRepo, todayIso } from './certifications-store';
import { getPracticeRepo } from './practice-store';
import { errorMessage } from '../shared/error-message';

async function chartInputs(): Promise<ChartInputs> {
  const repo = getCertificationsRepo();
  const { certifications } = await repo.list();
  return {
    certifications,
    today: todayIso(),
    minutesOf: async (id) => (await repo.sessions.studyTotals(id)).minutes,
    topics: async () => practiceProgressFromCells((await getPracticeRepo().totals()).cells, Date.now()).topics,
  };
}

/** The chart a parsed block asks for, drawn from what is stored now. */
export async function loadChart(parsed: ChartParsed): Promise<ChartResult> {
  if ('error' in parsed) return parsed;
  try {
    return await drawChart(parsed, await chartInputs());
  } catch (error) {
    return { error: `The chart could not be read: ${errorMessage(error)}` };
  }
}

/** The block's chart, drawn again when its text or the stored study or practice change; undefined while loading. */
export function useChart(source: string): ChartResult | undefined {
  return useLiveQuery(() => loadChart(parseChartSource(source)), [source]);
}

/**
 * The text with each ```chart block replaced by its chart as a stored SVG image (alt text: the
 * chart's text alternative), linked from an episode file one folder deep like every attachment;
 * a block that cannot be drawn becomes a quoted line saying why. The stored episode is not touched:
 * the exports copy the image like any other (same chart, same bytes, same path).
 */
export async function renderChartBlocksForExport(markdown: string): Promise<string> {
  if (!markdown.includes('```chart') && !markdown.includes('~~~chart')) return markdown;
  const blocks = extractChartBlocks(markdown);
  if (blocks.length === 0) return markdown;
  const repo = getAttachmentsRepo();
  let out = '';
  let at = 0;
  for (const block of blocks) {
    const chart = await loadChart(block.parsed);
    let replacement: string;
    if ('error' in chart) replacement = `> Chart not drawn: ${chart.error}`;
    else {
      const stored = await repo.add(new TextEncoder().encode(chart.svg), 'chart.svg');
      replacement = attachmentMarkdown(stored.path, stored.ext, chart.text, 'episodes/episode.md');
    }
    out += markdown.slice(at, block.position.start.offset) + replacement;
    at = block.position.end.offset;
  }
  return out + markdown.slice(at);
}

/** The episode as every export writes it: its chart blocks as images (see renderChartBlocksForExport). */
export async function withChartImages<T extends Pick<EpisodeDraft, 'body'>>(draft: T): Promise<T> {
  const body = await renderChartBlocksForExport(draft.body);
  return body === draft.body ? draft : { ...draft, body };
}
