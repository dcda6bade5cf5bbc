// Calculations saved from the calculator screens: which calculator, its input, and the episode
// whose body received the ```abtest block.
import type { EpisodesDatabase } from './db';
import { getDatabase } from './db';
import { getSettingsRepo } from './settings-store';

export interface SavedCalculation {
  id: string;
  calculatorId: string;
  input: unknown;
  createdAt: number;
  episodeId: string;
}

export class SavedCalculationsRepo {
  constructor(
    private readonly db: EpisodesDatabase,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async add(calc: Omit<SavedCalculation, 'id' | 'createdAt'>): Promise<SavedCalculation> {
    const row: SavedCalculation = { id: this.newId(), createdAt: this.now(), ...calc };
    await this.db.savedCalculations.put(row);
    return row;
  }

  async forEpisode(episodeId: string): Promise<SavedCalculation[]> {
    return this.db.savedCalculations.where('episodeId').equals(episodeId).sortBy('createdAt');
  }

  /** Saved from `from` (inclusive) to `to` (exclusive), in ms since the epoch, oldest first. */
  between(from: number, to: number): Promise<SavedCalculation[]> {
    return this.db.savedCalculations.where('createdAt').between(from, to, true, false).toArray();
  }

  /** The newest `limit`, newest first. */
  newest(limit: number): Promise<SavedCalculation[]> {
    return this.db.savedCalculations.orderBy('createdAt').reverse().limit(limit).toArray();
  }
}

let repo: SavedCalculationsRepo | null = null;
export function getSavedCalculationsRepo(): SavedCalculationsRepo {
  repo ??= new SavedCalculationsRepo(getDatabase());
  return repo;
}

/** A calculator's remembered input (the settings table, under `calculator:<id>`). */
export const loadCalculatorSetting = (calculatorId: string): Promise<unknown> => getSettingsRepo().calculatorInput(calculatorId);

export const saveCalculatorSetting = (calculatorId: string, value: unknown): Promise<void> => getSettingsRepo().setCalculatorInput(calculatorId, value);
