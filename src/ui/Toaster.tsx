// Where toasts appear (mounted once, around every route).
import { dismissToast, useToasts } from './toast-store';
import './toaster.css';

export function Toaster() {
  const toasts = useToasts();
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast${toast.tone === 'danger' ? ' toast-danger' : ''}`}>
          <span className="toast-message">{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="btn btn-ghost toast-action"
              aria-label={`${toast.action.label}: ${toast.message}`}
              onClick={() => {
                dismissToast(toast.id);
                void toast.action!.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
