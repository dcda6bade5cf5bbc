// An episode's earlier versions: the list by time, what changed between the chosen one and the text
// now, and a click to put it back (the text now is kept first, so that can be undone the same way).
import { format, formatDistanceStrict } from 'date-fns';
import { useMemo, useState } from 'react';
import type { SnapshotRow } from '../../data/rows';
import { HISTORY_REASONS, diffTexts, type DiffBlock, type HistoryReason } from '../../domain/history';
import { ModalDialog } from '../../ui/modal-dialog';

const reasonLabel = (reason: string) => HISTORY_REASONS[reason as HistoryReason] ?? reason;

function DiffView({ blocks }: { blocks: DiffBlock[] }) {
  if (blocks.every((b) => b.kind === 'same')) return <p className="hint">This version holds the same text as the episode now.</p>;
  return (
    <pre className="history-diff" data-testid="history-diff">
      {blocks.map((block, i) =>
        block.kind === 'same' ? (
          <span key={i}>{block.text}</span>
        ) : block.kind === 'folded' ? (
          <span key={i} className="history-folded">
            {`… ${block.lines} unchanged ${block.lines === 1 ? 'line' : 'lines'} …\n`}
          </span>
        ) : (
          <span key={i}>
            {block.pieces.map((piece, j) =>
              piece.kind === 'same' ? (
                <span key={j}>{piece.text}</span>
              ) : piece.kind === 'removed' ? (
                <del key={j}>{piece.text}</del>
              ) : (
                <ins key={j}>{piece.text}</ins>
              ),
            )}
          </span>
        ),
      )}
    </pre>
  );
}

export function HistoryDialog({
  snapshots,
  currentBody,
  now,
  busy,
  onRestore,
  onClose,
}: {
  snapshots: readonly SnapshotRow[];
  currentBody: string;
  now: number;
  busy: boolean;
  onRestore: (snapshot: SnapshotRow) => void;
  onClose: () => void;
}) {
  const [chosenId, setChosenId] = useState(snapshots[0]?.id);
  const chosen = snapshots.find((s) => s.id === chosenId) ?? snapshots[0];
  const blocks = useMemo(() => (chosen ? diffTexts(chosen.body, currentBody) : []), [chosen, currentBody]);
  return (
    <ModalDialog labelledBy="history-title" className="history-dialog" onClose={onClose}>
      <h2 id="history-title">Earlier versions</h2>
      {snapshots.length === 0 ? (
        <p className="dialog-body">
          No earlier version yet. Episodes keeps one every ten minutes while you write, and always before anything replaces the text at once
          (an edit made in another editor, an import, a restore, a tag rename).
        </p>
      ) : (
        <div className="history-layout">
          <ol className="history-list" aria-label="Versions, newest first">
            {snapshots.map((s) => (
              <li key={s.id}>
                <button type="button" className={`history-item${s.id === chosen?.id ? ' history-item-chosen' : ''}`} aria-current={s.id === chosen?.id} onClick={() => setChosenId(s.id)}>
                  <span className="history-when" title={format(s.at, 'PPpp')}>
                    {format(s.at, 'EEE d MMM, HH:mm')}
                  </span>
                  <span className="hint">
                    {formatDistanceStrict(s.at, now, { addSuffix: true })} · {s.words.toLocaleString('en')} words
                  </span>
                  <span className="hint">
                    {reasonLabel(s.reason)}
                    {s.id.startsWith('file:') ? ' · from the journal folder' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {chosen ? (
            <section className="history-compare" aria-label="What changed since this version">
              <p className="hint">
                From this version to the text now: <del>struck through</del> was there then, <ins>marked</ins> was added since.
                {chosen.title ? ` Title then: “${chosen.title}”.` : ''}
              </p>
              <DiffView blocks={blocks} />
            </section>
          ) : null}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={onClose}>
          Close
        </button>
        {chosen ? (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => onRestore(chosen)}>
            Restore this version
          </button>
        ) : null}
      </div>
    </ModalDialog>
  );
}
