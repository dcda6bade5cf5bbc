// The editor's two dialogs that work beside the text: adding an image or a PDF (a hidden file
// picker, the alt-text question) and publishing the episode (the pre-publish check jumps back into
// the text or the header). Each hook returns what the page renders and the actions it wires up.
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { episodeFileName, type EpisodeDraft } from '../../domain/episode';
import type { PublishField } from '../../domain/publish';
import { useCommand } from '../../ui/commands';
import { PublishDialog } from '../publish';
import { AttachmentDialog } from './AttachmentDialog';
import type { EditorHandle } from './MarkdownEditor';
import { useAttachments } from './use-attachments';

const ACCEPTED = 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml,application/pdf';

export function useEditorAttachments({ editor, latest, change }: { editor: RefObject<EditorHandle | null>; latest(): EpisodeDraft; change(next: EpisodeDraft): void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const attachments = useAttachments({
    insertAt: (offset, text) => {
      if (editor.current) editor.current.insertAt(offset, text);
      else change({ ...latest(), body: `${latest().body.replace(/\n*$/, '\n\n')}${text}` });
    },
    cursor: () => editor.current?.cursorOffset() ?? latest().body.length,
    fromPath: () => episodeFileName(latest()),
  });
  const element: ReactNode = (
    <>
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept={ACCEPTED}
        aria-label="Add an image or a PDF"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void attachments.addFiles(files, editor.current?.cursorOffset() ?? latest().body.length);
        }}
      />
      {attachments.pending ? (
        <AttachmentDialog key={`${attachments.pending.name}:${attachments.remaining}`} file={attachments.pending} remaining={attachments.remaining} onClose={(text) => void attachments.answer(text)} />
      ) : null}
    </>
  );
  return { element, pick: () => fileInput.current?.click(), onFiles: (files: File[], at: number) => void attachments.addFiles(files, at) };
}

const headerFieldIds: Record<Exclude<PublishField, 'settings'>, string> = { title: 'episode-title', tags: 'episode-tags', week: 'episode-week', status: 'episode-status-label' };

/** Moves the focus to a field of the header form (the status: its pressed button). */
function focusHeaderField(field: Exclude<PublishField, 'settings'>) {
  requestAnimationFrame(() => {
    const element = document.getElementById(headerFieldIds[field]);
    const target = field === 'status' ? element?.parentElement?.querySelector<HTMLElement>('button[aria-pressed="true"]') : element;
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  });
}

/** `prepare` saves what is typed and gives the episode as it is now; Mod+Shift+E and the palette open it too. */
export function useEditorPublish({ episodeId, prepare, jumpToLine }: { episodeId: string; prepare(): EpisodeDraft; jumpToLine(line: number): void }) {
  const navigate = useNavigate();
  const [publishing, setPublishing] = useState<EpisodeDraft | null>(null);
  const open = () => setPublishing(prepare());
  useCommand('publish-episode', open);
  const element: ReactNode = publishing ? (
    <PublishDialog
      episodeId={episodeId}
      draft={publishing}
      onClose={() => setPublishing(null)}
      onJumpLine={jumpToLine}
      onJumpField={(field) => (field === 'settings' ? void navigate('/settings#publishing') : focusHeaderField(field))}
    />
  ) : null;
  return { element, open };
}
