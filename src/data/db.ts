// The app's IndexedDB database through Dexie. Every schema change is a new numbered entry in
// schemaHistory with an upgrade function for the data already stored; old entries are never edited.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { PracticeAttempt } from '../domain/practice/records';
import type { ReviewCardRecord } from '../domain/practice/scheduling';
import type { EpisodeBody, EpisodeMeta } from './episode-record';
import type { SavedCalculation } from './saved-calculations-repo';
import type { AggregateRow, AttachmentRow, FileLink, Row, SettingRow, SnapshotRow } from './rows';
import { fillOldEpisodeRows } from './upgrade-episode-rows';

export type { AggregateRow, AttachmentRow, FileLink, Row, SettingRow, SnapshotRow } from './rows';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** What changed, for people reading the history. */
  note: string;
}

export const schemaHistory: SchemaVersion[] = [
  {
    version: 1,
    note: 'Initial tables for the journal, certifications, calculators, practice and settings.',
    stores: {
      episodes: 'id, weekOf, number, *tags, updatedAt, status',
      tags: 'name',
      certifications: 'id, archived, createdAt',
      modules: 'id, certificationId, [certificationId+order]',
      studySessions: 'id, certificationId, moduleId, date, [certificationId+date]',
      practiceAttempts: 'id, cardId, topic, answeredAt',
      reviewCards: 'id, due, kind',
      savedCalculations: 'id, calculatorId, createdAt, episodeId',
      inspirations: 'id, date, *tags',
      settings: 'key',
    },
  },
  {
    version: 2,
    note: 'Episodes get a Trash: deletedAt (0 while the episode is live) is indexed so the Trash and the journal can each be read without scanning.',
    stores: {
      episodes: 'id, weekOf, number, *tags, updatedAt, status, deletedAt',
    },
    async upgrade(tx) {
      await tx
        .table('episodes')
        .toCollection()
        .modify((episode: { deletedAt?: number }) => {
          if (typeof episode.deletedAt !== 'number') episode.deletedAt = 0;
        });
    },
  },
  {
    version: 3,
    note: 'Episode bodies move to their own table so the timeline reads small rows; episodes index their section kinds for filtering.',
    stores: {
      episodes: 'id, weekOf, number, *tags, updatedAt, status, deletedAt, *sectionKinds',
      episodeBodies: 'id',
    },
    async upgrade(tx) {
      const bodies = tx.table('episodeBodies');
      await tx
        .table('episodes')
        .toCollection()
        .modify((episode: Record<string, unknown>) => {
          // A null or non-object entry (seen in hand-edited data) would make the whole upgrade throw.
          const sections = Array.isArray(episode.sections) ? (episode.sections as unknown[]).filter((x): x is { kind?: unknown } => typeof x === 'object' && x !== null) : [];
          void bodies.put({
            id: episode.id,
            body: typeof episode.body === 'string' ? episode.body : '',
            frontmatter: episode.frontmatter ?? {},
            sections,
          });
          episode.sectionKinds = [...new Set(sections.map((s) => s.kind).filter((k) => typeof k === 'string'))];
          delete episode.body;
          delete episode.sections;
          delete episode.frontmatter;
        });
    },
  },
  {
    version: 4,
    note: 'fileLinks: which markdown file in the journal folder holds which episode, and the file content last synced.',
    stores: {
      fileLinks: 'episodeId, &path',
    },
  },
  {
    version: 5,
    note: 'aggregates: derived per-day totals (study minutes per certification, practice answers) so the certification and practice screens read one row instead of thousands. Rows are rebuilt from the source tables whenever one is missing or its row count disagrees, so this version needs no data upgrade.',
    stores: {
      aggregates: 'id',
    },
  },
  {
    version: 6,
    note: 'snapshots: the revision history of episodes (earlier texts, kept by age). Episode rows that came up from versions 1 and 2 get the fields they never had (the header form’s tag list, headings, excerpt, word count, creation time), computed from their text.',
    stores: {
      snapshots: 'id, episodeId, [episodeId+at], at',
    },
    upgrade: fillOldEpisodeRows,
  },
  {
    version: 7,
    note: 'attachments: images and PDFs pasted into episodes, stored once by the SHA-256 of their bytes and found by the path episodes link them with. A new table: nothing to upgrade.',
    stores: {
      attachments: 'hash, &path, createdAt',
    },
  },
];

export const LATEST_SCHEMA_VERSION = schemaHistory[schemaHistory.length - 1]!.version;

export class EpisodesDatabase extends Dexie {
  episodes!: Table<EpisodeMeta, string>;
  episodeBodies!: Table<EpisodeBody, string>;
  tags!: Table<{ name: string; [field: string]: unknown }, string>;
  certifications!: Table<Row, string>;
  modules!: Table<Row, string>;
  studySessions!: Table<Row, string>;
  practiceAttempts!: Table<PracticeAttempt, string>;
  reviewCards!: Table<ReviewCardRecord, string>;
  savedCalculations!: Table<SavedCalculation, string>;
  inspirations!: Table<Row, string>;
  settings!: Table<SettingRow, string>;
  fileLinks!: Table<FileLink, string>;
  aggregates!: Table<AggregateRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  attachments!: Table<AttachmentRow, string>;

  /** `upTo` opens the database as an older app version would (used by the migration tests). */
  constructor(name = 'episodes', options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // No shared live-query cache: with it (Dexie's default) every live query's result is deep-cloned
    // on each read, ~15 ms of copying and the garbage after it when the dashboard of a 1,000-episode
    // journal opens. Live queries still re-run after every committed write that touches what they read.
    super(name, { cache: 'disabled', ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {}) });
    const upTo = options.upTo ?? LATEST_SCHEMA_VERSION;
    for (const step of schemaHistory) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/**
 * The schema version of the database as installed (null when there is none), read without opening
 * it through Dexie: Dexie opens a newer database anyway and may patch it, which a version that does
 * not know what the newer one changed must never do.
 */
export function installedVersion(name: string, factory: IDBFactory = indexedDB): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    request.onsuccess = () => {
      const version = request.result.version / 10;
      request.result.close();
      resolve(version);
    };
  });
}

let shared: EpisodesDatabase | null = null;

/** The app's one database connection. */
export function getDatabase(): EpisodesDatabase {
  shared ??= new EpisodesDatabase();
  return shared;
}
