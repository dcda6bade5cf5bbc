import { useEffect, useRef, useState } from 'react';

/** A modal with a textarea for text copied from a blog post or a note. */
export function PasteDialog({ onClose }: { onClose(text: string | null): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide"
      aria-labelledby="paste-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose(null);
      }}
    >
      <h2 id="paste-title">Paste an episode</h2>
      <p className="dialog-body hint">Markdown or plain text. In plain text, short lines followed by paragraphs become section headings.</p>
      <textarea className="paste-area" aria-label="Text to import" value={text} autoFocus onChange={(e) => setText(e.target.value)} placeholder={'Episode 7: The week the pipeline ran\n\nWeekly Highlights\n- …'} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={() => onClose(null)}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={!text.trim()} onClick={() => onClose(text)}>
          Preview
        </button>
      </div>
    </dialog>
  );
}
