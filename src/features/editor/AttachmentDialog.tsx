// Adding an image or a PDF: the file is shown and the person is asked for its alt text (what a
// reader who cannot see it should hear); a PDF gets a link text.
import { useEffect, useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog';

export interface PendingFile {
  name: string;
  bytes: Uint8Array;
  image: boolean;
  mime: string;
}

export function AttachmentDialog({ file, remaining, onClose }: { file: PendingFile; remaining: number; onClose(text: string | null): void }) {
  const [text, setText] = useState(file.image ? '' : file.name.replace(/\.[^.]+$/, ''));
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file.image) return;
    const made = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  const label = file.image ? 'Alt text' : 'Link text';
  return (
    <ModalDialog labelledBy="attachment-title" className="dialog-wide" onClose={() => onClose(null)}>
      <h2 id="attachment-title">{file.image ? 'Add the image' : 'Add the PDF'}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onClose(text);
        }}
      >
        <div className="attachment-preview">
          {url ? <img src={url} alt="" /> : <span className="attachment-file">{file.name}</span>}
        </div>
        <div className="field">
          <label htmlFor="attachment-text">{label}</label>
          <input id="attachment-text" className="input" autoFocus value={text} onChange={(e) => setText(e.target.value)} placeholder={file.image ? 'What the picture shows: “Burn-up chart: 9 of 14 modules done”' : ''} />
          <span className="hint">
            {file.image
              ? 'Readers with screen readers hear this, and it shows where the picture cannot load. You can leave it empty and add it later; the publish check will remind you.'
              : 'The words the link shows in the episode.'}
          </span>
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => onClose(null)}>
            {remaining > 0 ? 'Skip this file' : 'Cancel'}
          </button>
          <button type="submit" className="btn btn-primary">
            {file.image ? 'Add the image' : 'Add the PDF'}
            {remaining > 0 ? ` (${remaining} more)` : ''}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
