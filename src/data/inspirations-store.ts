// Inspirations in IndexedDB, validated on the way in and on the way out.
import { useLiveQuery } from 'dexie-react-hooks';
import { restoreInspiration, validateInspiration, type Inspiration, type InspirationFieldErrors, type InspirationInput } from '../domain/inspirations';
import { getDatabase, type EpisodesDatabase } from './db';

export class InspirationsRepo {
  constructor(
    private readonly db: EpisodesDatabase,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Newest first; rows that fail validation are skipped, not shown half-broken. */
  async list(): Promise<Inspiration[]> {
    const rows = await this.db.inspirations.toArray();
    return rows
      .map(restoreInspiration)
      .filter((i): i is Inspiration => i !== null)
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
  }

  async add(input: InspirationInput): Promise<{ ok: true; value: Inspiration } | { ok: false; errors: InspirationFieldErrors }> {
    const result = validateInspiration(input);
    if (!result.ok) return result;
    const value: Inspiration = { ...result.value, id: this.newId(), createdAt: this.now() };
    await this.db.inspirations.put({ ...value });
    return { ok: true, value };
  }

  /** Removes an entry and returns it, so the caller can offer Undo. */
  async remove(id: string): Promise<Inspiration | undefined> {
    const row = restoreInspiration(await this.db.inspirations.get(id));
    await this.db.inspirations.delete(id);
    return row ?? undefined;
  }

  async put(inspiration: Inspiration): Promise<void> {
    await this.db.inspirations.put({ ...inspiration });
  }
}

let repo: InspirationsRepo | null = null;
export function getInspirationsRepo(): InspirationsRepo {
  repo ??= new InspirationsRepo(getDatabase());
  return repo;
}

export function useInspirations(): Inspiration[] | undefined {
  return useLiveQuery(() => getInspirationsRepo().list(), []);
}
