// Before the first screen: the journal an earlier desktop version kept under its old origin
// (file://) is merged in, once, so that moving the page to app://episodes loses nothing. Every
// later start costs one bridge call that answers null.
import { useEffect, useState, type ReactNode } from 'react';
import { parseBackup, restoreBackup } from '../data/backup';
import type { Host } from '../host';
import { errorMessage } from '../shared/error-message';
import { Callout } from '../ui/Callout';

type State = { kind: 'checking' } | { kind: 'merging' } | { kind: 'ready' } | { kind: 'failed'; message: string };

export async function bringOverLegacyData(host: Host, onMerging: () => void = () => undefined): Promise<boolean> {
  const json = await host.legacyData();
  if (json === null) return false;
  onMerging();
  await restoreBackup(parseBackup(json, 'The journal of the previous version'), 'merge');
  await host.legacyDataDone();
  return true;
}

export function LegacyGate({ host, children }: { host: Host; children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: host.kind === 'electron' ? 'checking' : 'ready' });
  useEffect(() => {
    if (host.kind !== 'electron') return;
    let live = true;
    bringOverLegacyData(host, () => live && setState({ kind: 'merging' })).then(
      () => live && setState({ kind: 'ready' }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [host]);
  if (state.kind === 'ready') return children;
  if (state.kind === 'checking') return null;
  return (
    <main className="legacy-gate" aria-busy={state.kind === 'merging'}>
      {state.kind === 'merging' ? (
        <p>Bringing your journal over from the previous version of Episodes…</p>
      ) : (
        <Callout tone="danger" role="alert">
          <p>
            Your journal from the previous version could not be brought over ({state.message}). It is still there, untouched:
            Episodes will try again at the next start. Your journal folder and its backups are not affected.
          </p>
          <button type="button" className="btn" onClick={() => setState({ kind: 'ready' })}>
            Continue for now
          </button>
        </Callout>
      )}
    </main>
  );
}
