// Certifications, their modules and study sessions in IndexedDB.
//
// Modules live in their own table (one row per module, with certificationId and `order`) rather
// than embedded in the certification row: schema v1 already indexes [certificationId+order], and
// the checklist's most frequent edit (a status toggle or a percent) then rewrites one small row
// instead of a 200-module document. Saves diff the stored rows so only changed modules are written,
// and the certification is reassembled in `order` and passed through restoreCertification on load.
// Every mutation returns an Undo that puts back exactly what was there before.
import Dexie from 'dexie';
import { applyStudyDelta, hoursSummary, isStudyCells, restoreCertification, restoreSession, studyMinutes, studyMinutesBetween, validateSession } from '../domain/progress';
import type { Certification, CertificationSummary, FieldErrors, IsoDate, Module, StudyMinutes, StudySession } from '../domain/progress';
import { OnceChecks, rebuildSoon, buildHoursAggregate, buildStudyAggregate, checkLater, freshStudyAggregate, hoursAggregateId, sameHoursSummary, studyAggregateId, usableHoursSummary, usableStudyAggregate, validSessions } from './aggregates';
import type { Later } from './aggregates';
import type { EpisodesDatabase, Row } from './db';

export interface Undo {
  label: string;
  undo(): Promise<void>;
}

export type Saved<T> = { ok: true; value: T; undo: Undo } | { ok: false; errors: FieldErrors };

/** A stored certification that no longer passes restoreCertification. */
export interface DamagedRecord {
  id: string;
  message: string;
}

/** What the detail view's charts need: minutes per day and module, and how many sessions there are. */
export interface StudyTotals {
  sessionCount: number;
  /** Summed per (day, module); chart functions take these in place of sessions. */
  minutes: StudyMinutes[];
}

export interface CertificationList {
  certifications: Certification[];
  damaged: DamagedRecord[];
}

export class CertificationNotFoundError extends Error {
  constructor(id: string) {
    super(`The certification ${id} no longer exists. It may have been deleted in another window.`);
    this.name = 'CertificationNotFoundError';
  }
}

export class DamagedCertificationError extends Error {
  constructor(id: string, message: string) {
    super(`The stored certification ${id} could not be read: ${message}`);
    this.name = 'DamagedCertificationError';
  }
}

/** The session fields a person types; the repo adds id and certificationId. */
export interface SessionInput {
  date: IsoDate;
  moduleId: string;
  minutes: number;
  note?: string;
  episodeId?: string;
}

type ModuleRow = Module & { certificationId: string; order: number };

function firstMessage(errors: FieldErrors): string {
  const [field, message] = Object.entries(errors)[0] ?? ['_', 'unknown problem'];
  return field === '_' ? message : `${field}: ${message}`;
}

function sameRow(a: Row | undefined, b: ModuleRow): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== (b as unknown as Row)[key]) return false;
  return true;
}

/**
 * Remembers what restore produced for a stored row, keyed by the row's JSON. Restore is pure, so
 * an unchanged row gives the same value: a five-year log is parsed once, not on every live-query
 * re-run, and unchanged values keep their identity (memoized charts and rows stay put).
 */
class RestoreCache<T> {
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

export class CertificationsRepo {
  private readonly sessionCache = new RestoreCache<ReturnType<typeof restoreSession>>(50_000);
  private readonly certCache = new RestoreCache<ReturnType<typeof restoreCertification>>(200);
  private readonly checks: OnceChecks;

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly today: () => IsoDate,
    private readonly newId: () => string = () => crypto.randomUUID(),
    later: Later = checkLater,
  ) {
    this.checks = new OnceChecks(later);
  }

  /** Every certification, newest first; stored rows that fail to restore are reported, not thrown. */
  async list(): Promise<CertificationList> {
    const [rows, moduleRows] = await Promise.all([this.db.certifications.toArray(), this.db.modules.toArray()]);
    const byCert = new Map<string, Row[]>();
    for (const m of moduleRows) {
      const key = String(m.certificationId);
      const list = byCert.get(key);
      if (list) list.push(m);
      else byCert.set(key, [m]);
    }
    const certifications: Certification[] = [];
    const damaged: DamagedRecord[] = [];
    for (const row of rows) {
      const restored = this.assemble(row, byCert.get(row.id) ?? []);
      if (restored.ok) certifications.push(restored.value);
      else damaged.push({ id: row.id, message: firstMessage(restored.errors) });
    }
    certifications.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name));
    return { certifications, damaged };
  }

  /**
   * Every certification that restores, without its modules but with their hours summed, newest
   * first: the dashboard's cards. The sums come from one derived row per certification, kept by
   * every write in the same transaction, instead of every module row (980 rows for ten paths:
   * ~55 ms to read in Chromium, the slowest read of the app's start). A missing or damaged row is
   * summed from the modules at once and rebuilt; each row is compared with its modules later, once
   * per session, and rebuilt when they differ.
   */
  async listSummaries(): Promise<CertificationSummary[]> {
    const [rows, sums] = await Promise.all([this.db.certifications.toArray(), this.db.aggregates.where(':id').startsWith(hoursAggregateId('')).toArray()]);
    const byId = new Map(sums.map((row) => [row.id, row] as const));
    const out = await Promise.all(
      rows.map(async (row): Promise<CertificationSummary | null> => {
        // The row's own fields, checked as get() checks them (no modules: the fast path, no cache).
        const restored = restoreCertification({ ...row, modules: [] }, { today: this.today() });
        if (!restored.ok) return null;
        const { modules: _none, ...header } = restored.value;
        const id = header.id;
        const stored = usableHoursSummary(byId.get(hoursAggregateId(id)));
        if (stored) {
          this.checks.schedule(hoursAggregateId(id), () => this.checkHoursSummary(id));
          return { ...header, ...stored };
        }
        const cert = await this.get(id).catch(() => undefined);
        if (!cert) return null;
        rebuildSoon(() => this.rebuildHoursSummary(id));
        return { ...header, ...hoursSummary(cert) };
      }),
    );
    return out.filter((c): c is CertificationSummary => c !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name));
  }

  /** Compares the stored sums with the modules and rebuilds them when they differ. True when it had to. */
  async checkHoursSummary(id: string): Promise<boolean> {
    const [row, cert] = await this.db.transaction('r', this.db.certifications, this.db.modules, this.db.aggregates, () =>
      Promise.all([this.db.aggregates.get(hoursAggregateId(id)), this.get(id).catch(() => undefined)]),
    );
    const stored = usableHoursSummary(row);
    if (!cert) {
      if (row) await this.db.aggregates.delete(hoursAggregateId(id));
      return row !== undefined;
    }
    if (stored && sameHoursSummary(stored, hoursSummary(cert))) return false;
    await this.rebuildHoursSummary(id);
    return true;
  }

  async rebuildHoursSummary(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.certifications, this.db.modules, this.db.aggregates, async () => {
      const cert = await this.get(id).catch(() => undefined);
      if (cert) await this.db.aggregates.put(buildHoursAggregate(id, hoursSummary(cert)));
    });
  }

  /** undefined when there is no such certification; throws DamagedCertificationError for a bad row. */
  async get(id: string): Promise<Certification | undefined> {
    const [row, modules] = await Promise.all([
      this.db.certifications.get(id),
      this.db.modules.where('[certificationId+order]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    ]);
    if (!row) return undefined;
    const restored = this.assemble(row, modules);
    if (!restored.ok) throw new DamagedCertificationError(id, firstMessage(restored.errors));
    return restored.value;
  }

  private assemble(row: Row, moduleRows: Row[]) {
    const modules = [...moduleRows]
      .sort((a, b) => Number(a.order) - Number(b.order))
      .map(({ certificationId: _c, order: _o, ...m }) => m);
    const raw = { ...row, modules };
    const today = this.today();
    return this.certCache.get(`${row.id}|${today}`, raw, () => restoreCertification(raw, { today }));
  }

  /**
   * Stores a new certification. It gets fresh ids (for itself and every module), so importing the
   * same file twice, or a template twice, never collides with what is stored.
   */
  async create(draft: Certification): Promise<Saved<Certification>> {
    const fresh: Certification = { ...draft, id: this.newId(), modules: draft.modules.map((m) => ({ ...m, id: this.newId() })) };
    const restored = restoreCertification(fresh, { today: this.today() });
    if (!restored.ok) return restored;
    await this.write(restored.value);
    const id = restored.value.id;
    return { ok: true, value: restored.value, undo: { label: `Create ${restored.value.name}`, undo: () => this.deleteNow(id) } };
  }

  /** Saves an edited certification (details, modules, archive flag); the undo puts back the previous one. */
  async save(cert: Certification, label = `Edit ${cert.name}`): Promise<Saved<Certification>> {
    const restored = restoreCertification(cert, { today: this.today() });
    if (!restored.ok) return restored;
    const before = await this.get(cert.id);
    if (!before) throw new CertificationNotFoundError(cert.id);
    await this.write(restored.value);
    return { ok: true, value: restored.value, undo: { label, undo: () => this.write(before) } };
  }

  async setArchived(id: string, archived: boolean): Promise<Saved<Certification>> {
    const cert = await this.get(id);
    if (!cert) throw new CertificationNotFoundError(id);
    return this.save({ ...cert, archived }, archived ? `Archive ${cert.name}` : `Restore ${cert.name}`);
  }

  /** Deletes a certification with its modules and sessions; the undo restores all three. */
  async delete(id: string): Promise<Undo> {
    const cert = await this.get(id);
    if (!cert) throw new CertificationNotFoundError(id);
    const sessions = await this.sessionRows(id);
    await this.deleteNow(id);
    return {
      label: `Delete ${cert.name}`,
      undo: async () => {
        await this.write(cert);
        await this.db.studySessions.bulkPut(sessions);
        await this.rebuildStudyTotals(id);
      },
    };
  }

  private async deleteNow(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.certifications, this.db.modules, this.db.studySessions, this.db.aggregates], async () => {
      await this.db.certifications.delete(id);
      await this.db.modules.where('certificationId').equals(id).delete();
      await this.db.studySessions.where('certificationId').equals(id).delete();
      await this.db.aggregates.bulkDelete([studyAggregateId(id), hoursAggregateId(id)]);
    });
  }

  /** Writes the certification row and only the module rows that changed; removes dropped modules. */
  private async write(cert: Certification): Promise<void> {
    const { modules, ...row } = cert;
    const next: ModuleRow[] = modules.map((m, order) => ({ ...m, certificationId: cert.id, order }));
    await this.db.transaction('rw', this.db.certifications, this.db.modules, this.db.aggregates, async () => {
      const stored = await this.db.modules.bulkGet(next.map((m) => m.id));
      stored.forEach((existing, i) => {
        if (existing && existing.certificationId !== cert.id) {
          throw new Error(`Module id ${next[i]!.id} already belongs to another certification.`);
        }
      });
      const keep = new Set(next.map((m) => m.id));
      const old = (await this.db.modules.where('certificationId').equals(cert.id).primaryKeys()) as string[];
      await this.db.certifications.put(row as Row);
      await this.db.modules.bulkDelete(old.filter((k) => !keep.has(k)));
      const changed = next.filter((m, i) => !sameRow(stored[i], m));
      if (changed.length > 0) await this.db.modules.bulkPut(changed as unknown as Row[]);
      await this.db.aggregates.put(buildHoursAggregate(cert.id, hoursSummary(cert)));
    });
  }

  private sessionRange(certificationId: string, from: unknown = Dexie.minKey, to: unknown = Dexie.maxKey) {
    return this.db.studySessions.where('[certificationId+date]').between([certificationId, from], [certificationId, to], true, true);
  }

  private sessionRows(certificationId: string, from?: IsoDate, to?: IsoDate): Promise<Row[]> {
    return this.sessionRange(certificationId, from, to).toArray();
  }

  /**
   * Minutes per day and module from the certification's aggregate row: one read instead of every
   * session. A missing or damaged row is computed from the sessions for this answer and rebuilt in
   * the background, so the next read is fast again. A well-formed row is used at once and checked
   * against the sessions' count later (once per session): a stale one is rebuilt, and live queries
   * then show the corrected figures.
   */
  async studyTotals(certificationId: string): Promise<StudyTotals> {
    const row = usableStudyAggregate(await this.db.aggregates.get(studyAggregateId(certificationId)));
    if (row) {
      this.checks.schedule(certificationId, () => this.checkStudyTotals(certificationId));
      return { sessionCount: row.count, minutes: studyMinutes(row.cells) };
    }
    const built = buildStudyAggregate(certificationId, await this.sessionRows(certificationId));
    rebuildSoon(() => this.rebuildStudyTotals(certificationId));
    return { sessionCount: built.count, minutes: studyMinutes(built.cells) };
  }

  /**
   * Compares the stored row with the sessions it was built from and rebuilds it when their counts
   * differ (sessions written behind the repository's back). True when it had to rebuild.
   */
  async checkStudyTotals(certificationId: string): Promise<boolean> {
    const [row, count] = await this.db.transaction('r', this.db.studySessions, this.db.aggregates, () =>
      Promise.all([this.db.aggregates.get(studyAggregateId(certificationId)), this.sessionRange(certificationId).count()]),
    );
    if (freshStudyAggregate(row, count)) return false;
    await this.rebuildStudyTotals(certificationId);
    return true;
  }

  /**
   * Minutes per day and module dated `from` to `to`, for every certification with a well-formed
   * aggregate row: one read of those rows, which needs no certification list first (the
   * dashboard's pace window; 35 days of 20,000 sessions through ten index queries took ~50 ms).
   * Certifications missing from the map have no usable row: read their sessions instead. Each row
   * is checked against its sessions later, once per session, as for studyTotals.
   */
  async recentStudy(from: IsoDate, to: IsoDate): Promise<Map<string, StudyMinutes[]>> {
    const rows = await this.recentStudyWithStart(from, to);
    return new Map([...rows].map(([id, row]) => [id, row.sessions]));
  }

  /** recentStudy, with each certification's first day of study ever (the pace of a new starter counts from it). */
  async recentStudyWithStart(from: IsoDate, to: IsoDate): Promise<Map<string, { sessions: StudyMinutes[]; firstDate?: IsoDate }>> {
    const prefix = studyAggregateId('');
    const rows = await this.db.aggregates.where(':id').startsWith(prefix).toArray();
    const out = new Map<string, { sessions: StudyMinutes[]; firstDate?: IsoDate }>();
    for (const stored of rows) {
      const row = usableStudyAggregate(stored);
      if (!row) continue;
      const certificationId = row.id.slice(prefix.length);
      this.checks.schedule(certificationId, () => this.checkStudyTotals(certificationId));
      const firstDate = row.cells.dates[0];
      out.set(certificationId, { sessions: studyMinutesBetween(row.cells, from, to, certificationId), ...(firstDate ? { firstDate } : {}) });
    }
    return out;
  }

  /** Recomputes the certification's aggregate row from its sessions, in one transaction. */
  async rebuildStudyTotals(certificationId: string): Promise<void> {
    await this.db.transaction('rw', this.db.studySessions, this.db.aggregates, async () => {
      await this.db.aggregates.put(buildStudyAggregate(certificationId, await this.sessionRows(certificationId)));
    });
  }

  /** The newest `limit` sessions, newest first (the study log's page). */
  async recentSessions(certificationId: string, limit: number): Promise<StudySession[]> {
    return this.restoreSessions(await this.sessionRange(certificationId).reverse().limit(limit).toArray());
  }

  /** Writes session rows and moves the aggregate by what they replace and add, in one transaction. */
  private async putSessionRows(certificationId: string, rows: Row[]): Promise<void> {
    await this.db.transaction('rw', this.db.studySessions, this.db.aggregates, async () => {
      const before = (await this.db.studySessions.bulkGet(rows.map((r) => r.id))).filter((r): r is Row => r !== undefined);
      await this.db.studySessions.bulkPut(rows);
      await this.adjustStudyTotals(certificationId, before, rows);
    });
  }

  private async deleteSessionRows(certificationId: string, ids: string[]): Promise<void> {
    await this.db.transaction('rw', this.db.studySessions, this.db.aggregates, async () => {
      const before = (await this.db.studySessions.bulkGet(ids)).filter((r): r is Row => r !== undefined);
      await this.db.studySessions.bulkDelete(ids);
      await this.adjustStudyTotals(certificationId, before, []);
    });
  }

  /** A missing or damaged aggregate is left alone: the next read rebuilds it from the sessions. */
  private async adjustStudyTotals(certificationId: string, removed: Row[], added: Row[]): Promise<void> {
    const id = studyAggregateId(certificationId);
    const row = await this.db.aggregates.get(id);
    if (!row || !isStudyCells(row.cells)) return;
    const cells = applyStudyDelta(row.cells, validSessions(removed), validSessions(added));
    await this.db.aggregates.put({ id, count: row.count - removed.length + added.length, cells });
  }

  /** A certification's sessions, oldest first; rows that fail restoreSession are left out. */
  async listSessions(certificationId: string): Promise<StudySession[]> {
    return this.restoreSessions(await this.sessionRows(certificationId));
  }

  /**
   * The sessions dated `from` to `to` (inclusive, yyyy-MM-dd), oldest first: what the dashboard's
   * pace (the last four weeks) and a week's rollup need, without reading years of sessions.
   */
  async listSessionsBetween(certificationId: string, from: IsoDate, to: IsoDate): Promise<StudySession[]> {
    return this.restoreSessions(await this.sessionRows(certificationId, from, to));
  }

  private restoreSessions(rows: Row[]): StudySession[] {
    const sessions: StudySession[] = [];
    for (const row of rows) {
      const restored = this.sessionCache.get(row.id, row, () => restoreSession(row));
      if (restored.ok) sessions.push(restored.value);
    }
    return sessions;
  }

  /** Checked against the certification (the module must exist) and today (no future dates). */
  async addSession(cert: Certification, input: SessionInput): Promise<Saved<StudySession>> {
    const checked = validateSession({ ...input, id: this.newId(), certificationId: cert.id }, { today: this.today(), certification: cert });
    if (!checked.ok) return checked;
    const session = checked.value;
    await this.putSessionRows(cert.id, [session as unknown as Row]);
    return { ok: true, value: session, undo: { label: 'Log study session', undo: () => this.deleteSessionRows(cert.id, [session.id]) } };
  }

  async updateSession(cert: Certification, session: StudySession): Promise<Saved<StudySession>> {
    const before = await this.db.studySessions.get(session.id);
    if (!before) return { ok: false, errors: { _: 'This session no longer exists.' } };
    const checked = validateSession({ ...session, certificationId: cert.id }, { today: this.today(), certification: cert });
    if (!checked.ok) return checked;
    await this.putSessionRows(cert.id, [checked.value as unknown as Row]);
    return {
      ok: true,
      value: checked.value,
      undo: { label: 'Edit study session', undo: () => this.putSessionRows(cert.id, [before]) },
    };
  }

  async deleteSession(id: string): Promise<Undo | null> {
    const before = await this.db.studySessions.get(id);
    if (!before) return null;
    const certificationId = String(before.certificationId);
    await this.deleteSessionRows(certificationId, [id]);
    return { label: 'Delete study session', undo: () => this.putSessionRows(certificationId, [before]) };
  }
}
