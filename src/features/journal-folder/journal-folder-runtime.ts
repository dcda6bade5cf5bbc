// Starts the journal-folder sync and the daily automatic backup once per app run (desktop only).
import { format } from 'date-fns';
import { exportBackup, serializeBackup } from '../../data/backup';
import { getEpisodesRepo } from '../../data/episodes-store';
import type { Host } from '../../host';
import { getFileLinksRepo } from '../../data/file-links-repo';
import { getAttachmentsRepo, setAttachmentLookAside } from '../../data/attachments-store';
import { AttachmentFolderSync } from './attachment-sync';
import { getSettingsRepo } from '../../data/settings-store';
import { JournalFolderSync, type SyncNotice } from './journal-folder-sync';
import { errorMessage } from '../../shared/error-message';

type Listener = (notice: SyncNotice) => void;

let running: { sync: JournalFolderSync; attachments: AttachmentFolderSync; listeners: Set<Listener>; backlog: SyncNotice[] } | null = null;

/** Writes today's backup into the folder's .episodes/backups unless one was written today. */
export async function dailyBackup(host: Host, today = new Date()): Promise<string | null> {
  const settings = getSettingsRepo();
  const day = format(today, 'yyyy-MM-dd');
  if ((await settings.get('last-automatic-backup')) === day) return null;
  const file = await exportBackup(undefined, (await host.appInfo()).version, today);
  const { name } = await host.journalFolder.writeBackup(serializeBackup(file));
  await settings.set('last-automatic-backup', day);
  return name;
}

export function startJournalFolder(host: Host): void {
  if (running || !host.capabilities.journalFolder) return;
  const listeners = new Set<Listener>();
  const backlog: SyncNotice[] = [];
  const notify = (notice: SyncNotice) => {
    if (listeners.size === 0) backlog.push(notice);
    for (const listener of listeners) listener(notice);
  };
  const sync = new JournalFolderSync(getEpisodesRepo(), host.journalFolder, getFileLinksRepo(), notify);
  const attachments = new AttachmentFolderSync(getAttachmentsRepo(), host.journalFolder, (message) => notify({ kind: 'error', message }));
  running = { sync, attachments, listeners, backlog };
  setAttachmentLookAside((path) => attachments.lookAside(path));
  // A failed start has been reported by the sync's queue already; the backup still runs.
  void sync
    .start()
    .catch(() => undefined)
    .then(() => attachments.start())
    .catch(() => undefined)
    .then(() => dailyBackup(host))
    .catch((error: unknown) => notify({ kind: 'error', message: `Automatic backup: ${errorMessage(error)}` }));
  // Coming back to the window: one rescan, shared with the one main asks for on the same focus.
  window.addEventListener('focus', () => void sync.requestReconcile().catch(() => undefined));
}

/** After a restore: the folder is written out again from what the database now holds. */
export function journalFolderAfterRestore(): Promise<void> {
  if (!running) return Promise.resolve();
  const { sync, attachments } = running;
  return sync.catchUpNow().then(() => attachments.reconcile().then(() => undefined));
}

export function onJournalFolderNotice(listener: Listener): () => void {
  if (!running) return () => undefined;
  const { listeners, backlog } = running;
  listeners.add(listener);
  for (const notice of backlog.splice(0)) listener(notice);
  return () => listeners.delete(listener);
}
