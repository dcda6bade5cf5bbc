import { useEffect, useState } from 'react';
import { useHost } from '../../host';
import type { JournalFolderInfo } from '../../shared/bridge';
import { AlertIcon, FolderIcon, InfoIcon } from '../../ui/icons';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';

export function JournalFolderSection() {
  const host = useHost();
  const [info, setInfo] = useState<JournalFolderInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!host.capabilities.journalFolder) return;
    host.journalFolder.info().then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, [host]);

  async function choose() {
    setError(null);
    try {
      const result = await host.journalFolder.choose();
      if (result.changed) setInfo(result.info);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="settings-section" aria-labelledby="journal-folder">
      <div>
        <h2 id="journal-folder">Journal folder</h2>
        <p className="section-help">Every episode is also a plain markdown file here, yours to back up, keep in git or sync.</p>
      </div>
      {host.capabilities.journalFolder ? (
        <div className="settings-stack">
          <Callout>
            <FolderIcon />
            <div>
              <p className="mono" data-testid="journal-folder-path">{info?.path ?? 'Loading…'}</p>
              <p className="hint">
                Files are named yyyy/yyyy-Www-title.md. Edits made outside Episodes are picked up when you come back to
                the app; if both sides changed, both versions are kept.
              </p>
            </div>
          </Callout>
          {info?.problem || error ? (
            <Callout tone="danger" role="alert">
              <AlertIcon />
              <p>{info?.problem ?? error}</p>
            </Callout>
          ) : null}
          <div>
            <button type="button" className="btn" onClick={() => void choose()}>
              Choose another folder…
            </button>
          </div>
        </div>
      ) : (
        <Callout>
          <InfoIcon />
          <p>
            Unavailable in the browser: a journal folder on disk needs the Episodes desktop app. Here your data lives in
            this browser&apos;s storage; use a backup file below to keep a copy.
          </p>
        </Callout>
      )}
    </section>
  );
}
