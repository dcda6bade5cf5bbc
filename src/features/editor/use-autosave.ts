// React glue for AutosaveScheduler: flush on unmount and when the window is closed or hidden.
import { useEffect, useRef, useState } from 'react';
import { AutosaveScheduler, type SaveState } from './autosave-data';
import { clearUnsaved, stashUnsaved } from './unsaved-stash';

/** `stashKey`: where a pending value is kept if the window closes before it is written. */
export function useAutosave<T>(save: ((value: T) => Promise<void>) | null, stashKey: string) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [scheduler, setScheduler] = useState<AutosaveScheduler<T> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const enabled = save !== null;

  useEffect(() => {
    if (!enabled) return;
    const next = new AutosaveScheduler<T>({
      save: (value) => saveRef.current!(value),
      onState: (state) => {
        if (state.kind === 'saved') clearUnsaved(stashKey);
        // The scheduler says 'dirty' once per burst of keystrokes, not per key.
        setState(state);
      },
    });
    setScheduler(next);
    const flush = () => {
      const pending = next.pending;
      if (pending !== undefined) stashUnsaved(stashKey, pending);
      void next.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the editor (route change, unmount): write what is pending now.
      void next.flush().finally(() => next.dispose());
    };
  }, [enabled, stashKey]);

  return { scheduler, state };
}

/** The clock, ticking every `everyMs`: for "Saved · 2s ago" and the retry countdown. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
