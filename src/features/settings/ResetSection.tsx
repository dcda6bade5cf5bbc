import { useState } from 'react';
import { backupFileName, exportBackup, serializeBackup } from '../../data/backup';
import { eraseEverything } from '../../data/starter-episodes';
import { useHost } from '../../host';
import { AlertIcon } from '../../ui/icons';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';

/** Erasing everything always saves a full backup first, so there is a way back. */
export function ResetSection() {
  const host = useHost();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function erase() {
    setBusy(true);
    setError(null);
    try {
      const file = await exportBackup(undefined, (await host.appInfo()).version);
      const saved = await host.saveFile({
        title: 'Save a backup before erasing',
        suggestedName: backupFileName(file),
        mimeType: 'application/json',
        filters: [{ name: 'Episodes backup', extensions: ['json'] }],
        data: serializeBackup(file),
      });
      if (!saved.saved) {
        setError('Nothing was erased: the backup was not saved.');
        return;
      }
      await eraseEverything();
      window.location.hash = '#/dashboard';
      window.location.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="reset">
      <div>
        <h2 id="reset">Erase all data</h2>
        <p className="section-help">Start over with an empty app. A full backup is saved first.</p>
      </div>
      <div className="settings-stack">
        {confirming ? (
          <Callout tone="danger" role="alertdialog" aria-label="Confirm erasing all data">
            <AlertIcon />
            <div className="settings-stack">
              <p>
                This removes every episode, certification, study session, practice attempt, calculation and setting from
                this app{host.capabilities.journalFolder ? ' (the markdown files in your journal folder stay)' : ''}. A backup file is saved first;
                restore it from Backups to undo. Type <strong>ERASE</strong> to confirm.
              </p>
              <input className="input" aria-label="Type ERASE to confirm" value={typed} onChange={(e) => setTyped(e.target.value)} />
              <div className="button-row">
                <button type="button" className="btn btn-danger" disabled={typed !== 'ERASE' || busy} onClick={() => void erase()}>
                  Save a backup and erase everything
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => (setConfirming(false), setTyped(''))}>
                  Cancel
                </button>
              </div>
            </div>
          </Callout>
        ) : (
          <div>
            <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
              Erase all data…
            </button>
          </div>
        )}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
