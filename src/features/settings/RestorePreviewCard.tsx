// What a backup holds against what is here, the rows that cannot be restored and why, and the two
// ways to restore: merge (removes nothing) or replace (a safety backup first; emptying a journal
// needs the person to type that they mean it).
import { useState } from 'react';
import { replaceEmpties } from '../../data/backup';
import './settings.css';
import { EMPTY_CONFIRMATION, rowsOnlyHere, tableLabel, type PendingRestore } from './backup-flow';

const SHOWN_REJECTIONS = 50;

export function RestorePreviewCard({
  pending,
  busy,
  onRestore,
  onCancel,
}: {
  pending: PendingRestore;
  busy: boolean;
  onRestore: (mode: 'merge' | 'replace', confirmEmptying: boolean) => void;
  onCancel: () => void;
}) {
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [typed, setTyped] = useState('');
  const { preview } = pending;
  const onlyHere = rowsOnlyHere(preview.tables);
  const empties = replaceEmpties(preview);
  const rows = preview.tables.filter((p) => p.inBackup > 0 || p.onlyHere > 0);
  const nothing = preview.tables.every((p) => p.inBackup === 0);
  return (
    <div className="card restore-preview" role="dialog" aria-label="Restore preview">
      <h2>Restore {pending.source}?</h2>
      <p className="hint">
        Made {new Date(pending.file.exportedAt).toLocaleString()} by Episodes {pending.file.appVersion}.
      </p>
      {nothing ? <p>This backup holds no episodes, certifications or other data.</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>What</th>
                <th>In the backup</th>
                <th>New</th>
                <th>Different here</th>
                <th>Only here</th>
                <th>Cannot be restored</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.table}>
                  <td>{tableLabel(p.table)}</td>
                  <td>{p.inBackup}</td>
                  <td>{p.added}</td>
                  <td>{p.changed}</td>
                  <td>{p.onlyHere}</td>
                  <td className={p.rejected ? 'restore-rejected-count' : undefined}>{p.rejected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview.rejected.length > 0 ? (
        <details className="restore-rejected" data-testid="restore-rejected">
          <summary>
            {preview.rejected.length} {preview.rejected.length === 1 ? 'row' : 'rows'} in this backup cannot be restored and will be left out
          </summary>
          <ul>
            {preview.rejected.slice(0, SHOWN_REJECTIONS).map((r, i) => (
              <li key={`${r.table}:${r.id}:${i}`}>
                <strong>{tableLabel(r.table)}</strong> <span className="mono">{r.id}</span>: {r.reason}
              </li>
            ))}
          </ul>
          {preview.rejected.length > SHOWN_REJECTIONS ? <p className="hint">…and {preview.rejected.length - SHOWN_REJECTIONS} more.</p> : null}
        </details>
      ) : null}
      <p className="hint">
        Merge adds what is new and takes the backup&apos;s copy where they differ; it removes nothing. Replace makes this app hold
        exactly the backup{onlyHere > 0 ? `, removing ${onlyHere} item${onlyHere === 1 ? '' : 's'} that are only here` : ''}; a backup of
        what is here now is saved first.
      </p>
      {confirmReplace && empties ? (
        <label className="field restore-confirm">
          <span>
            This backup would leave your journal without its {preview.liveEpisodesHere} episodes. Type <strong>{EMPTY_CONFIRMATION}</strong> to
            replace anyway.
          </span>
          <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} aria-label="Confirmation" />
        </label>
      ) : null}
      <div className="button-row">
        <button type="button" className="btn btn-primary" disabled={busy || nothing} onClick={() => onRestore('merge', false)}>
          Merge into this app
        </button>
        {confirmReplace ? (
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy || (empties && typed.trim().toLowerCase() !== EMPTY_CONFIRMATION)}
            onClick={() => onRestore('replace', empties)}
          >
            Yes, replace everything
          </button>
        ) : (
          <button type="button" className="btn" disabled={busy} onClick={() => setConfirmReplace(true)}>
            Replace everything…
          </button>
        )}
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
