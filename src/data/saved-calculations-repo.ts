// Calculations saved from the calculator screens: which calculator, its input, and the episode
// whose body received the ```abtest block.
import type { EpisodesDatabase } from './db';
import { getDatabase } from './db';

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
    await this.db.savedCalculations.put(row as unknown as SavedCalculation & { [k: string]: unknown });
    return row;
  }

  async forEpisode(episodeId: string): Promise<SavedCalculation[]> {
    const rows = await this.db.savedCalculations.where('episodeId').equals(episodeId).sortBy('createdAt');
    return rows as unknown as SavedCalculation[];
  }
}

let repo: SavedCalculationsRepo | null = null;
export function getSavedCalculationsRepo(): SavedCalculationsRepo {
  repo ??= new SavedCalculationsRepo(getDatabase());
  return repo;
}

/** A calculator's remembered input, kept in the settings table under `calculator:<id>`. */
export const calculatorSettingKey = (calculatorId: string): string => `calculator:${calculatorId}`;

export async function loadCalculatorSetting(calculatorId: string): Promise<unknown> {
  return (await getDatabase().settings.get(calculatorSettingKey(calculatorId)))?.value;
}

export async function saveCalculatorSetting(calculatorId: string, value: unknown): Promise<void> {
  await getDatabase().settings.put({ key: calculatorSettingKey(calculatorId), value });
}
