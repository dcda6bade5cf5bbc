// The user's preferences, validated whenever they are read, with defaults for anything missing.
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { getDatabase, type EpisodesDatabase } from './db';

const KEY = 'preferences';

export const preferencesSchema = z.object({
  /** Day the week starts on for calendars and grouping (ISO weeks always start on Monday). */
  weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]).catch(1),
  defaultAlpha: z.number().gt(0).lt(0.5).catch(0.05),
  defaultPower: z.number().gt(0.5).lt(1).catch(0.8),
});

export type Preferences = z.infer<typeof preferencesSchema>;
export const defaultPreferences: Preferences = { weekStartsOn: 1, defaultAlpha: 0.05, defaultPower: 0.8 };

export function restorePreferences(raw: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : defaultPreferences;
}

export async function readPreferences(db: EpisodesDatabase = getDatabase()): Promise<Preferences> {
  return restorePreferences((await db.settings.get(KEY))?.value);
}

/** Saves a change; values outside their range are refused, with the field named. */
export async function updatePreferences(change: Partial<Preferences>, db: EpisodesDatabase = getDatabase()): Promise<Preferences> {
  const next = { ...(await readPreferences(db)), ...change };
  const strict = z.object({
    weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]),
    defaultAlpha: z.number().gt(0, 'Alpha must be above 0.').lt(0.5, 'Alpha must be below 0.5.'),
    defaultPower: z.number().gt(0.5, 'Power must be above 0.5.').lt(1, 'Power must be below 1.'),
  });
  const checked = strict.safeParse(next);
  if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'Invalid preference.');
  await db.settings.put({ key: KEY, value: checked.data });
  return checked.data;
}

export function usePreferences(): Preferences {
  return useLiveQuery(() => readPreferences(), []) ?? defaultPreferences;
}
