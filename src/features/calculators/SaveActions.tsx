// "Save to episode" (an ```abtest block appended to this week's episode or a chosen one, plus a
// savedCalculations row) and "Copy as markdown table".
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo, useEpisodeList } from '../../data/episodes-store';
import { getSavedCalculationsRepo } from '../../data/saved-calculations-repo';
import { newEpisodeTemplate, withBody } from '../../domain/episode';
import type { CalculatorId } from '../../domain/stats';
import { weekOfFromDate } from '../../domain/week';
import { ensureJournalReady } from '../journal/journal-start';
import { showToast } from '../../ui/toast-store';
import { markdownTable } from './result-summary';
import { abtestBlock, appendBlock, episodeForWeek } from './save-data';
import type { Summary } from './summary-types';

const THIS_WEEK = '';

async function saveToEpisode(calculatorId: CalculatorId, input: unknown, chosenId: string) {
  await ensureJournalReady();
  const repo = getEpisodesRepo();
  let episode = chosenId ? await repo.get(chosenId) : undefined;
  if (!episode) {
    const today = new Date();
    const current = episodeForWeek(await repo.list(), weekOfFromDate(today));
    episode = current ? await repo.get(current.id) : undefined;
    if (!episode) {
      const last = await repo.latest();
      episode = await repo.create(newEpisodeTemplate({ lastEpisode: last ? toDraft(last) : undefined, today }));
    }
  }
  const draft = toDraft(episode);
  const saved = await repo.save(episode.id, withBody(draft, appendBlock(draft.body, abtestBlock(calculatorId, input))));
  await getSavedCalculationsRepo().add({ calculatorId, input, episodeId: saved.id });
  return saved;
}

export function SaveActions({ id, input, summary }: { id: CalculatorId; input: unknown; summary: Summary | null }) {
  const navigate = useNavigate();
  const episodes = useEpisodeList();
  const [target, setTarget] = useState(THIS_WEEK);
  const [busy, setBusy] = useState(false);
  const thisWeek = episodes ? episodeForWeek(episodes, weekOfFromDate(new Date())) : undefined;
  const disabled = !summary || busy;

  const save = async () => {
    setBusy(true);
    try {
      const episode = await saveToEpisode(id, input, target);
      showToast({ message: `Saved to “${episode.title}”.`, action: { label: 'Open episode', run: () => void navigate(`/journal/${episode.id}`) } });
    } catch (error) {
      showToast({ message: `Could not save: ${error instanceof Error ? error.message : String(error)}`, tone: 'danger' });
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
      <select className="input" value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Episode to save to">
          <option value={THIS_WEEK}>{thisWeek ? `This week: ${thisWeek.title}` : 'This week (new)'}</option>
          {(episodes ?? []).filter((e) => e.id !== thisWeek?.id).map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
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
