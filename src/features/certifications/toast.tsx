// A small toast queue for this feature: confirmations and "Undo" after an edit. A module-level
// store, so a toast raised on the detail screen survives the navigation back to the list.
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run(): void | Promise<void> };
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function showToast(message: string, options: { tone?: Toast['tone']; action?: Toast['action']; ms?: number } = {}): number {
  const toast: Toast = { id: nextId++, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) };
  toasts = [...toasts.slice(-1), toast];
  emit();
  setTimeout(() => dismissToast(toast.id), options.ms ?? (options.action ? 7000 : 3500));
  return toast.id;
}

/** A toast offering to undo `label`. */
export function showUndo(label: string, undo: () => Promise<void>): void {
  showToast(`${label}.`, {
    action: {
      label: 'Undo',
      run: async () => {
        await undo();
        showToast(`Undone: ${label.toLowerCase()}.`);
      },
    },
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ToastRegion() {
  const items = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="cert-toasts" role="status" aria-live="polite">
      {items.map((t) => (
        <div key={t.id} className={`cert-toast${t.tone === 'error' ? ' cert-toast-error' : ''}`}>
          <span>{t.message}</span>
          {t.action ? (
            <button
              type="button"
              className="btn btn-ghost"
              aria-label={`${t.action.label}: ${t.message}`}
              onClick={() => {
                dismissToast(t.id);
                void t.action!.run();
              }}
            >
              {t.action.label}
            </button>
          ) : null}
          <button type="button" className="cert-toast-close" aria-label="Dismiss" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
