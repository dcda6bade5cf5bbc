// The preview worker: markdown → sanitized HTML segments off the page's thread (see preview-client.ts).
import { answerPreviewRequest, type FromPreviewWorker, type ToPreviewWorker } from './preview-worker-core';

const scope = self as unknown as { postMessage(message: FromPreviewWorker): void; onmessage: ((event: MessageEvent<ToPreviewWorker>) => void) | null };
scope.onmessage = (event) => scope.postMessage(answerPreviewRequest(event.data));
