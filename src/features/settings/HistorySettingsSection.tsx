// How much revision history is kept, by what rule, and a way to clear it (after a confirmation).
import { useCallback, useEffect, useState } from 'react';
import { getEpisodesRepo } from '../../data/episodes-store';
import { HISTORY_MAX_BYTES } from '../../domain/history';
import { reportError } from '../../ui/report-error';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function HistorySettingsSection() {
  const history = getEpisodesRepo().history;
  const [size, setSize] = useState<{ count: number; bytes: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = useCallback(() => {
    history.size().then(setSize, (error: unknown) => reportError(error, 'The history’s size could not be read'));
  }, [history]);
  useEffect(refresh, [refresh]);

  async function clear() {
    try {
      await history.clear();
      setConfirming(false);
      refresh();
    } catch (error) {
      reportError(error, 'The history could not be cleared');
    }
  }

  return (
    <section className="settings-section" aria-labelledby="history-settings">
      <div>
        <h2 id="history-settings">Revision history</h2>
        <p className="section-help">Earlier versions of each episode, to compare and restore from the editor’s History.</p>
      </div>
      <div className="settings-stack">
        <p data-testid="history-size">
          {size === null
            ? 'Counting…'
            : size.count === 0
              ? 'No earlier versions are kept yet.'
              : `${size.count.toLocaleString('en')} earlier ${size.count === 1 ? 'version' : 'versions'}, ${mb(size.bytes)} of at most ${mb(HISTORY_MAX_BYTES)}.`}
        </p>
        <p className="hint">
          One is kept every ten minutes while you write, and always before the text is replaced at once (an edit from another editor, an import, a
          restore, a tag rename). Every version of the last 7 days is kept, then one a day for 90 days, then one a week; past the size limit the
          oldest go first. Backups include the history.
        </p>
        <div className="button-row">
          {confirming ? (
            <>
              <button type="button" className="btn btn-danger" onClick={() => void clear()}>
                Yes, clear the history
              </button>
              <button type="button" className="btn btn-ghost" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="btn" disabled={!size?.count} onClick={() => setConfirming(true)}>
              Clear the history…
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
