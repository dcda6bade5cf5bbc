// The search index kept between starts, in a small database of its own beside the journal's
// (`<name>-search-index`): a cache the search worker can drop and build again at any time, so it is
// never in a backup, needs no schema upgrades of the journal, and a damaged copy costs a rebuild,
// never a word.
import Dexie, { type Table } from 'dexie';
import type { SavedSearchIndex } from './episode-search';

interface CachedIndex extends SavedSearchIndex {
  id: 'episodes';
  savedAt: number;
}

class SearchCacheDatabase extends Dexie {
  saved!: Table<CachedIndex, string>;
  constructor(name: string) {
    super(name, { cache: 'disabled' });
    this.version(1).stores({ saved: 'id' });
  }
}

export const searchCacheName = (dbName: string) => `${dbName}-search-index`;

export class SearchCache {
  private readonly db: SearchCacheDatabase;

  constructor(dbName: string) {
    this.db = new SearchCacheDatabase(searchCacheName(dbName));
  }

  /** The saved index, or null when there is none or it cannot be read. */
  async load(): Promise<SavedSearchIndex | null> {
    try {
      const row = await this.db.saved.get('episodes');
      if (!row || typeof row.index !== 'string' || !Array.isArray(row.docs) || typeof row.format !== 'number') return null;
      return { format: row.format, index: row.index, docs: row.docs };
    } catch {
      return null;
    }
  }

  async save(saved: SavedSearchIndex, now = Date.now()): Promise<void> {
    await this.db.saved.put({ id: 'episodes', savedAt: now, ...saved });
  }

  async clear(): Promise<void> {
    await this.db.saved.clear();
  }

  close(): void {
    this.db.close();
  }
}
