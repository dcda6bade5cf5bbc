// One way to say something went wrong: a toast a person can act on, and a line in the error log
// (kept in this browser profile, shown in Settings, copyable into a bug report).
import { errorMessage } from '../shared/error-message';
import { showToast } from './toast-store';

export { errorMessage };

const LOG_KEY = 'episodes:error-log';
const LOG_SIZE = 100;

export interface ErrorLogEntry {
  at: string;
  context: string;
  message: string;
}

export function readErrorLog(): ErrorLogEntry[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(LOG_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as ErrorLogEntry[]).filter((e) => typeof e?.message === 'string') : [];
  } catch {
    return [];
  }
}

export function clearErrorLog(): void {
  try {
    localStorage.removeItem(LOG_KEY);
  } catch {
    // nothing to clear where storage is unavailable
  }
}

export function logError(context: string, error: unknown, now = new Date()): ErrorLogEntry {
  const entry = { at: now.toISOString(), context, message: errorMessage(error) };
  console.error(`[episodes] ${context}:`, error);
  try {
    localStorage.setItem(LOG_KEY, JSON.stringify([...readErrorLog(), entry].slice(-LOG_SIZE)));
  } catch {
    // a full or missing storage must not turn one error into two
  }
  return entry;
}

/** Logs the error and shows "<context>: <message>" as a toast that stays until dismissed. */
export function reportError(error: unknown, context: string): void {
  const entry = logError(context, error);
  showToast({ message: `${context}: ${entry.message}`, tone: 'danger' }, Infinity);
}

/**
 * Browsers report "ResizeObserver loop completed with undelivered notifications" (and the older
 * "loop limit exceeded") through window.onerror when a layout settles over more than one frame; it
 * carries no error object and nothing failed, so it is not shown.
 */
function isBenignBrowserNotice(error: unknown, message: string | undefined): boolean {
  return error == null && typeof message === 'string' && /^ResizeObserver loop /.test(message);
}

/**
 * Promise rejections nobody handled and errors nobody caught become a toast and a log line instead
 * of vanishing into the console. Installed once, at start-up.
 */
export function reportUnhandledErrors(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener('unhandledrejection', (event) => {
    reportError((event as PromiseRejectionEvent).reason, 'Something went wrong in the background (your saved work is safe; Settings → Error log has the details)');
  });
  target.addEventListener('error', (event) => {
    const { error, message } = event as ErrorEvent;
    if (isBenignBrowserNotice(error, message)) return;
    reportError(error ?? message, 'Something went wrong (your saved work is safe; Settings → Error log has the details)');
  });
}
