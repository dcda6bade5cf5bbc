// A certification's modules summed (count and hours): the dashboard's card without 200 module rows.
import { format } from 'date-fns';
import { hoursSummary, type Certification, type HoursSummary } from '../../domain/progress';
import { readCertification } from '../certification-rows';
import type { AggregateRow } from '../rows';
import type { Derived, DerivedRow } from './derived-row';

type HoursCells = Omit<HoursSummary, 'moduleCount'>;

/** The row for a certification as it is now. */
export function hoursOf(cert: Certification): Derived<HoursCells> {
  const { moduleCount, ...cells } = hoursSummary(cert);
  return { id: hoursRow.id(cert.id), count: moduleCount, cells };
}

/** The summary a well-formed row holds. */
export const summaryOf = (row: Derived<HoursCells>): HoursSummary => ({ moduleCount: row.count, ...row.cells });

function wellFormed(row: AggregateRow | undefined): row is Derived<HoursCells> {
  if (!row || !Number.isInteger(row.count) || row.count < 0 || typeof row.cells !== 'object' || row.cells === null) return false;
  const { totalHours, earnedHours, remainingHours } = row.cells as Record<string, unknown>;
  return [totalHours, earnedHours, remainingHours].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

/** Equal up to float rounding (sums taken in another order). */
export function sameHoursSummary(a: HoursSummary, b: HoursSummary): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return a.moduleCount === b.moduleCount && close(a.totalHours, b.totalHours) && close(a.earnedHours, b.earnedHours) && close(a.remainingHours, b.remainingHours);
}

const today = () => format(new Date(), 'yyyy-MM-dd');

/** The change a write makes: the certification as saved. */
export const hoursRow: DerivedRow<HoursCells, Certification> = {
  id: (certificationId) => `hours:${certificationId}`,
  scopes: async (db) => (await db.certifications.toCollection().primaryKeys()).map(String),
  sources: (db) => [db.certifications, db.modules],
  async build(db, certificationId) {
    const cert = await readCertification(db, certificationId, today());
    return cert ? hoursOf(cert) : null;
  },
  usable: (row) => (wellFormed(row) ? row : null),
  apply: (_row, cert) => hoursOf(cert),
  async agrees(db, certificationId, row) {
    const cert = await readCertification(db, certificationId, today());
    return cert !== undefined && sameHoursSummary(summaryOf(row), hoursSummary(cert));
  },
};
