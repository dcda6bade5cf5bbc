// Before anything reads the database: open it. If it cannot be opened (made by a newer version,
// an upgrade that fails, storage that refuses), a recovery screen instead of a blank app: what went
// wrong, the data exported as it is, and a way to start again from a backup.
import { useEffect, useState, type ReactNode } from 'react';
import { getDatabase, installedVersion, LATEST_SCHEMA_VERSION } from '../data/db';
import type { Host } from '../host';
import { errorMessage, logError } from '../ui/report-error';
import { RecoveryScreen } from './recovery-screen';

type State = { kind: 'opening' } | { kind: 'open' } | { kind: 'failed'; name: string; message: string };

export function DatabaseGate({ host, children }: { host: Host; children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'opening' });
  useEffect(() => {
    let live = true;
    const db = getDatabase();
    installedVersion(db.name)
      .then((installed) => {
        // Dexie would open a newer database and patch it; writing to it could undo what that version did.
        if (installed !== null && installed > LATEST_SCHEMA_VERSION) {
          const error = new Error(`This journal was last opened by a newer version of Episodes (data version ${installed}; this version knows ${LATEST_SCHEMA_VERSION}).`);
          error.name = 'VersionError';
          throw error;
        }
        return db.open();
      })
      .then(
        () => live && setState({ kind: 'open' }),
        (error: unknown) => {
          logError('The database could not be opened', error);
          if (live) setState({ kind: 'failed', name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) });
        },
      );
    return () => {
      live = false;
    };
  }, []);
  if (state.kind === 'open') return children;
  if (state.kind === 'opening') return null;
  return <RecoveryScreen host={host} errorName={state.name} message={state.message} />;
}
