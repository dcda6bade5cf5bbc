import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPreviewRenderer } from '../../../../src/features/preview/preview-client';
import { renderSegments } from '../../../../src/features/preview/preview-data';
import { answerPreviewRequest, type FromPreviewWorker, type PreviewWorkerLike, type ToPreviewWorker } from '../../../../src/features/preview/preview-worker-core';

/** A worker answering in this thread, asynchronously and through structured clones, like a real one. */
function inProcessWorker(options: { answer?: (m: ToPreviewWorker) => FromPreviewWorker } = {}) {
  const received: ToPreviewWorker[] = [];
  const worker: PreviewWorkerLike & { received: ToPreviewWorker[]; fail(message: string): void } = {
    received,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      received.push(message);
      const answer = (options.answer ?? answerPreviewRequest)(structuredClone(message));
      setTimeout(() => worker.onmessage?.({ data: structuredClone(answer) } as MessageEvent<FromPreviewWorker>));
    },
    terminate: vi.fn(),
    fail(message) {
      worker.onerror?.({ message, preventDefault() {} } as ErrorEvent);
    },
  };
  return worker;
}

const markdown = '## Course\n\nFinished **module 3**. <script>alert(1)</script>\n\n```abtest\ncalculator: srm\n```\n';

afterEach(() => vi.restoreAllMocks());

describe('preview renderer', () => {
  it('renders in the worker exactly what the page would (sanitized HTML and abtest blocks), then serves it from the cache', async () => {
    const worker = inProcessWorker();
    const renderer = createPreviewRenderer(() => worker);
    const segments = await renderer.render(markdown);
    expect(segments).toEqual(renderSegments(markdown));
    expect(segments.map((s) => s.type)).toEqual(['html', 'abtest']);
    expect(JSON.stringify(segments)).not.toContain('<script');
    expect(renderer.where()).toBe('worker');
    expect(renderer.cached(markdown)).toEqual(segments);
    await renderer.render(markdown);
    expect(worker.received).toHaveLength(1);
  });

  it('renders on the page when there are no workers', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const renderer = createPreviewRenderer(null);
    expect(await renderer.render('# Hi')).toEqual(renderSegments('# Hi'));
    expect(renderer.where()).toBe('page');
    expect(warn).not.toHaveBeenCalled();
  });

  it('when the worker dies, answers what was waiting on the page and keeps rendering there, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = inProcessWorker();
    worker.postMessage = (message) => void worker.received.push(message); // never answers
    const renderer = createPreviewRenderer(() => worker);
    const waiting = renderer.render('first *piece*');
    worker.fail('the worker could not start');
    expect(await waiting).toEqual(renderSegments('first *piece*'));
    expect(await renderer.render('second')).toEqual(renderSegments('second'));
    expect(renderer.where()).toBe('page');
    expect(worker.terminate).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the worker could not start'));
  });

  it('passes on a rendering error as a rejection, and answers each request by its own id', async () => {
    const worker = inProcessWorker({ answer: (m) => (m.markdown === 'bad' ? { requestId: m.requestId, error: 'boom' } : answerPreviewRequest(m)) });
    const renderer = createPreviewRenderer(() => worker);
    const [good, bad] = [renderer.render('good'), renderer.render('bad')];
    await expect(bad).rejects.toThrow('boom');
    expect(await good).toEqual(renderSegments('good'));
  });
});
