// The editor's side panel entry to an episode's history: how many versions are kept, and the dialog.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { restoreSnapshot } from '../../data/episode-maintenance';
import { getEpisodesRepo } from '../../data/episodes-store';
import type { SnapshotRow } from '../../data/db';
import { reportError } from '../../ui/report-error';
import { showToast } from '../../ui/toast-store';
import { HistoryDialog } from './HistoryDialog';
import './history.css';

export function HistorySection({
  episodeId,
  currentBody,
  beforeRestore,
  onRestored,
}: {
  episodeId: string;
  /** The text now, as typed (read when the dialog opens). */
  currentBody: () => string;
  /** Saves what is typed first, so the restore keeps it in the history. */
  beforeRestore: () => Promise<void>;
  onRestored: () => void;
}) {
  const repo = getEpisodesRepo();
  const snapshots = useLiveQuery(() => repo.history.list(episodeId), [episodeId]);
  const [open, setOpen] = useState<{ body: string; now: number } | null>(null);
  const [busy, setBusy] = useState(false);

  async function restore(snapshot: SnapshotRow) {
    setBusy(true);
    try {
      await beforeRestore();
      await restoreSnapshot(repo, snapshot.id);
      setOpen(null);
      showToast({ message: 'The earlier version is back. The text it replaced is now the newest entry in the history.' });
      onRestored();
    } catch (error) {
      reportError(error, 'That version could not be restored');
    } finally {
      setBusy(false);
    }
  }

  const count = snapshots?.length ?? 0;
  return (
    <div className="history-section">
      <h2>History</h2>
      <button type="button" className="btn btn-ghost history-open" onClick={() => setOpen({ body: currentBody(), now: Date.now() })}>
        {snapshots === undefined ? 'Earlier versions…' : count === 0 ? 'No earlier versions yet' : `${count} earlier ${count === 1 ? 'version' : 'versions'}…`}
      </button>
      {open ? <HistoryDialog snapshots={snapshots ?? []} currentBody={open.body} now={open.now} busy={busy} onRestore={(s) => void restore(s)} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
