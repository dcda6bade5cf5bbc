// Reads an IndexedDB database as it is, without its schema: every object store's rows, as an
// Episodes backup in JSON, or null when there is no such database. For the times the app's own
// schema cannot open it: a recovery export in the page, and (as source text run in a hidden
// window, so it must stay self-contained: no imports, no outside names) the old file:// origin.
// Dexie stores schema version N as IndexedDB version 10 N; derived and machine-only tables are left out.

export function readRawDatabase(name: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const skip = ['aggregates', 'fileLinks'];
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => (request.error && request.error.name === 'AbortError' ? resolve(null) : reject(request.error));
    request.onsuccess = () => {
      const db = request.result;
      const names = Array.from(db.objectStoreNames).filter((store) => skip.indexOf(store) === -1);
      if (names.length === 0) {
        db.close();
        resolve(null);
        return;
      }
      const tx = db.transaction(names, 'readonly');
      const tables: Record<string, unknown[]> = {};
      for (const store of names) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => {
          tables[store] = all.result as unknown[];
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(JSON.stringify({ format: 'episodes-backup', schemaVersion: Math.round(db.version / 10), exportedAt: new Date().toISOString(), appVersion: 'raw', tables }));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
