// The last line of defence for "never lose a word": when the window closes while a save is still
// pending, the text goes to localStorage synchronously; the editor takes it back on the next open.
const PREFIX = 'episodes.unsaved.';

export function stashUnsaved<T>(key: string, value: T): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ at: Date.now(), value }));
  } catch {
    // Storage full or unavailable: the IndexedDB write started by flush() is all there is.
  }
}

export function readUnsaved<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as { value: T }).value : undefined;
  } catch {
    return undefined;
  }
}

export function clearUnsaved(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}
