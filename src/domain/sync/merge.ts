// Records from every device's logs merged into rows: the same rows whatever order the files (and
// the lines in them) arrive in. Per field, the change with the latest stamp wins; a tombstone hides
// the record unless a change made after it puts the record back (an undone deletion, or an edit on
// a device that had not heard of the deletion: the record comes back whole, nothing is lost).
import { compareStamps, type LogRecord, type Stamp } from './log-records';

export interface MergedTable {
  /** Live rows by id, each with the fields of its latest changes. */
  rows: Map<string, Record<string, unknown>>;
  /** Ids whose latest change is a deletion. */
  deleted: Set<string>;
}

interface FieldState {
  value: unknown;
  stamp: Stamp;
}

interface RecordState {
  fields: Map<string, FieldState>;
  deletedAt: Stamp | null;
  lastPut: Stamp | null;
}

/**
 * Whether a field's change replaces the one kept. Two changes with the same stamp (a device's
 * counter reset, a hand-edited file) are ordered by their values, so the answer is still the same
 * whatever order they arrive in.
 */
function wins(change: FieldState, kept: FieldState): boolean {
  const order = compareStamps(change.stamp, kept.stamp);
  if (order !== 0) return order > 0;
  return JSON.stringify(change.value) > JSON.stringify(kept.value);
}

const later = (a: Stamp | null, b: Stamp) => (a === null || compareStamps(b, a) > 0 ? b : a);

/** Every table's merged rows, from records in any order (duplicates, as two copies of a file give, count once). */
export function mergeRecords(records: Iterable<LogRecord>): Map<string, MergedTable> {
  const state = new Map<string, Map<string, RecordState>>();
  for (const record of records) {
    let table = state.get(record.table);
    if (!table) state.set(record.table, (table = new Map()));
    let row = table.get(record.id);
    if (!row) table.set(record.id, (row = { fields: new Map(), deletedAt: null, lastPut: null }));
    if (record.op === 'delete') {
      row.deletedAt = later(row.deletedAt, record);
      continue;
    }
    row.lastPut = later(row.lastPut, record);
    for (const [field, value] of Object.entries(record.fields)) {
      const current = row.fields.get(field);
      if (!current || wins({ value, stamp: record }, current)) row.fields.set(field, { value, stamp: record });
    }
  }
  const out = new Map<string, MergedTable>();
  for (const [name, table] of state) {
    const merged: MergedTable = { rows: new Map(), deleted: new Set() };
    for (const id of [...table.keys()].sort()) {
      const row = table.get(id)!;
      const putBack = row.lastPut !== null && (row.deletedAt === null || compareStamps(row.lastPut, row.deletedAt) > 0);
      if (!putBack) {
        merged.deleted.add(id);
        continue;
      }
      const fields = [...row.fields];
      merged.rows.set(id, Object.fromEntries([['id', id], ...fields.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, f]) => [k, f.value])]));
    }
    out.set(name, merged);
  }
  return out;
}

/** Settings that follow the person (one small file): per key, the latest value wins. */
export interface SettingEntry {
  value: unknown;
  at: number;
  device: string;
}

export function mergeSettings(...files: readonly Record<string, SettingEntry>[]): Record<string, SettingEntry> {
  const out: Record<string, SettingEntry> = {};
  for (const file of files) {
    for (const [key, entry] of Object.entries(file)) {
      const current = out[key];
      if (!current || entry.at > current.at || (entry.at === current.at && entry.device > current.device)) out[key] = entry;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
