// Certifications and their modules in IndexedDB (their study sessions: study-sessions-repo.ts).
//
// Modules live in their own table (one row per module, with certificationId and `order`) rather
// than embedded in the certification row: schema v1 already indexes [certificationId+order], and
// the checklist's most frequent edit (a status toggle or a percent) then rewrites one small row
// instead of a 200-module document. Saves diff the stored rows so only changed modules are written,
// and the certification is reassembled in `order` and passed through restoreCertification on load.
// Every mutation returns an Undo that puts back exactly what was there before.
import { restoreCertification } from '../domain/progress';
import type { Certification, CertificationSummary, FieldErrors, IsoDate } from '../domain/progress';
import { assembledRow, firstMessage, modulesOf, RestoreCache, type ModuleRow } from './certification-rows';
import type { EpisodesDatabase } from './db';
import { appScheduling, DerivedRows, type Scheduling } from './derived';
import { hoursOf, hoursRow, summaryOf } from './derived/hours-row';
import { studyRow } from './derived/study-row';
import type { Row } from './rows';
import { StudySessionsRepo } from './study-sessions-repo';

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

function sameRow(a: Row | undefined, b: ModuleRow): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== (b as unknown as Row)[key]) return false;
  return true;
}

const newestFirst = (a: { createdAt: string; name: string }, b: { createdAt: string; name: string }) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name);

export class CertificationsRepo {
  private readonly certCache = new RestoreCache<ReturnType<typeof restoreCertification>>(200);
  private readonly derived: DerivedRows;
  /** The certifications' study sessions and their per-day totals. */
  readonly sessions: StudySessionsRepo;

  constructor(
    private readonly db: EpisodesDatabase,
    private readonly today: () => IsoDate,
    private readonly newId: () => string = () => crypto.randomUUID(),
    scheduling: Scheduling = appScheduling,
  ) {
    this.derived = new DerivedRows(db, scheduling);
    this.sessions = new StudySessionsRepo(db, today, newId, this.derived);
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
    return { certifications: certifications.sort(newestFirst), damaged };
  }

  /**
   * Every certification that restores, without its modules but with their hours summed, newest
   * first: the dashboard's cards. The sums come from one derived row per certification, kept by
   * every write in the same transaction, instead of every module row (980 rows for ten paths:
   * ~55 ms to read in Chromium, the slowest read of the app's start).
   */
  async listSummaries(): Promise<CertificationSummary[]> {
    const [rows, sums] = await Promise.all([this.db.certifications.toArray(), this.derived.readAll(hoursRow)]);
    const out = await Promise.all(
      rows.map(async (row): Promise<CertificationSummary | null> => {
        // The row's own fields, checked as get() checks them (no modules: the fast path, no cache).
        const restored = restoreCertification({ ...row, modules: [] }, { today: this.today() });
        if (!restored.ok) return null;
        const { modules: _none, ...header } = restored.value;
        const stored = sums.get(header.id) ?? (await this.derived.read(hoursRow, header.id));
        return stored ? { ...header, ...summaryOf(stored) } : null;
      }),
    );
    return out.filter((c): c is CertificationSummary => c !== null).sort(newestFirst);
  }

  /** Compares the stored sums with the modules and rebuilds them when they differ. True when it had to. */
  checkHoursSummary(id: string): Promise<boolean> {
    return this.derived.check(hoursRow, id);
  }

  rebuildHoursSummary(id: string): Promise<void> {
    return this.derived.rebuild(hoursRow, id);
  }

  /** undefined when there is no such certification; throws DamagedCertificationError for a bad row. */
  async get(id: string): Promise<Certification | undefined> {
    const [row, modules] = await Promise.all([this.db.certifications.get(id), modulesOf(this.db, id).toArray()]);
    if (!row) return undefined;
    const restored = this.assemble(row, modules);
    if (!restored.ok) throw new DamagedCertificationError(id, firstMessage(restored.errors));
    return restored.value;
  }

  private assemble(row: Row, moduleRows: Row[]) {
    const raw = assembledRow(row, moduleRows);
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
    const sessions = await this.sessions.rows(id);
    await this.deleteNow(id);
    return {
      label: `Delete ${cert.name}`,
      undo: async () => {
        await this.write(cert);
        await this.db.studySessions.bulkPut(sessions);
        await this.sessions.rebuildStudyTotals(id);
      },
    };
  }

  private async deleteNow(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.certifications, this.db.modules, this.db.studySessions, this.db.aggregates], async () => {
      await this.db.certifications.delete(id);
      await this.db.modules.where('certificationId').equals(id).delete();
      await this.db.studySessions.where('certificationId').equals(id).delete();
      await this.db.aggregates.bulkDelete([studyRow.id(id), hoursRow.id(id)]);
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
      await this.db.aggregates.put(hoursOf(cert));
    });
  }
}
