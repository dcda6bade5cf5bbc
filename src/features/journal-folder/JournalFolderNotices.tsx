import { useEffect } from 'react';
import { useHost } from '../../host';
import { showToast } from '../../ui/toast-store';
import { onJournalFolderNotice, startJournalFolder } from './journal-folder-runtime';
import type { SyncNotice } from './journal-folder-sync';

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

/**
 * Starts the folder sync (desktop only) and shows what it did that a person should know, as the
 * app's toasts: what came in passes; conflicts, errors and an emptied folder stay until dismissed.
 */
export function JournalFolderNotices() {
  const host = useHost();
  useEffect(() => {
    startJournalFolder(host);
    return onJournalFolderNotice((notice) => {
      const passing = notice.kind === 'imported';
      showToast({ message: text(notice), tone: passing ? 'info' : 'danger' }, passing ? 8000 : Infinity);
    });
  }, [host]);
  return null;
}
