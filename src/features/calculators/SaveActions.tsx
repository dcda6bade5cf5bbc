// "Save to episode" (an ```abtest block put where the person left the cursor in that episode, in a
// chosen section, or at the end, plus a savedCalculations row) and "Copy as markdown table".
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { EpisodeMeta } from '../../data/episode-record';
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo, useEpisodeList } from '../../data/episodes-store';
import { getSavedCalculationsRepo } from '../../data/saved-calculations-repo';
import type { BlockPlace } from '../../domain/episode';
import { DEFAULT_SECTIONS, insertBlock, newEpisodeTemplate, withBody } from '../../domain/episode';
import type { CalculatorId } from '../../domain/stats';
import { weekOfFromDate } from '../../domain/week';
import { rememberedCursor } from '../editor';
import { ensureJournalReady } from '../journal';
import { showToast } from '../../ui/toast-store';
import { markdownTable } from './result-summary';
import { abtestBlock, episodeForWeek } from './save-data';
import type { Summary } from './summary-types';
import { reportError } from '../../ui/report-error';

const THIS_WEEK = '';
const AT_CURSOR = 'cursor';
const AT_END = 'end';
const SECTION = 'section:';

async function saveToEpisode(calculatorId: CalculatorId, input: unknown, chosenId: string, where: string) {
  await ensureJournalReady();
  const repo = getEpisodesRepo();
  let episode = chosenId ? await repo.get(chosenId) : undefined;
  if (!episode) {
    const today = new Date();
    const current = episodeForWeek(await repo.list(), weekOfFromDate(today));
    episode = current ? await repo.get(current.id) : undefined;
    if (!episode) {
      const last = await repo.latest();
      episode = await repo.create(newEpisodeTemplate({ lastEpisode: last ? toDraft(last) : undefined, today, highestNumber: await repo.highestNumber() }));
    }
  }
  const cursor = rememberedCursor(episode.id);
  const place: BlockPlace =
    where === AT_CURSOR && cursor !== undefined ? { at: 'cursor', offset: cursor } : where.startsWith(SECTION) ? { at: 'section', heading: where.slice(SECTION.length) } : { at: 'end' };
  const draft = toDraft(episode);
  const saved = await repo.save(episode.id, withBody(draft, insertBlock(draft.body, abtestBlock(calculatorId, input), place).body));
  await getSavedCalculationsRepo().add({ calculatorId, input, episodeId: saved.id });
  return saved;
}

/** The places the target offers: the cursor (when that episode was edited this session), its sections, the end. */
function placesFor(target: EpisodeMeta | undefined, latest: EpisodeMeta | undefined): { value: string; label: string; kind?: string }[] {
  const headings = target ? target.headings : (latest?.headings ?? DEFAULT_SECTIONS);
  return [
    ...(target && rememberedCursor(target.id) !== undefined ? [{ value: AT_CURSOR, label: 'Where I left the cursor' }] : []),
    ...headings.map((h) => ({ value: `${SECTION}${h.heading}`, label: `In “${h.heading}”`, kind: h.kind })),
    { value: AT_END, label: 'At the end' },
  ];
}

export function SaveActions({ id, input, summary }: { id: CalculatorId; input: unknown; summary: Summary | null }) {
  const navigate = useNavigate();
  const episodes = useEpisodeList();
  const [target, setTarget] = useState(THIS_WEEK);
  const [where, setWhere] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const thisWeek = episodes ? episodeForWeek(episodes, weekOfFromDate(new Date())) : undefined;
  const chosen = target ? episodes?.find((e) => e.id === target) : thisWeek;
  const places = placesFor(chosen, episodes?.[0]);
  // Unless a place was picked: the cursor, else the project section, else the end.
  const fallback = places.find((p) => p.value === AT_CURSOR) ?? places.find((p) => p.kind === 'project') ?? places[places.length - 1]!;
  const place = places.find((p) => p.value === where) ?? fallback;
  const disabled = !summary || busy;

  const save = async () => {
    setBusy(true);
    try {
      const episode = await saveToEpisode(id, input, target, place.value);
      showToast({ message: `Saved to “${episode.title}”.`, action: { label: 'Open episode', run: () => void navigate(`/journal/${episode.id}`) } });
    } catch (error) {
      reportError(error, 'Could not save');
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!summary) return;
    try {
      await navigator.clipboard.writeText(markdownTable(id, summary));
      showToast({ message: 'Copied the result as a markdown table.' }, 4000);
    } catch {
      showToast({ message: 'The clipboard is not available here.', tone: 'danger' });
    }
  };

  return (
    <div className="calc-actions">
      <select
        className="input"
        value={target}
        onChange={(e) => {
          setTarget(e.target.value);
          setWhere(null);
        }}
        aria-label="Episode to save to"
      >
        <option value={THIS_WEEK}>{thisWeek ? `This week: ${thisWeek.title}` : 'This week (new)'}</option>
        {(episodes ?? []).filter((e) => e.id !== thisWeek?.id).map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
      <select className="input" value={place.value} onChange={(e) => setWhere(e.target.value)} aria-label="Where in the episode">
        {places.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
      <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => void save()}>
        Save to episode
      </button>
      <button type="button" className="btn calc-copy" disabled={!summary} onClick={() => void copy()}>
        Copy as markdown table
      </button>
    </div>
  );
}
