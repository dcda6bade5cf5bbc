import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportUnhandledErrors } from '../../../src/ui/report-error';
import { currentToasts, dismissToast } from '../../../src/ui/toast-store';

type Listener = (event: unknown) => void;

function fakeWindow() {
  const listeners = new Map<string, Listener>();
  return {
    addEventListener: (type: string, listener: Listener) => void listeners.set(type, listener),
    fire: (type: string, event: unknown) => listeners.get(type)?.(event),
  };
}

describe('errors nobody caught', () => {
  afterEach(() => {
    for (const t of currentToasts()) dismissToast(t.id);
    vi.restoreAllMocks();
  });

  it('become a toast a person sees, for a thrown error and for a rejected promise', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const target = fakeWindow();
    reportUnhandledErrors(target as unknown as Window);
    target.fire('error', { error: new Error('boom'), message: 'Uncaught Error: boom' });
    target.fire('unhandledrejection', { reason: new Error('lost write') });
    const messages = currentToasts().map((t) => t.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/: boom$/);
    expect(messages[1]).toMatch(/: lost write$/);
  });

  it('leave out the browser’s ResizeObserver loop notice, which carries no error and means nothing failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const target = fakeWindow();
    reportUnhandledErrors(target as unknown as Window);
    target.fire('error', { error: null, message: 'ResizeObserver loop completed with undelivered notifications.' });
    target.fire('error', { error: null, message: 'ResizeObserver loop limit exceeded' });
    expect(currentToasts()).toEqual([]);
  });
});
