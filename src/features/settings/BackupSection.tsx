import { useCallback, useEffect, useState } from 'react';
import { backupFileName, exportBackup, restoreBackup, serializeBackup } from '../../data/backup';
import { journalFolderAfterRestore } from '../journal-folder';
import { useHost } from '../../host';
import type { BackupInfo } from '../../shared/bridge';
import { AlertIcon, ImportIcon } from '../../ui/icons';
import { readPickedBackup, RESTORE_MAX_BYTES, writeSafetyBackup, type PendingRestore } from './backup-flow';
import { RestorePreviewCard } from './RestorePreviewCard';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';

export function BackupSection() {
  const host = useHost();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [busy, setBusy] = useState(false);
  const [automatic, setAutomatic] = useState<BackupInfo[] | null>(null);

  const fail = (e: unknown) => setMessage({ tone: 'error', text: errorMessage(e) });

  useEffect(() => {
    if (host.capabilities.journalFolder) host.journalFolder.listBackups().then(setAutomatic, () => setAutomatic([]));
  }, [host]);

  async function exportFile() {
    setBusy(true);
    setMessage(null);
    try {
      const file = await exportBackup(undefined, (await host.appInfo()).version);
      const outcome = await host.saveFile({
        title: 'Export a full backup',
        suggestedName: backupFileName(file),
        mimeType: 'application/json',
        filters: [{ name: 'Episodes backup', extensions: ['json'] }],
        data: serializeBackup(file),
      });
      if (outcome.saved) setMessage({ tone: 'ok', text: `Backup saved to ${outcome.where}.` });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function importFile() {
    setMessage(null);
    try {
      const [picked] = await host.openFiles({ title: 'Restore from a backup', filters: [{ name: 'Episodes backup', extensions: ['json'] }], maxBytes: RESTORE_MAX_BYTES });
      if (!picked) return;
      setBusy(true);
      setMessage({ tone: 'ok', text: `Reading ${picked.name}…` });
      setPending(await readPickedBackup(picked));
      setMessage(null);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function openAutomatic(name: string) {
    setMessage(null);
    try {
      const { json } = await host.journalFolder.readBackup(name);
      setPending(await readPickedBackup({ name, size: json.length, data: new TextEncoder().encode(json) }));
    } catch (e) {
      fail(e);
    }
  }

  const restore = useCallback(
    async (mode: 'merge' | 'replace', confirmEmptying: boolean) => {
      if (!pending) return;
      setBusy(true);
      setMessage(null);
      try {
        let safety = '';
        const { rejected } = await restoreBackup(pending.file, mode, undefined, {
          confirmEmptying,
          safetyBackup: async () => (safety = await writeSafetyBackup(host)),
        });
        await journalFolderAfterRestore().catch(() => undefined);
        const left = rejected.length ? ` ${rejected.length} ${rejected.length === 1 ? 'row that could not be restored was' : 'rows that could not be restored were'} left out.` : '';
        const text = mode === 'merge' ? `Merged ${pending.source}: nothing was removed.` : `Restored ${pending.source}. What was here before is saved in ${safety}.`;
        setMessage({ tone: 'ok', text: text + left });
        setPending(null);
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [pending, host],
  );

  return (
    <section className="settings-section" aria-labelledby="backups">
      <div>
        <h2 id="backups">Backups</h2>
        <p className="section-help">
          A backup holds everything: episodes, certifications, study sessions, practice history, calculations and settings.
          {host.capabilities.journalFolder ? ' One is also written to the journal folder each day; the last 14 are kept.' : ''}
        </p>
      </div>
      <div className="settings-stack">
        <div className="button-row">
          <button type="button" className="btn" disabled={busy} onClick={() => void exportFile()}>
            Export a backup file…
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void importFile()}>
            <ImportIcon />
            Restore from a file…
          </button>
        </div>
        {automatic && automatic.length > 0 ? (
          <ul className="backup-list" aria-label="Automatic backups">
            {automatic.map((b) => (
              <li key={b.name}>
                <span>
                  {b.date}
                  {b.kind === 'safety' ? <span className="hint"> · saved before a restore replaced everything</span> : null}
                </span>
                <span className="hint">{b.size >= 1024 * 1024 ? `${(b.size / 1024 / 1024).toFixed(1)} MB` : `${(b.size / 1024).toFixed(0)} KB`}</span>
                <button type="button" className="btn btn-ghost" onClick={() => void openAutomatic(b.name)}>
                  Restore…
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {message ? (
          <Callout tone={message.tone === 'error' ? 'danger' : 'neutral'} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.tone === 'error' ? <AlertIcon /> : null}
            <p>{message.text}</p>
          </Callout>
        ) : null}
        {pending ? (
          <RestorePreviewCard pending={pending} busy={busy} onRestore={(mode, confirmEmptying) => void restore(mode, confirmEmptying)} onCancel={() => setPending(null)} />
        ) : null}
      </div>
    </section>
  );
}
