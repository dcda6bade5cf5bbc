// The editor's side panel entry to an episode's history: how many versions are kept, and the dialog.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { restoreSnapshot, restoreVersion } from '../../data/episode-maintenance';
import { useHost } from '../../host';
import { getEpisodesRepo } from '../../data/episodes-store';
import type { SnapshotRow } from '../../data/rows';
import { reportError } from '../../ui/report-error';
import { showToast } from '../../ui/toast-store';
import { HistoryDialog } from './HistoryDialog';
import { FOLDER_VERSION_PREFIX, folderOnlyVersions } from './history-versions';
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
  const host = useHost();
  const [open, setOpen] = useState<{ body: string; now: number; fromFolder: SnapshotRow[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function show() {
    const body = currentBody();
    setOpen({ body, now: Date.now(), fromFolder: [] });
    // The journal folder's history files this profile does not hold join the list when they are read.
    const fromFolder = await folderOnlyVersions(host, episodeId, snapshots ?? []).catch((error: unknown) => {
      reportError(error, 'The journal folder’s history could not be read');
      return [];
    });
    if (fromFolder.length) setOpen((current) => (current ? { ...current, fromFolder } : current));
  }

  async function restore(snapshot: SnapshotRow) {
    setBusy(true);
    try {
      await beforeRestore();
      if (snapshot.id.startsWith(FOLDER_VERSION_PREFIX)) await restoreVersion(repo, episodeId, snapshot);
      else await restoreSnapshot(repo, snapshot.id);
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
      <button type="button" className="btn btn-ghost history-open" onClick={() => void show()}>
        {snapshots === undefined ? 'Earlier versions…' : count === 0 ? 'No earlier versions yet' : `${count} earlier ${count === 1 ? 'version' : 'versions'}…`}
      </button>
      {open ? (
        <HistoryDialog
          snapshots={[...(snapshots ?? []), ...open.fromFolder].sort((a, b) => b.at - a.at)}
          currentBody={open.body}
          now={open.now}
          busy={busy}
          onRestore={(s) => void restore(s)}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
