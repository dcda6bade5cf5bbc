// The app's one toast queue: confirmations, errors and "Undo", on every screen. A module-level
// store, so a toast raised on one screen survives the navigation to the next (delete in the editor,
// Undo on the timeline).
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone?: 'info' | 'danger';
  action?: { label: string; run: () => void | Promise<void> };
  /** Stays until dismissed. */
  sticky?: boolean;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** At most this many on screen; the oldest passing toast goes first, a sticky one only when all are sticky. */
const MAX_SHOWN = 3;

/**
 * Shows a toast for `durationMs`; `Infinity` keeps it until dismissed (something a person must read,
 * such as a conflict between two versions of an episode).
 */
export function showToast(toast: Omit<Toast, 'id' | 'sticky'>, durationMs = 8000): number {
  const id = nextId++;
  const sticky = durationMs === Infinity;
  const kept = [...toasts];
  while (kept.length >= MAX_SHOWN) {
    const passing = kept.findIndex((t) => !t.sticky);
    kept.splice(passing === -1 ? 0 : passing, 1);
  }
  toasts = [...kept, { ...toast, id, ...(sticky ? { sticky } : {}) }];
  emit();
  if (!sticky) setTimeout(() => dismissToast(id), durationMs);
  return id;
}

export function dismissToast(id: number): void {
  if (!toasts.some((t) => t.id === id)) return;
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** The toasts on screen now, oldest first. */
export function currentToasts(): Toast[] {
  return toasts;
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentToasts,
  );
}

/** A toast offering to undo `label` (e.g. "Removed Task 1.3"); undoing says so. */
export function showUndo(label: string, undo: () => Promise<void>): number {
  return showToast({
    message: `${label}.`,
    action: {
      label: 'Undo',
      run: async () => {
        await undo();
        showToast({ message: `Undone: ${label.toLowerCase()}.` });
      },
    },
  });
}
