// Pasted, dropped or picked files become attachments: each is checked by its bytes, shown with a
// question for its alt text, stored once (by its hash) and linked at the spot it was put.
import { useCallback, useState } from 'react';
import { getAttachmentsRepo, primeAttachmentUrl } from '../../data/attachments-store';
import { ATTACHMENT_KINDS, attachmentMarkdown, checkAttachment } from '../../domain/attachments';
import { errorMessage } from '../../shared/error-message';
import { showToast } from '../../ui/toast-store';
import type { PendingFile } from './AttachmentDialog';

interface Queued extends PendingFile {
  /** Where it goes; null: at the cursor (after the file before it, which the insert put the cursor after). */
  at: number | null;
}

export function useAttachments({ insertAt, cursor, fromPath }: { insertAt(offset: number, text: string): void; cursor(): number; fromPath: () => string | undefined }) {
  const [queue, setQueue] = useState<Queued[]>([]);

  const addFiles = useCallback(async (files: readonly File[], at: number) => {
    const accepted: Queued[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const checked = checkAttachment(bytes, file.name || 'The pasted file');
      if (!checked.ok) {
        showToast({ message: checked.message, tone: 'danger' });
        continue;
      }
      accepted.push({ name: file.name || `pasted.${checked.ext}`, bytes, image: ATTACHMENT_KINDS[checked.ext].image, mime: ATTACHMENT_KINDS[checked.ext].mime, at: accepted.length === 0 ? at : null });
    }
    if (accepted.length) setQueue((current) => [...current, ...accepted]);
  }, []);

  const answer = useCallback(
    async (text: string | null) => {
      const [file, ...rest] = queue;
      setQueue(rest);
      if (!file || text === null) return;
      try {
        // Measured by the bench (typing stays smooth while a large screenshot is stored).
        const started = performance.now();
        const stored = await getAttachmentsRepo().add(file.bytes, file.name);
        performance.measure('attachments:store', { start: started });
        primeAttachmentUrl(stored.path, file.bytes, file.mime);
        const markdown = attachmentMarkdown(stored.path, stored.ext, text, fromPath());
        insertAt(file.at ?? cursor(), `${markdown}\n`);
      } catch (error) {
        showToast({ message: `${file.name} was not added: ${errorMessage(error)}`, tone: 'danger' });
      }
    },
    [queue, insertAt, cursor, fromPath],
  );

  return { pending: queue[0] ?? null, remaining: Math.max(queue.length - 1, 0), addFiles, answer };
}
