// The settings table through one door: every key the app keeps, its value's schema and the value
// a missing or damaged entry reads as. Reads never throw (a damaged value reads as the fallback);
// writes are checked against the schema and refused with its message.
import { z } from 'zod';
import { isSectionKind, type KindHistory } from '../domain/episode';
import { daysOffSchema, reviewPlanSettingSchema, type DayOffRange, type ReviewPlanSetting } from '../domain/plan';
// Not the publish index: the site's writers (feed) stay out of the start-up bundle.
import { defaultPublishSettings, type PublishSettings } from '../domain/publish/post';
import { PUBLISH_PROFILE_IDS } from '../domain/publish/profiles';
import type { EpisodesDatabase } from './db';

export const preferencesSchema = z.object({
  /** Day the week starts on for calendars and grouping (ISO weeks always start on Monday). */
  weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]),
  defaultAlpha: z.number().gt(0, 'Alpha must be above 0.').lt(0.5, 'Alpha must be below 0.5.'),
  defaultPower: z.number().gt(0.5, 'Power must be above 0.5.').lt(1, 'Power must be below 1.'),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const defaultPreferences: Preferences = { weekStartsOn: 1, defaultAlpha: 0.05, defaultPower: 0.8 };

interface SettingDefinition<T> {
  schema: z.ZodType<T>;
  fallback: T;
  /** Read a stored value that fails the schema as well as it can (field by field), else the fallback. */
  salvage?: (raw: unknown) => T;
  /** Describes this machine rather than the journal: left out of backups, kept across a restore. */
  machine?: true;
}

const define = <T>(definition: SettingDefinition<T>) => definition;

/** Each field of the preferences falls back on its own, so one bad field does not reset the others. */
function salvagePreferences(raw: unknown): Preferences {
  const lenient = z.object({
    weekStartsOn: preferencesSchema.shape.weekStartsOn.catch(defaultPreferences.weekStartsOn),
    defaultAlpha: preferencesSchema.shape.defaultAlpha.catch(defaultPreferences.defaultAlpha),
    defaultPower: preferencesSchema.shape.defaultPower.catch(defaultPreferences.defaultPower),
  });
  const parsed = lenient.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : defaultPreferences;
}

/** Entries that are not heading -> kind are dropped; the rest are kept. */
function salvageKindCorrections(raw: unknown): KindHistory {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([key, kind]) => key !== '' && isSectionKind(kind)));
}

const publishSettingsSchema = z.object({
  defaultProfile: z.enum(PUBLISH_PROFILE_IDS),
  seriesName: z.string().trim().max(120, 'The series name is at most 120 characters.'),
  siteUrl: z
    .string()
    .trim()
    .refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), 'Your site’s address starts with https:// (https://me.example).'),
  hashnodeDomain: z
    .string()
    .trim()
    .refine((value) => value === '' || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value), 'Write the domain alone, e.g. me.hashnode.dev.'),
});

/** Each field falls back on its own, like the preferences. */
function salvagePublishSettings(raw: unknown): PublishSettings {
  const shape = publishSettingsSchema.shape;
  const lenient = z.object({
    defaultProfile: shape.defaultProfile.catch(defaultPublishSettings.defaultProfile),
    seriesName: shape.seriesName.catch(defaultPublishSettings.seriesName),
    siteUrl: shape.siteUrl.catch(defaultPublishSettings.siteUrl),
    hashnodeDomain: shape.hashnodeDomain.catch(defaultPublishSettings.hashnodeDomain),
  });
  const parsed = lenient.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : defaultPublishSettings;
}

export const settingDefinitions = {
  preferences: define<Preferences>({ schema: preferencesSchema, fallback: defaultPreferences, salvage: salvagePreferences }),
  /** Set once the example episodes have been created, so deleting them never brings them back. */
  'starter-episodes-loaded': define({ schema: z.boolean(), fallback: false }),
  /** The example episodes' ids: the starter note shows while one is in the journal. */
  'starter-episode-ids': define<string[]>({ schema: z.array(z.string()), fallback: [] }),
  'starter-note-dismissed': define({ schema: z.boolean(), fallback: false }),
  'welcome-dismissed': define({ schema: z.boolean(), fallback: false }),
  /** The section kind the person chose for a heading, by normalized heading. */
  'section-kind-corrections': define<KindHistory>({
    schema: z.record(z.string().min(1), z.string().refine(isSectionKind, 'not a section kind')) as z.ZodType<KindHistory>,
    fallback: {},
    salvage: salvageKindCorrections,
  }),
  /** Breaks and days off: the exam plan gives them no hours, the review plan moves reviews off them. */
  'days-off': define<DayOffRange[]>({ schema: daysOffSchema, fallback: [] }),
  /** Where this journal publishes: the default profile, the series and the person's sites. */
  publish: define<PublishSettings>({ schema: publishSettingsSchema, fallback: defaultPublishSettings, salvage: salvagePublishSettings }),
  /** The review plan toward an interview or exam: its date, label and daily cap (null: no date). */
  'review-plan': define<ReviewPlanSetting>({ schema: reviewPlanSettingSchema, fallback: null }),
  /** The journal folder the file links were made for (links to another folder are dropped). */
  'journal-folder-links-root': define<string | null>({ schema: z.string().nullable(), fallback: null, machine: true }),
  /** The day (yyyy-MM-dd) of the last automatic backup into the journal folder. */
  'last-automatic-backup': define<string | null>({ schema: z.string().nullable(), fallback: null, machine: true }),
};

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = (typeof settingDefinitions)[K]['fallback'];

/** A calculator's last input, under `calculator:<id>`; its form checks it field by field when it loads. */
const CALCULATOR_PREFIX = 'calculator:';
export const calculatorSettingKey = (calculatorId: string): string => `${CALCULATOR_PREFIX}${calculatorId}`;

/** The keys left out of backups and kept through a restore. */
export const MACHINE_SETTINGS: ReadonlySet<string> = new Set(
  Object.entries(settingDefinitions)
    .filter(([, d]) => 'machine' in d && d.machine)
    .map(([key]) => key),
);

function isKnownKey(key: string): key is SettingKey {
  return Object.hasOwn(settingDefinitions, key);
}

/** The value a stored entry reads as (never throws). */
export function restoreSetting<K extends SettingKey>(key: K, raw: unknown): SettingValue<K> {
  const definition: SettingDefinition<SettingValue<K>> = settingDefinitions[key];
  if (raw === undefined) return definition.fallback;
  const parsed = definition.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  return definition.salvage ? definition.salvage(raw) : definition.fallback;
}

/** Why a backup's setting row cannot be stored, or null when it can (unknown keys are kept as they are). */
export function settingProblem(key: string, value: unknown): string | null {
  if (key.startsWith(CALCULATOR_PREFIX)) return null;
  if (!isKnownKey(key)) return null;
  const parsed = (settingDefinitions[key].schema as z.ZodType).safeParse(value);
  return parsed.success ? null : `${key}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`;
}

export class SettingsRepo {
  constructor(private readonly db: EpisodesDatabase) {}

  async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    return restoreSetting(key, (await this.db.settings.get(key))?.value);
  }

  /** Stores a value the schema accepts; anything else is refused with the schema's message. */
  async set<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<SettingValue<K>> {
    const definition: SettingDefinition<SettingValue<K>> = settingDefinitions[key];
    const checked = definition.schema.safeParse(value);
    if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? `Invalid setting ${key}.`);
    await this.db.settings.put({ key, value: checked.data });
    return checked.data;
  }

  /** Reads and writes `key` in one transaction (a change that depends on the value before it). */
  update<K extends SettingKey>(key: K, change: (current: SettingValue<K>) => SettingValue<K>): Promise<SettingValue<K>> {
    return this.db.transaction('rw', this.db.settings, async () => this.set(key, change(await this.get(key))));
  }

  async calculatorInput(calculatorId: string): Promise<unknown> {
    return (await this.db.settings.get(calculatorSettingKey(calculatorId)))?.value;
  }

  async setCalculatorInput(calculatorId: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key: calculatorSettingKey(calculatorId), value });
  }
}
