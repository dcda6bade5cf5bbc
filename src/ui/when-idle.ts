// Work that can wait until the browser has drawn what is on screen: the rest of a long checklist,
// the 200 options of a module picker nobody has opened yet.

/** Runs `run` when the browser is idle (at most `timeout` ms later); returns a cancel function. */
export function whenIdle(run: () => void, timeout = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
}
