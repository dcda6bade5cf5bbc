import { useState } from 'react';
import { getEpisodesRepo, useTrash } from '../../data/episodes-store';
import { TRASH_DAYS } from '../../data/episodes-repo';
import { JournalIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { trashLabel, weekLabel } from './journal-data';
import { useJournalReady } from './journal-start';
import { JournalTabs } from './JournalTabs';
import { showToast } from '../../ui/toast-store';
import './journal.css';
import './trash-page.css';

export function TrashPage() {
  useJournalReady();
  const trash = useTrash();
  const [now] = useState(() => Date.now());
  const restore = async (id: string, title: string) => {
    try {
      await getEpisodesRepo().restore(id);
      showToast({ message: `“${title}” is back in the journal.` });
    } catch (error) {
      showToast({ message: `Could not restore it: ${String(error)}`, tone: 'danger' });
    }
  };
  return (
    <div className="page journal-page">
      <PageHeader title="Journal" subtitle={`Deleted episodes stay here for ${TRASH_DAYS} days, then they are removed for good.`} />
      <JournalTabs />
      {trash === undefined ? (
        <div className="journal-loading" aria-busy="true" />
      ) : trash.length === 0 ? (
        <EmptyState icon={JournalIcon} title="The Trash is empty">
          <p>When you delete an episode it waits here for {TRASH_DAYS} days, so you can bring it back.</p>
        </EmptyState>
      ) : (
        <ul className="trash-list">
          {trash.map((episode) => (
            <li key={episode.id} className="card trash-item" data-testid="trash-item">
              <div className="trash-text">
                <span className="episode-title" title={episode.title}>
                  {episode.title || 'Untitled episode'}
                </span>
                <span className="hint">
                  {[weekLabel(episode.weekOf), trashLabel(episode.deletedAt, now, TRASH_DAYS)].filter(Boolean).join(' · ')}
                </span>
              </div>
              <button type="button" className="btn" onClick={() => void restore(episode.id, episode.title)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
