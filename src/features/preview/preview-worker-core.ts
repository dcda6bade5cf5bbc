// Messages between the page and the preview worker (preview.worker.ts), and the worker's answer to
// one request. Kept apart from preview-client.ts, which starts the worker.
import { renderSegments, type PreviewSegment } from './preview-data';
import { errorMessage } from '../../shared/error-message';

export interface ToPreviewWorker {
  requestId: number;
  markdown: string;
}

export type FromPreviewWorker = { requestId: number; segments: PreviewSegment[] } | { requestId: number; error: string };

export interface PreviewWorkerLike {
  postMessage(message: ToPreviewWorker): void;
  onmessage: ((event: MessageEvent<FromPreviewWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The worker's side: one request, one answer (an error is answered too, never thrown away). */
export function answerPreviewRequest(message: ToPreviewWorker): FromPreviewWorker {
  try {
    return { requestId: message.requestId, segments: renderSegments(message.markdown, { attachmentPlaceholders: true }) };
  } catch (error) {
    return { requestId: message.requestId, error: errorMessage(error) };
  }
}
