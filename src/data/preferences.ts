// The person's preferences (first day of the week, default alpha and power), kept in the settings
// table; a damaged field reads as its default, a change outside its range is refused with the field named.
import { getDatabase, type EpisodesDatabase } from './db';
import { restoreSetting, SettingsRepo, type Preferences } from './settings-repo';

export { defaultPreferences, preferencesSchema, type Preferences } from './settings-repo';

export const restorePreferences = (raw: unknown): Preferences => restoreSetting('preferences', raw);

export function readPreferences(db: EpisodesDatabase = getDatabase()): Promise<Preferences> {
  return new SettingsRepo(db).get('preferences');
}

/** Saves a change; values outside their range are refused, with the field named. */
export async function updatePreferences(change: Partial<Preferences>, db: EpisodesDatabase = getDatabase()): Promise<Preferences> {
  return new SettingsRepo(db).update('preferences', (current) => ({ ...current, ...change }));
}
