// Inspirations in IndexedDB, validated on the way in and on the way out.
import { useLiveQuery } from 'dexie-react-hooks';
import { restoreInspiration, validateInspiration, type Inspiration, type InspirationFieldErrors, type InspirationInput } from '../domain/inspirations';
import { inspirationsFromEpisode, mergeInspirations, type ListedInspiration } from '../domain/inspirations/from-episodes';
import { parseDay, weekOfFromDate } from '../domain/week';
import { SettingsRepo } from './settings-repo';
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

  /**
   * Inspirations listed in the "People who inspired me" sections of the newest `episodes` live
   * episodes that have one (every such episode when undefined), newest week first. The shipped
   * example episodes are not the person's, so theirs are left out.
   */
  async listed(episodes?: number): Promise<ListedInspiration[]> {
    const examples = new Set(await this.exampleIds());
    const withSection = this.db.episodes
      .orderBy('weekOf')
      .reverse()
      .filter((row) => row.deletedAt === 0 && !examples.has(row.id) && (row.sectionKinds ?? []).includes('inspiration'));
    const metas = await (episodes === undefined ? withSection : withSection.limit(episodes)).toArray();
    const bodies = await this.db.episodeBodies.bulkGet(metas.map((m) => m.id));
    return metas.flatMap((meta, i) => inspirationsFromEpisode({ id: meta.id, title: meta.title, weekOf: meta.weekOf, sections: bodies[i]?.sections ?? [] }));
  }

  /** The added ones and those listed in episodes (see listed), newest first, each person once a week. */
  async listAll(episodes?: number): Promise<(Inspiration | ListedInspiration)[]> {
    const [added, listed] = await Promise.all([this.list(), this.listed(episodes)]);
    return mergeInspirations(added, listed, weekOfDay);
  }

  private async exampleIds(): Promise<string[]> {
    return new SettingsRepo(this.db).get('starter-episode-ids');
  }
}

function weekOfDay(date: string): string | undefined {
  const day = parseDay(date);
  return day ? weekOfFromDate(day) : undefined;
}

let repo: InspirationsRepo | null = null;
export function getInspirationsRepo(): InspirationsRepo {
  repo ??= new InspirationsRepo(getDatabase());
  return repo;
}

/** Added and listed-in-episodes inspirations (see InspirationsRepo.listAll). */
export function useInspirations(): (Inspiration | ListedInspiration)[] | undefined {
  return useLiveQuery(() => getInspirationsRepo().listAll(), []);
}
