import { useCallback, useEffect, useState } from 'react';
import { backupFileName, exportBackup, restoreBackup, serializeBackup } from '../../data/backup';
import { journalFolderAfterRestore } from '../journal-folder/journal-folder-runtime';
import { useHost } from '../../host';
import type { BackupInfo } from '../../shared/bridge';
import { AlertIcon, ImportIcon } from '../../ui/icons';
import { readPickedBackup, rowsOnlyHere, tableLabel, type PendingRestore } from './backup-flow';

export function BackupSection() {
  const host = useHost();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [automatic, setAutomatic] = useState<BackupInfo[] | null>(null);

  const fail = (e: unknown) => setMessage({ tone: 'error', text: e instanceof Error ? e.message : String(e) });

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
      const [picked] = await host.openFiles({ title: 'Restore from a backup', filters: [{ name: 'Episodes backup', extensions: ['json'] }] });
      if (picked) setPending(await readPickedBackup(picked));
    } catch (e) {
      fail(e);
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
    async (mode: 'merge' | 'replace') => {
      if (!pending) return;
      setBusy(true);
      try {
        await restoreBackup(pending.file, mode);
        await journalFolderAfterRestore().catch(() => undefined);
        setMessage({ tone: 'ok', text: mode === 'merge' ? `Merged ${pending.source}: nothing was removed.` : `Restored ${pending.source}.` });
        setPending(null);
        setConfirmReplace(false);
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [pending],
  );

  const onlyHere = pending ? rowsOnlyHere(pending.preview) : 0;
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
                <span>{b.date}</span>
                <span className="hint">{(b.size / 1024).toFixed(0)} KB</span>
                <button type="button" className="btn btn-ghost" onClick={() => void openAutomatic(b.name)}>
                  Restore…
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {message ? (
          <div className={`notice ${message.tone === 'error' ? 'notice-danger' : ''}`} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.tone === 'error' ? <AlertIcon /> : null}
            <p>{message.text}</p>
          </div>
        ) : null}
        {pending ? (
          <div className="card restore-preview" role="dialog" aria-label="Restore preview">
            <h2>Restore {pending.source}?</h2>
            <p className="hint">Made {new Date(pending.file.exportedAt).toLocaleString()} by Episodes {pending.file.appVersion}.</p>
            {pending.preview.every((p) => p.inBackup === 0) ? <p>This backup holds no episodes, certifications or other data.</p> : null}
            <table className="data-table">
              <thead>
                <tr>
                  <th>What</th>
                  <th>In the backup</th>
                  <th>New</th>
                  <th>Different here</th>
                  <th>Only here</th>
                </tr>
              </thead>
              <tbody>
                {pending.preview
                  .filter((p) => p.inBackup > 0 || p.onlyHere > 0)
                  .map((p) => (
                    <tr key={p.table}>
                      <td>{tableLabel(p.table)}</td>
                      <td>{p.inBackup}</td>
                      <td>{p.added}</td>
                      <td>{p.changed}</td>
                      <td>{p.onlyHere}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
            <p className="hint">
              Merge adds what is new and takes the backup&apos;s copy where they differ; it removes nothing. Replace makes
              this app hold exactly the backup{onlyHere > 0 ? `, removing ${onlyHere} item${onlyHere === 1 ? '' : 's'} that are only here` : ''}.
            </p>
            <div className="button-row">
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void restore('merge')}>
                Merge into this app
              </button>
              {confirmReplace ? (
                <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void restore('replace')}>
                  Yes, replace everything
                </button>
              ) : (
                <button type="button" className="btn" disabled={busy} onClick={() => setConfirmReplace(true)}>
                  Replace everything…
                </button>
              )}
              <button type="button" className="btn btn-ghost" onClick={() => (setPending(null), setConfirmReplace(false))}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
