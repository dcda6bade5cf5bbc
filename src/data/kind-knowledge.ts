// What the app knows about the person's section kinds: the kind they chose for a heading
// (remembered, so next week's post with the same heading gets it), what each heading was in their
// episodes, and a classifier trained on their own recent sections.
import type { KindHistory, ParseOptions, SectionKind } from '../domain/episode';
import { buildKindHistory, normalizeHeading } from '../domain/episode';
import { trainKindClassifier } from '../domain/episode/section-classifier';
import { getDatabase, type EpisodesDatabase } from './db';
import { restoreSetting, SettingsRepo } from './settings-repo';

/** Episodes (newest first) whose sections train the classifier: enough words, a bounded read. */
export const TRAINING_EPISODES = 60;
/** Headings remembered at most; the oldest choice goes first. */
const MAX_CORRECTIONS = 500;

/** Stored corrections pass here: entries that are not heading -> kind are dropped. */
export const restoreKindCorrections = (raw: unknown): KindHistory => restoreSetting('section-kind-corrections', raw);

export async function readKindCorrections(db: EpisodesDatabase = getDatabase()): Promise<KindHistory> {
  return new SettingsRepo(db).get('section-kind-corrections');
}

/** Remembers the person's kind for a heading (the latest choice wins). */
export async function rememberKindCorrection(heading: string, kind: SectionKind, db: EpisodesDatabase = getDatabase()): Promise<void> {
  const key = normalizeHeading(heading);
  if (!key) return;
  await new SettingsRepo(db).update('section-kind-corrections', (corrections) => {
    const entries = Object.entries(corrections).filter(([k]) => k !== key);
    entries.push([key, kind]);
    return Object.fromEntries(entries.slice(-MAX_CORRECTIONS));
  });
}

/**
 * Corrections, and from the newest TRAINING_EPISODES dated episodes the person wrote (the shipped
 * examples left out): the kind each heading had, and a classifier over their sections. A bounded
 * read, whatever the size of the journal.
 */
export async function loadKindKnowledge(db: EpisodesDatabase = getDatabase()): Promise<ParseOptions> {
  const [corrections, starter] = await Promise.all([readKindCorrections(db), new SettingsRepo(db).get('starter-episode-ids')]);
  const examples = new Set(starter);
  const newest = await db.episodes
    .orderBy('weekOf')
    .reverse()
    .filter((row) => row.deletedAt === 0 && !examples.has(row.id))
    .limit(TRAINING_EPISODES)
    .toArray();
  const own = newest.reverse();
  const history = buildKindHistory(own.map((row) => ({ sections: row.headings.map((h) => ({ ...h, markdown: '' })) })));
  const bodies = await db.episodeBodies.bulkGet(own.map((row) => row.id));
  const classifier = trainKindClassifier(bodies.flatMap((body) => body?.sections ?? []));
  return { corrections, history, ...(classifier ? { classifier } : {}) };
}

