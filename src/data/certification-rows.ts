// A certification as stored: its row and its module rows (one per module, with certificationId and
// `order`), put together and passed through restoreCertification, and the restore cache that keeps
// a five-year log from being parsed again on every live-query re-run.
import Dexie from 'dexie';
import { restoreCertification, type Certification, type FieldErrors, type IsoDate, type Module } from '../domain/progress';
import type { EpisodesDatabase } from './db';
import type { Row } from './rows';

export type ModuleRow = Module & { certificationId: string; order: number };

export function firstMessage(errors: FieldErrors): string {
  const [field, message] = Object.entries(errors)[0] ?? ['_', 'unknown problem'];
  return field === '_' ? message : `${field}: ${message}`;
}

/** The certification's row and module rows, in `order`, as restoreCertification reads them. */
export function assembledRow(row: Row, moduleRows: readonly Row[]): Record<string, unknown> {
  const modules = [...moduleRows]
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map(({ certificationId: _c, order: _o, ...m }) => m);
  return { ...row, modules };
}

export const modulesOf = (db: EpisodesDatabase, certificationId: string) =>
  db.modules.where('[certificationId+order]').between([certificationId, Dexie.minKey], [certificationId, Dexie.maxKey]);

/** The stored certification when it restores; undefined when it is missing or damaged. */
export async function readCertification(db: EpisodesDatabase, id: string, today: IsoDate): Promise<Certification | undefined> {
  const [row, modules] = await Promise.all([db.certifications.get(id), modulesOf(db, id).toArray()]);
  if (!row) return undefined;
  const restored = restoreCertification(assembledRow(row, modules), { today });
  return restored.ok ? restored.value : undefined;
}

/**
 * Remembers what restore produced for a stored row, keyed by the row's JSON. Restore is pure, so
 * an unchanged row gives the same value: a five-year log is parsed once, not on every live-query
 * re-run, and unchanged values keep their identity (memoized charts and rows stay put).
 */
export class RestoreCache<T> {
  private readonly entries = new Map<string, { key: string; value: T }>();
  constructor(private readonly limit: number) {}

  get(id: string, row: unknown, restore: () => T): T {
    const key = JSON.stringify(row);
    const hit = this.entries.get(id);
    if (hit && hit.key === key) return hit.value;
    const value = restore();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(id, { key, value });
    return value;
  }
}
