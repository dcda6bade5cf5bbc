// An in-app confirm (never window.confirm): a modal dialog, Escape cancels, focus starts on the safe choice.
import { useCallback, useState, type ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

export interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
}

/** The dialog element to render, and `confirm(options)` that opens it and resolves with the choice. */
export function useConfirm(): [ReactNode, (options: ConfirmOptions) => Promise<boolean>] {
  const [request, setRequest] = useState<(ConfirmOptions & { resolve: (ok: boolean) => void }) | null>(null);
  const confirm = useCallback((options: ConfirmOptions) => new Promise<boolean>((resolve) => setRequest({ ...options, resolve })), []);
  const close = useCallback(
    (ok: boolean) => {
      request?.resolve(ok);
      setRequest(null);
    },
    [request],
  );
  const element = request ? <ConfirmDialog {...request} onClose={close} /> : null;
  return [element, confirm];
}

function ConfirmDialog({ title, body, confirmLabel, cancelLabel = 'Cancel', onClose }: ConfirmOptions & { onClose: (ok: boolean) => void }) {
  return (
    <ModalDialog labelledBy="confirm-title" onClose={() => onClose(false)}>
      <h2 id="confirm-title">{title}</h2>
      <div className="dialog-body">{body}</div>
      <div className="dialog-actions">
        <button type="button" className="btn" autoFocus onClick={() => onClose(false)}>
          {cancelLabel}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
