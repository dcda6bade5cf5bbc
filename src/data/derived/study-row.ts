// Per-day study minutes of one certification (its charts and the dashboard's pace), from its sessions.
import Dexie from 'dexie';
import { applyStudyDelta, isStudyCells, restoreSession, studyCells, type StudyCells } from '../../domain/progress';
import type { EpisodesDatabase } from '../db';
import type { AggregateRow, Row } from '../rows';
import type { Derived, DerivedRow } from './derived-row';

/** Rows that fail restoreSession are counted (the row count must match the table) but not summed. */
export function validSessions(rows: readonly Row[]) {
  return rows.flatMap((row) => {
    const restored = restoreSession(row);
    return restored.ok ? [restored.value] : [];
  });
}

export const sessionsOf = (db: EpisodesDatabase, certificationId: string, from: unknown = Dexie.minKey, to: unknown = Dexie.maxKey) =>
  db.studySessions.where('[certificationId+date]').between([certificationId, from], [certificationId, to], true, true);

const wellFormed = (row: AggregateRow | undefined): row is Derived<StudyCells> => !!row && Number.isInteger(row.count) && row.count >= 0 && isStudyCells(row.cells);

/** A write's session rows: those it replaced or removed, and those it stored. */
export interface SessionChange {
  removed: readonly Row[];
  added: readonly Row[];
}

/** The row of a certification built from its session rows (those that fail to restore are counted, not summed). */
export function studyRowOf(certificationId: string, rows: readonly Row[]): Derived<StudyCells> {
  return { id: studyRow.id(certificationId), count: rows.length, cells: studyCells(validSessions(rows)) };
}

export const studyRow: DerivedRow<StudyCells, SessionChange> = {
  id: (certificationId) => `study:${certificationId}`,
  scopes: async (db) => [...new Set((await db.studySessions.toArray()).map((row) => String(row.certificationId)))],
  sources: (db) => [db.studySessions],
  build: async (db, certificationId) => studyRowOf(certificationId, await sessionsOf(db, certificationId).toArray()),
  usable: (row) => (wellFormed(row) ? row : null),
  apply: (row, { removed, added }) => ({
    id: row.id,
    count: row.count - removed.length + added.length,
    cells: applyStudyDelta(row.cells, validSessions(removed), validSessions(added)),
  }),
  // Sessions only go stale when written behind the repository's back, which changes their count.
  agrees: async (db, certificationId, row) => row.count === (await sessionsOf(db, certificationId).count()),
};
