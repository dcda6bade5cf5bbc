import { useEffect, useState } from 'react';
import { useHost } from '../../host';
import { AlertIcon, InfoIcon } from '../../ui/icons';
import { onJournalFolderNotice, startJournalFolder } from './journal-folder-runtime';
import type { SyncNotice } from './journal-folder-sync';
import './journal-folder.css';

function text(notice: SyncNotice): string {
  switch (notice.kind) {
    case 'conflict':
      return `“${notice.title}” was changed both in Episodes and outside it. Both are kept: Episodes’ version is in ${notice.path}, the other in ${notice.copyPath}.`;
    case 'imported': {
      const parts = [
        notice.added && `${notice.added} new`,
        notice.updated && `${notice.updated} updated`,
        notice.trashed && `${notice.trashed} moved to the Trash`,
      ].filter(Boolean);
      return `Picked up changes from the journal folder: ${parts.join(', ')}.`;
    }
    case 'folder-emptied':
      return `All ${notice.missing} episode files are gone from the journal folder at once, so nothing was moved to the Trash: the folder may be half-synced or emptied by another tool. Each episode’s file is written again when you next edit it; to delete episodes, delete them in Episodes.`;
    case 'error':
      return notice.message;
  }
}

/** Starts the folder sync (desktop only) and shows what it did that a person should know. */
export function JournalFolderNotices() {
  const host = useHost();
  const [notices, setNotices] = useState<{ id: number; notice: SyncNotice }[]>([]);
  useEffect(() => {
    startJournalFolder(host);
    let next = 0;
    return onJournalFolderNotice((notice) => setNotices((list) => [...list.slice(-3), { id: next++, notice }]));
  }, [host]);
  if (notices.length === 0) return null;
  return (
    <div className="folder-notices" role="status" aria-live="polite">
      {notices.map(({ id, notice }) => (
        <div key={id} className={`notice ${notice.kind === 'imported' ? '' : 'notice-danger'}`}>
          {notice.kind === 'imported' ? <InfoIcon /> : <AlertIcon />}
          <p>{text(notice)}</p>
          <button type="button" className="btn btn-ghost" aria-label="Dismiss" onClick={() => setNotices((list) => list.filter((n) => n.id !== id))}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
