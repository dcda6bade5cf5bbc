// The screen for a database the app cannot open. Nothing here deletes anything until the person
// has chosen a backup to start again from, and what could be read has been saved first.
import { useState } from 'react';
import { parseBackup, restoreBackup } from '../data/backup';
import { EpisodesDatabase, getDatabase } from '../data/db';
import type { Host } from '../host';
import { MAX_BACKUP_BYTES } from '../shared/bridge';
import { readRawDatabase } from '../shared/raw-database';
import { AlertIcon } from '../ui/icons';
import { errorMessage } from '../shared/error-message';
import { Callout } from '../ui/Callout';

function advice(errorName: string): string {
  if (errorName === 'VersionError') return 'It was last opened by a newer version of Episodes. Install that version (or a newer one) to open it; nothing has been changed.';
  if (errorName === 'QuotaExceededError') return 'The disk or the browser’s storage is full. Free some space and try again.';
  return 'Your journal is still there as it was. Save what can be read, then try again, or start again from a backup.';
}

export function RecoveryScreen({ host, errorName, message }: { host: Host; errorName: string; message: string }) {
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function saveReadable() {
    setBusy(true);
    try {
      const json = await readRawDatabase(getDatabase().name);
      if (json === null) throw new Error('there is no stored journal to save');
      const outcome = await host.saveFile({
        title: 'Save what can be read of your journal',
        suggestedName: `episodes-recovered-${new Date().toISOString().slice(0, 10)}.json`,
        mimeType: 'application/json',
        filters: [{ name: 'Episodes backup', extensions: ['json'] }],
        data: json,
      });
      if (outcome.saved) {
        setSaved(true);
        setStatus({ tone: 'ok', text: `Saved to ${outcome.where}. It can be restored like any backup.` });
      }
    } catch (error) {
      setStatus({ tone: 'error', text: `Nothing could be saved: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function startFromBackup() {
    setBusy(true);
    try {
      const [picked] = await host.openFiles({ title: 'Start again from a backup', filters: [{ name: 'Episodes backup', extensions: ['json'] }], maxBytes: MAX_BACKUP_BYTES });
      if (!picked) return;
      if ('error' in picked) throw new Error(picked.error);
      const file = parseBackup(new TextDecoder().decode(picked.data), picked.name);
      const name = getDatabase().name;
      getDatabase().close();
      await EpisodesDatabase.delete(name);
      const fresh = new EpisodesDatabase(name);
      await restoreBackup(file, 'merge', fresh);
      fresh.close();
      location.reload();
    } catch (error) {
      setStatus({ tone: 'error', text: `The backup could not be restored: ${errorMessage(error)}` });
      setBusy(false);
    }
  }

  return (
    <main className="recovery-screen" data-testid="recovery-screen">
      <div className="card recovery-card">
        <h1>Your journal could not be opened</h1>
        <Callout tone="danger" role="alert">
          <AlertIcon />
          <p>
            {message} ({errorName})
          </p>
        </Callout>
        <p>{advice(errorName)}</p>
        <div className="button-row">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void saveReadable()}>
            Save what can be read…
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => location.reload()}>
            Try again
          </button>
        </div>
        <details>
          <summary>Start again from a backup</summary>
          <p className="hint">
            This replaces the journal that cannot be opened with the backup you choose.
            {saved ? '' : ' Save what can be read first: until you do, this stays off.'}
          </p>
          <button type="button" className="btn btn-danger" disabled={busy || !saved} onClick={() => void startFromBackup()}>
            Choose a backup and start again…
          </button>
        </details>
        {status ? (
          <Callout as="p" tone={status.tone === 'error' ? 'danger' : 'neutral'} role={status.tone === 'error' ? 'alert' : 'status'}>
            {status.text}
          </Callout>
        ) : null}
      </div>
    </main>
  );
}
