// Derived rows in the `aggregates` table: summaries (per-day study minutes, practice answers by
// topic, a certification's hours, the week of every live episode) that screens read as one row
// instead of thousands. Each kind is one DerivedRow definition: how to build it from its source
// tables, how a write's change moves it, and how to tell whether it still agrees with them. They
// are never the only copy of anything: the repositories keep them up in the same transaction as
// every write to their sources, backups leave them out, a restore rebuilds them, and a stored row
// is checked against its sources once per session, after the screen that read it has drawn.
import type { Table } from 'dexie';
import type { EpisodesDatabase } from '../db';
import type { AggregateRow } from '../rows';
import type { Scheduling } from './schedule';

/** A row of one kind, its cells known to be well formed. */
export type Derived<Cells> = AggregateRow & { cells: Cells };

export interface DerivedRow<Cells, Change> {
  /** The row id of one scope (a certification's id; '' for a kind with one row). */
  id(scope: string): string;
  /** Every scope the source tables hold now: what a full rebuild writes. */
  scopes(db: EpisodesDatabase): Promise<string[]>;
  /** The tables build and agrees read. */
  sources(db: EpisodesDatabase): Table[];
  /** The row built from the sources; null when the scope has none (a deleted certification). */
  build(db: EpisodesDatabase, scope: string): Promise<Derived<Cells> | null>;
  /** The stored row when it is well formed, whatever its age; otherwise null. */
  usable(row: AggregateRow | undefined): Derived<Cells> | null;
  /** The row after a write's change (the same row when nothing in it moves). */
  apply(row: Derived<Cells>, change: Change): Derived<Cells>;
  /** Whether a well-formed stored row still agrees with its sources (a count, or a full comparison). */
  agrees(db: EpisodesDatabase, scope: string, row: Derived<Cells>): Promise<boolean>;
}

/** Reads, checks, rebuilds and adjusts the derived rows of one database. */
export class DerivedRows {
  private readonly checked = new Set<string>();

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly scheduling: Scheduling,
  ) {}

  /** The stored row when usable (its check scheduled once per session); else built now and rebuilt soon. */
  async read<C>(kind: DerivedRow<C, never>, scope = ''): Promise<Derived<C> | null> {
    const row = kind.usable(await this.db.aggregates.get(kind.id(scope)));
    if (row) {
      this.scheduleCheck(kind, scope);
      return row;
    }
    const built = await kind.build(this.db, scope);
    this.scheduling.rebuild(() => this.rebuild(kind, scope));
    return built;
  }

  /** Every usable stored row of a kind with many scopes, by scope (each check scheduled once). */
  async readAll<C>(kind: DerivedRow<C, never>): Promise<Map<string, Derived<C>>> {
    const prefix = kind.id('');
    const out = new Map<string, Derived<C>>();
    for (const stored of await this.db.aggregates.where(':id').startsWith(prefix).toArray()) {
      const row = kind.usable(stored);
      if (!row) continue;
      const scope = row.id.slice(prefix.length);
      this.scheduleCheck(kind, scope);
      out.set(scope, row);
    }
    return out;
  }

  scheduleCheck<C>(kind: DerivedRow<C, never>, scope: string): void {
    const key = kind.id(scope);
    if (this.checked.has(key)) return;
    this.checked.add(key);
    this.scheduling.check(() => this.check(kind, scope));
  }

  /** Compares the stored row with its sources and rebuilds it when they disagree. True when it had to. */
  async check<C>(kind: DerivedRow<C, never>, scope = ''): Promise<boolean> {
    const agrees = await this.db.transaction('r', [...kind.sources(this.db), this.db.aggregates], async () => {
      const stored = await this.db.aggregates.get(kind.id(scope));
      const row = kind.usable(stored);
      if (!row) return stored === undefined && (await kind.build(this.db, scope)) === null;
      return kind.agrees(this.db, scope, row);
    });
    if (agrees) return false;
    await this.rebuild(kind, scope);
    return true;
  }

  /** Builds the row from its sources in one transaction (and removes it when its scope is gone). */
  async rebuild<C>(kind: DerivedRow<C, never>, scope = ''): Promise<void> {
    await this.db.transaction('rw', [...kind.sources(this.db), this.db.aggregates], async () => {
      const built = await kind.build(this.db, scope);
      if (built) await this.db.aggregates.put(built);
      else await this.db.aggregates.delete(kind.id(scope));
    });
  }

  /** Inside the writer's transaction: moves the row by the write's change. A missing or damaged row is left for the next read. */
  async adjust<C, Change>(kind: DerivedRow<C, Change>, scope: string, change: Change): Promise<void> {
    const row = kind.usable(await this.db.aggregates.get(kind.id(scope)));
    if (!row) return;
    const next = kind.apply(row, change);
    if (next !== row) await this.db.aggregates.put(next);
  }

  /** Inside the writer's transaction: the row built again from its sources (a write that changes most of it). */
  async put<C>(kind: DerivedRow<C, never>, scope: string): Promise<void> {
    const built = await kind.build(this.db, scope);
    if (built) await this.db.aggregates.put(built);
    else await this.db.aggregates.delete(kind.id(scope));
  }
}

/** Every row of every kind rebuilt from the sources, inside the caller's read-write transaction over derivedSources (awaited in its async callback). */
export async function rebuildAll(db: EpisodesDatabase, kinds: readonly DerivedRow<unknown, never>[]): Promise<void> {
  await db.aggregates.clear();
  const rows: AggregateRow[] = [];
  for (const kind of kinds) {
    for (const scope of await kind.scopes(db)) {
      const built = await kind.build(db, scope);
      if (built) rows.push(built);
    }
  }
  await db.aggregates.bulkPut(rows);
}

/** Every table a full rebuild reads (with aggregates): the transaction rebuildAll needs. */
export function derivedSources(db: EpisodesDatabase, kinds: readonly DerivedRow<unknown, never>[]): Table[] {
  return [...new Set([db.aggregates, ...kinds.flatMap((kind) => kind.sources(db))])];
}
