// A modal with a textarea for pasted text; it confirms only when something was pasted.
import { useState } from 'react';
import { ModalDialog } from './modal-dialog';

export interface PasteDialogProps {
  title: string;
  hint: string;
  /** The textarea's accessible name. */
  label: string;
  placeholder?: string;
  confirmLabel: string;
  /** The text, or null when cancelled. */
  onClose(text: string | null): void;
}

export function PasteDialog({ title, hint, label, placeholder, confirmLabel, onClose }: PasteDialogProps) {
  const [text, setText] = useState('');
  return (
    <ModalDialog labelledBy="paste-title" className="dialog-wide" onClose={() => onClose(null)}>
      <h2 id="paste-title">{title}</h2>
      <p className="dialog-body hint">{hint}</p>
      <textarea className="paste-area" aria-label={label} value={text} autoFocus onChange={(e) => setText(e.target.value)} placeholder={placeholder} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => onClose(null)}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={!text.trim()} onClick={() => onClose(text)}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
