// Practice answers per day and topic (the progress screen), from every attempt.
import { addToPracticeCells, isPracticeCells, practiceCells, type PracticeCells } from '../../domain/practice/progress';
import { restoreAll, restoreAttempt, type PracticeAttempt } from '../../domain/practice/records';
import type { AggregateRow } from '../rows';
import type { Derived, DerivedRow } from './derived-row';

const wellFormed = (row: AggregateRow | undefined): row is Derived<PracticeCells> => !!row && Number.isInteger(row.count) && row.count >= 0 && isPracticeCells(row.cells);

/** The row built from every attempt row (those that fail to restore are counted, not summed). */
export function practiceRowOf(rows: readonly unknown[]): Derived<PracticeCells> {
  return { id: 'practice', count: rows.length, cells: practiceCells(restoreAll(rows, restoreAttempt).valid) };
}

/** A write's change: the attempts it added (attempts are never edited). */
export const practiceRow: DerivedRow<PracticeCells, readonly PracticeAttempt[]> = {
  id: () => 'practice',
  scopes: async () => [''],
  sources: (db) => [db.practiceAttempts],
  build: async (db) => practiceRowOf(await db.practiceAttempts.toArray()),
  usable: (row) => (wellFormed(row) ? row : null),
  apply: (row, added) => (added.length === 0 ? row : { id: row.id, count: row.count + added.length, cells: addToPracticeCells(row.cells, added) }),
  agrees: async (db, _scope, row) => row.count === (await db.practiceAttempts.count()),
};
