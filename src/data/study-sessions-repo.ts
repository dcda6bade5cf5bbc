// Study sessions of the certifications, and the per-day minutes derived from them (one row per
// certification, kept up by every write here in the same transaction).
import { restoreSession, studyMinutes, studyMinutesBetween, validateSession } from '../domain/progress';
import type { Certification, IsoDate, StudyMinutes, StudySession } from '../domain/progress';
import { RestoreCache } from './certification-rows';
import type { Saved, Undo } from './certifications-repo';
import type { EpisodesDatabase } from './db';
import type { DerivedRows } from './derived';
import { sessionsOf, studyRow } from './derived/study-row';
import type { Row } from './rows';

/** What the detail view's charts need: minutes per day and module, and how many sessions there are. */
export interface StudyTotals {
  sessionCount: number;
  /** Summed per (day, module); chart functions take these in place of sessions. */
  minutes: StudyMinutes[];
}

/** The session fields a person types; the repo adds id and certificationId. */
export interface SessionInput {
  date: IsoDate;
  moduleId: string;
  minutes: number;
  note?: string;
  episodeId?: string;
}

export class StudySessionsRepo {
  private readonly cache = new RestoreCache<ReturnType<typeof restoreSession>>(50_000);

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly today: () => IsoDate,
    private readonly newId: () => string,
    private readonly derived: DerivedRows,
  ) {}

  /** The stored rows of a certification's sessions, oldest first (as they are, for an undo). */
  rows(certificationId: string, from?: IsoDate, to?: IsoDate): Promise<Row[]> {
    return sessionsOf(this.db, certificationId, from, to).toArray();
  }

  /**
   * Minutes per day and module from the certification's derived row: one read instead of every
   * session. A missing or damaged row is computed from the sessions for this answer and rebuilt in
   * the background; a well-formed one is checked against the sessions' count later, once per session.
   */
  async studyTotals(certificationId: string): Promise<StudyTotals> {
    const row = await this.derived.read(studyRow, certificationId);
    return row ? { sessionCount: row.count, minutes: studyMinutes(row.cells) } : { sessionCount: 0, minutes: [] };
  }

  /** Compares the stored row with the sessions' count and rebuilds it when they differ. True when it had to. */
  checkStudyTotals(certificationId: string): Promise<boolean> {
    return this.derived.check(studyRow, certificationId);
  }

  rebuildStudyTotals(certificationId: string): Promise<void> {
    return this.derived.rebuild(studyRow, certificationId);
  }

  /**
   * Minutes per day and module dated `from` to `to`, for every certification with a well-formed
   * derived row: one read of those rows, which needs no certification list first (the
   * dashboard's pace window; 35 days of 20,000 sessions through ten index queries took ~50 ms).
   * Certifications missing from the map have no usable row: read their sessions instead.
   */
  async recentStudy(from: IsoDate, to: IsoDate): Promise<Map<string, StudyMinutes[]>> {
    const rows = await this.recentStudyWithStart(from, to);
    return new Map([...rows].map(([id, row]) => [id, row.sessions]));
  }

  /** recentStudy, with each certification's first day of study ever (the pace of a new starter counts from it). */
  async recentStudyWithStart(from: IsoDate, to: IsoDate): Promise<Map<string, { sessions: StudyMinutes[]; firstDate?: IsoDate }>> {
    const out = new Map<string, { sessions: StudyMinutes[]; firstDate?: IsoDate }>();
    for (const [certificationId, row] of await this.derived.readAll(studyRow)) {
      const firstDate = row.cells.dates[0];
      out.set(certificationId, { sessions: studyMinutesBetween(row.cells, from, to, certificationId), ...(firstDate ? { firstDate } : {}) });
    }
    return out;
  }

  /** The newest `limit` sessions, newest first (the study log's page). */
  async recentSessions(certificationId: string, limit: number): Promise<StudySession[]> {
    return this.restore(await sessionsOf(this.db, certificationId).reverse().limit(limit).toArray());
  }

  /** A certification's sessions, oldest first; rows that fail restoreSession are left out. */
  async listSessions(certificationId: string): Promise<StudySession[]> {
    return this.restore(await this.rows(certificationId));
  }

  /**
   * The sessions dated `from` to `to` (inclusive, yyyy-MM-dd), oldest first: what the dashboard's
   * pace (the last four weeks) and a week's rollup need, without reading years of sessions.
   */
  async listSessionsBetween(certificationId: string, from: IsoDate, to: IsoDate): Promise<StudySession[]> {
    return this.restore(await this.rows(certificationId, from, to));
  }

  /** Checked against the certification (the module must exist) and today (no future dates). */
  async addSession(cert: Certification, input: SessionInput): Promise<Saved<StudySession>> {
    const checked = validateSession({ ...input, id: this.newId(), certificationId: cert.id }, { today: this.today(), certification: cert });
    if (!checked.ok) return checked;
    const session = checked.value;
    await this.put(cert.id, [{ ...session }]);
    return { ok: true, value: session, undo: { label: 'Log study session', undo: () => this.remove(cert.id, [session.id]) } };
  }

  async updateSession(cert: Certification, session: StudySession): Promise<Saved<StudySession>> {
    const before = await this.db.studySessions.get(session.id);
    if (!before) return { ok: false, errors: { _: 'This session no longer exists.' } };
    const checked = validateSession({ ...session, certificationId: cert.id }, { today: this.today(), certification: cert });
    if (!checked.ok) return checked;
    await this.put(cert.id, [{ ...checked.value }]);
    return { ok: true, value: checked.value, undo: { label: 'Edit study session', undo: () => this.put(cert.id, [before]) } };
  }

  async deleteSession(id: string): Promise<Undo | null> {
    const before = await this.db.studySessions.get(id);
    if (!before) return null;
    const certificationId = String(before.certificationId);
    await this.remove(certificationId, [id]);
    return { label: 'Delete study session', undo: () => this.put(certificationId, [before]) };
  }

  private restore(rows: Row[]): StudySession[] {
    const sessions: StudySession[] = [];
    for (const row of rows) {
      const restored = this.cache.get(row.id, row, () => restoreSession(row));
      if (restored.ok) sessions.push(restored.value);
    }
    return sessions;
  }

  /** Writes session rows and moves the derived row by what they replace and add, in one transaction. */
  private async put(certificationId: string, rows: Row[]): Promise<void> {
    await this.db.transaction('rw', this.db.studySessions, this.db.aggregates, async () => {
      const removed = (await this.db.studySessions.bulkGet(rows.map((r) => r.id))).filter((r): r is Row => r !== undefined);
      await this.db.studySessions.bulkPut(rows);
      await this.derived.adjust(studyRow, certificationId, { removed, added: rows });
    });
  }

  private async remove(certificationId: string, ids: string[]): Promise<void> {
    await this.db.transaction('rw', this.db.studySessions, this.db.aggregates, async () => {
      const removed = (await this.db.studySessions.bulkGet(ids)).filter((r): r is Row => r !== undefined);
      await this.db.studySessions.bulkDelete(ids);
      await this.derived.adjust(studyRow, certificationId, { removed, added: [] });
    });
  }
}
