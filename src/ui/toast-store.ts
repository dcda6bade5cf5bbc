// The app's one toast queue: confirmations, errors and "Undo", on every screen. A module-level
// store, so a toast raised on one screen survives the navigation to the next (delete in the editor,
// Undo on the timeline).
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone?: 'info' | 'danger';
  action?: { label: string; run: () => void | Promise<void> };
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(toast: Omit<Toast, 'id'>, durationMs = 8000): number {
  const id = nextId++;
  toasts = [...toasts.slice(-2), { ...toast, id }];
  emit();
  setTimeout(() => dismissToast(id), durationMs);
  return id;
}

export function dismissToast(id: number): void {
  if (!toasts.some((t) => t.id === id)) return;
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
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
