// Markdown → preview segments off the page's thread. Parsing, converting and sanitizing one section
// of a long episode takes 10-70 ms; on the page that ran as one task each time typing paused, so a
// keystroke right after a pause waited for it. A worker renders instead (the same renderSegments,
// so the same sanitized HTML); without workers, or if the worker fails, pieces render on the page.
import { renderSegments, type PreviewSegment } from './preview-data';
import type { PreviewWorkerLike } from './preview-worker-core';
import { errorMessage } from '../../shared/error-message';

export interface PreviewRenderer {
  /** Segments rendered recently for exactly this text, if any (no work, no wait). */
  cached(markdown: string): PreviewSegment[] | undefined;
  render(markdown: string): Promise<PreviewSegment[]>;
  readonly where: () => 'worker' | 'page';
}

const CACHE_SIZE = 200;

export function createPreviewRenderer(startWorker: (() => PreviewWorkerLike) | null): PreviewRenderer {
  // Recently rendered pieces by their text: a piece that only moved (a section added above it) is not rendered again.
  const cache = new Map<string, PreviewSegment[]>();
  const remember = (markdown: string, segments: PreviewSegment[]) => {
    cache.set(markdown, segments);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return segments;
  };
  const onPage = (markdown: string) => remember(markdown, renderSegments(markdown));

  let worker: PreviewWorkerLike | null | undefined; // undefined: not started yet; null: none (render on the page)
  let nextId = 1;
  const waiting = new Map<number, { markdown: string; resolve: (segments: PreviewSegment[]) => void; reject: (error: Error) => void }>();
  const fallBack = (reason: string) => {
    console.warn(`The preview renders on the page instead of a worker: ${reason}`);
    worker?.terminate();
    worker = null;
    for (const { markdown, resolve, reject } of waiting.values()) {
      try {
        resolve(onPage(markdown));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    waiting.clear();
  };
  const started = (): PreviewWorkerLike | null => {
    if (worker !== undefined) return worker;
    try {
      if (!startWorker) throw new Error('this platform has no workers');
      const w = startWorker();
      w.onmessage = ({ data }) => {
        const request = waiting.get(data.requestId);
        if (!request) return;
        waiting.delete(data.requestId);
        if ('error' in data) request.reject(new Error(data.error));
        else request.resolve(remember(request.markdown, data.segments));
      };
      w.onerror = (event) => {
        event.preventDefault();
        fallBack(event.message || 'the worker could not start');
      };
      worker = w;
    } catch (error) {
      worker = null;
      if (startWorker) console.warn(`The preview renders on the page instead of a worker: ${errorMessage(error)}`);
    }
    return worker;
  };

  return {
    cached(markdown) {
      const hit = cache.get(markdown);
      if (hit) {
        cache.delete(markdown);
        cache.set(markdown, hit);
      }
      return hit;
    },
    render(markdown) {
      const hit = this.cached(markdown);
      if (hit) return Promise.resolve(hit);
      const w = started();
      if (!w) {
        try {
          return Promise.resolve(onPage(markdown));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      const requestId = nextId++;
      return new Promise<PreviewSegment[]>((resolve, reject) => {
        waiting.set(requestId, { markdown, resolve, reject });
        w.postMessage({ requestId, markdown });
      });
    },
    where: () => (worker ? 'worker' : 'page'),
  };
}

let shared: PreviewRenderer | null = null;

/** The app's preview renderer, its worker started on first use. */
export function getPreviewRenderer(): PreviewRenderer {
  shared ??= createPreviewRenderer(
    typeof Worker === 'undefined' ? null : () => new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'episodes-preview' }),
  );
  return shared;
}
