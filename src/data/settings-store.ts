// The app's settings repository and its live-query hooks. (Every *-store.ts in src/data pairs the
// app's one instance of a repository with the hooks that read it live: a screen gets its data
// without ever seeing a table.)
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from './db';
import { defaultPreferences, SettingsRepo, type Preferences, type SettingKey, type SettingValue } from './settings-repo';

let repo: SettingsRepo | null = null;
export function getSettingsRepo(): SettingsRepo {
  repo ??= new SettingsRepo(getDatabase());
  return repo;
}

/** A setting's value, live; undefined while it is first read. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useLiveQuery(() => getSettingsRepo().get(key), [key]);
}

export function usePreferences(): Preferences {
  return useSetting('preferences') ?? defaultPreferences;
}


