import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CertificationsRepo, DamagedCertificationError } from '../../../src/data/certifications-repo';
import { EpisodesDatabase } from '../../../src/data/db';
import { manualScheduling } from '../../../src/data/derived';
import { moveModule, removeModule, setModuleStatus, studyCells, studyMinutes } from '../../../src/domain/progress';
import type { Certification, Module } from '../../../src/domain/progress';

let n = 0;
function setup(today = '2026-11-20') {
  let ids = 0;
  const db = new EpisodesDatabase(`cert-repo-test-${n++}`);
  const scheduling = manualScheduling();
  const repo = new CertificationsRepo(db, () => today, () => `id-${++ids}`, scheduling);
  return { db, repo, checks: scheduling.checks, settle: scheduling.settle };
}

const mod = (id: string, hours: number, course?: string): Module => ({
  id,
  title: `Module ${id}`,
  estimatedHours: hours,
  status: 'not-started',
  percent: 0,
  notes: '',
  ...(course ? { course } : {}),
});

const draft = (modules: Module[] = [mod('a', 2, 'One'), mod('b', 3, 'One'), mod('c', 4, 'Two')]): Certification => ({
  id: 'draft',
  name: 'Cloud ML Engineer',
  provider: 'Cloud',
  archived: false,
  createdAt: '2026-11-01',
  startDate: '2026-11-01',
  targetDate: '2027-02-01',
  modules,
});

async function created(repo: CertificationsRepo, modules?: Module[]) {
  const result = await repo.create(draft(modules));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('certifications repository', () => {
  it('stores a certification with fresh ids and reads it back whole, modules in order', async () => {
    const { repo, db } = setup();
    const cert = await created(repo);
    expect(cert.id).toBe('id-1');
    expect(cert.modules.map((m) => m.id)).toEqual(['id-2', 'id-3', 'id-4']);
    expect(await repo.get(cert.id)).toEqual(cert);
    expect(await db.modules.where('certificationId').equals(cert.id).count()).toBe(3);
    const row = await db.certifications.get(cert.id);
    expect(row).not.toHaveProperty('modules');
  });

  it('keeps order after a move and writes only the module rows that changed', async () => {
    const { repo, db } = setup();
    const cert = await created(repo);
    const moved = moveModule(cert, 2, 0);
    await repo.save(moved);
    expect((await repo.get(cert.id))?.modules.map((m) => m.title)).toEqual(['Module c', 'Module a', 'Module b']);

    const writes: string[] = [];
    db.modules.hook('creating', (key) => void writes.push(String(key)));
    db.modules.hook('updating', (_changes, key) => void writes.push(String(key)));
    const toggled = setModuleStatus(moved, moved.modules[1]!.id, 'done', '2026-11-20');
    await repo.save(toggled);
    expect(writes).toEqual([moved.modules[1]!.id]);
    expect((await repo.get(cert.id))?.modules[1]).toMatchObject({ status: 'done', percent: 100, completedOn: '2026-11-20' });
  });

  it('removes a dropped module, and the undo brings it back in its place', async () => {
    const { repo, db } = setup();
    const cert = await created(repo);
    const saved = await repo.save(removeModule(cert, cert.modules[1]!.id), 'Remove module');
    expect(saved.ok).toBe(true);
    expect(await db.modules.count()).toBe(2);
    if (saved.ok) await saved.undo.undo();
    expect(await repo.get(cert.id)).toEqual(cert);
  });

  it('refuses to save an invalid certification, with field messages', async () => {
    const { repo } = setup();
    const cert = await created(repo);
    const result = await repo.save({ ...cert, targetDate: '2026-10-01' });
    expect(result).toEqual({ ok: false, errors: { targetDate: 'The target date is before the start date.' } });
    expect((await repo.get(cert.id))?.targetDate).toBe('2027-02-01');
  });

  it('lists newest first and reports damaged rows instead of failing', async () => {
    const { repo, db } = setup();
    const first = await created(repo);
    await db.certifications.put({ id: 'broken', name: '', createdAt: '2026-11-05' });
    const list = await repo.list();
    expect(list.certifications.map((c) => c.id)).toEqual([first.id]);
    expect(list.damaged).toEqual([{ id: 'broken', message: 'name: Name cannot be empty.' }]);
    await expect(repo.get('broken')).rejects.toBeInstanceOf(DamagedCertificationError);
    expect(await repo.get('missing')).toBeUndefined();
  });

  it('archives and restores', async () => {
    const { repo } = setup();
    const cert = await created(repo);
    const archived = await repo.setArchived(cert.id, true);
    expect((await repo.get(cert.id))?.archived).toBe(true);
    if (archived.ok) await archived.undo.undo();
    expect((await repo.get(cert.id))?.archived).toBe(false);
  });

  it('logs, edits and deletes sessions, each undoable, validated against the certification', async () => {
    const { repo } = setup();
    const cert = await created(repo);
    const moduleId = cert.modules[0]!.id;
    const added = await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId, minutes: 45, note: 'labs' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await repo.sessions.listSessions(cert.id)).toEqual([added.value]);

    const edited = await repo.sessions.updateSession(cert, { ...added.value, minutes: 60 });
    expect(edited.ok).toBe(true);
    if (edited.ok) await edited.undo.undo();
    expect((await repo.sessions.listSessions(cert.id))[0]?.minutes).toBe(45);

    const undo = await repo.sessions.deleteSession(added.value.id);
    expect(await repo.sessions.listSessions(cert.id)).toEqual([]);
    await undo?.undo();
    expect(await repo.sessions.listSessions(cert.id)).toEqual([added.value]);
    await added.undo.undo();
    expect(await repo.sessions.listSessions(cert.id)).toEqual([]);
  });

  it.each([
    [{ minutes: -5 }, { minutes: 'Minutes must be more than zero.' }],
    [{ date: '2026-11-21' }, { date: 'The session date is in the future.' }],
    [{ moduleId: 'nope' }, { moduleId: 'Cloud ML Engineer has no such module.' }],
  ])('rejects a session with %o', async (change, errors) => {
    const { repo } = setup();
    const cert = await created(repo);
    const result = await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId: cert.modules[0]!.id, minutes: 30, ...change });
    expect(result).toEqual({ ok: false, errors });
  });

  it('lists sessions oldest first, skipping rows that fail to restore', async () => {
    const { repo, db } = setup();
    const cert = await created(repo);
    const moduleId = cert.modules[0]!.id;
    await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId, minutes: 30 });
    await repo.sessions.addSession(cert, { date: '2026-11-02', moduleId, minutes: 20 });
    await db.studySessions.put({ id: 'bad', certificationId: cert.id, date: '2026-11-10', moduleId, minutes: -1 });
    expect((await repo.sessions.listSessions(cert.id)).map((s) => s.date)).toEqual(['2026-11-02', '2026-11-19']);
  });

  it('reads only the sessions of a date range, both ends included, of that certification only', async () => {
    const { repo } = setup();
    const cert = await created(repo);
    const other = await created(repo);
    const moduleId = cert.modules[0]!.id;
    for (const date of ['2026-10-22', '2026-10-23', '2026-11-05', '2026-11-19', '2026-11-20']) await repo.sessions.addSession(cert, { date, moduleId, minutes: 30 });
    await repo.sessions.addSession(other, { date: '2026-11-05', moduleId: other.modules[0]!.id, minutes: 45 });
    expect((await repo.sessions.listSessionsBetween(cert.id, '2026-10-23', '2026-11-19')).map((s) => s.date)).toEqual(['2026-10-23', '2026-11-05', '2026-11-19']);
    expect((await repo.sessions.listSessionsBetween(other.id, '2026-10-23', '2026-11-19')).map((s) => s.minutes)).toEqual([45]);
    expect(await repo.sessions.listSessionsBetween(cert.id, '2026-11-06', '2026-11-18')).toEqual([]);
  });

  it('deletes a certification with its modules and sessions, and undoes the delete', async () => {
    const { repo, db } = setup();
    const cert = await created(repo);
    await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId: cert.modules[0]!.id, minutes: 30 });
    const undo = await repo.delete(cert.id);
    expect(await db.modules.count()).toBe(0);
    expect(await db.studySessions.count()).toBe(0);
    await undo.undo();
    expect(await repo.get(cert.id)).toEqual(cert);
    expect(await repo.sessions.listSessions(cert.id)).toHaveLength(1);
  });

  it('gives a second import of the same certification its own ids', async () => {
    const { repo } = setup();
    const one = await created(repo, [mod('x', 1)]);
    const two = await created(repo, [mod('x', 1)]);
    expect(one.modules[0]!.id).not.toBe(two.modules[0]!.id);
    expect((await repo.list()).certifications).toHaveLength(2);
  });

  it('returns the same objects when nothing changed, so memoized charts stay put', async () => {
    const { repo } = setup();
    const cert = await created(repo);
    await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId: cert.modules[0]!.id, minutes: 30 });
    const [a, b] = [await repo.sessions.listSessions(cert.id), await repo.sessions.listSessions(cert.id)];
    expect(b[0]).toBe(a[0]);
    expect(await repo.get(cert.id)).toBe(await repo.get(cert.id));
    const saved = await repo.save(setModuleStatus(cert, cert.modules[0]!.id, 'done', '2026-11-20'));
    expect(saved.ok).toBe(true);
    expect((await repo.get(cert.id))?.modules[0]?.status).toBe('done');
  });

  describe('certification summaries (the dashboard\'s cards, without module rows)', () => {

    it('sum the modules of every certification and follow each save, undo and delete', async () => {
      const { repo, db } = setup();
      const cert = await created(repo); // modules of 2, 3 and 4 hours
      const other = await created(repo, [mod('x', 10)]);
      // Module a done, module c half way: earned 2 + 2, left 3 + 2.
      const edited = await repo.save(setModuleStatus({ ...cert, modules: cert.modules.map((m, i) => (i === 2 ? { ...m, status: 'in-progress' as const, percent: 50 } : m)) }, cert.modules[0]!.id, 'done', '2026-11-20'));
      if (!edited.ok) throw new Error('not saved');
      const { modules: _m, ...header } = edited.value;
      expect((await repo.listSummaries()).find((c) => c.id === cert.id)).toEqual({ ...header, moduleCount: 3, totalHours: 9, earnedHours: 4, remainingHours: 5 });
      await edited.undo.undo();
      expect((await repo.listSummaries()).find((c) => c.id === cert.id)).toMatchObject({ moduleCount: 3, totalHours: 9, earnedHours: 0, remainingHours: 9 });
      const removed = await repo.save(removeModule(cert, cert.modules[2]!.id));
      if (!removed.ok) throw new Error('not saved');
      expect((await repo.listSummaries()).find((c) => c.id === cert.id)).toMatchObject({ moduleCount: 2, totalHours: 5 });
      expect((await repo.listSummaries()).map((c) => c.id)).toEqual((await repo.list()).certifications.map((c) => c.id));
      await repo.delete(other.id);
      expect(await db.aggregates.get(`hours:${other.id}`)).toBeUndefined();
      expect((await repo.listSummaries()).map((c) => c.id)).toEqual([cert.id]);
    });

    it('are drawn from the stored row, checked once later against the modules, and rebuilt when stale, damaged or missing', async () => {
      const { repo, db, checks, settle } = setup();
      const cert = await created(repo);
      // A module written behind the repository's back: the stored sums no longer match.
      await db.modules.update(cert.modules[0]!.id, { status: 'done', percent: 100 });
      expect((await repo.listSummaries())[0]).toMatchObject({ earnedHours: 0 });
      await repo.listSummaries();
      expect(checks).toHaveLength(1);
      expect(await checks[0]!()).toBe(true);
      expect((await repo.listSummaries())[0]).toMatchObject({ earnedHours: 2, remainingHours: 7 });
      expect(await repo.checkHoursSummary(cert.id)).toBe(false);
      await db.aggregates.put({ id: `hours:${cert.id}`, count: 3, cells: { totalHours: 'nine' } });
      expect((await repo.listSummaries())[0]).toMatchObject({ totalHours: 9, earnedHours: 2 });
      await db.aggregates.clear(); // a restore clears derived rows
      expect((await repo.listSummaries())[0]).toMatchObject({ moduleCount: 3, totalHours: 9, earnedHours: 2 });
      await settle();
      expect(await db.aggregates.get(`hours:${cert.id}`)).toEqual({ id: `hours:${cert.id}`, count: 3, cells: { totalHours: 9, earnedHours: 2, remainingHours: 7 } });
    });
  });

  describe('study totals (the detail view\'s one-row read)', () => {
    async function expectTotalsMatchSessions(repo: CertificationsRepo, id: string) {
      const sessions = await repo.sessions.listSessions(id);
      expect(await repo.sessions.studyTotals(id)).toEqual({ sessionCount: sessions.length, minutes: studyMinutes(studyCells(sessions)) });
    }

    it('follow every log, edit, delete and undo, and the stored row equals one rebuilt from the sessions', async () => {
      const { repo, db, settle } = setup();
      const cert = await created(repo);
      const [a, b] = cert.modules.map((m) => m.id);
      await expectTotalsMatchSessions(repo, cert.id); // builds the row for the empty log
      await settle();
      const one = await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId: a!, minutes: 45 });
      const two = await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId: a!, minutes: 15 });
      await repo.sessions.addSession(cert, { date: '2026-11-18', moduleId: b!, minutes: 30 });
      if (!one.ok || !two.ok) throw new Error('not logged');
      expect((await repo.sessions.studyTotals(cert.id)).minutes).toEqual([
        { date: '2026-11-18', moduleId: b, minutes: 30 },
        { date: '2026-11-19', moduleId: a, minutes: 60 },
      ]);
      const edited = await repo.sessions.updateSession(cert, { ...one.value, date: '2026-11-17', moduleId: b!, minutes: 50 });
      await expectTotalsMatchSessions(repo, cert.id);
      if (edited.ok) await edited.undo.undo();
      await expectTotalsMatchSessions(repo, cert.id);
      const deleted = await repo.sessions.deleteSession(two.value.id);
      await expectTotalsMatchSessions(repo, cert.id);
      await deleted?.undo();
      await two.undo.undo();
      await expectTotalsMatchSessions(repo, cert.id);
      const stored = await db.aggregates.get(`study:${cert.id}`);
      await repo.sessions.rebuildStudyTotals(cert.id);
      expect(await db.aggregates.get(`study:${cert.id}`)).toEqual(stored);
    });

    it('draw from the stored row at once, check it against the sessions once later, and rebuild a stale or missing row', async () => {
      const { repo, db, checks, settle } = setup();
      const cert = await created(repo);
      const moduleId = cert.modules[0]!.id;
      await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId, minutes: 30 });
      await repo.sessions.studyTotals(cert.id); // no row yet: computed from the sessions, row built in the background
      await settle();
      expect(await db.aggregates.get(`study:${cert.id}`)).toMatchObject({ count: 1, cells: { minutes: [30] } });
      // A row written behind the repository's back (an older app version, a bug): counts disagree.
      await db.studySessions.put({ id: 'outside', certificationId: cert.id, date: '2026-11-19', moduleId, minutes: 20, note: '' });
      expect(await repo.sessions.studyTotals(cert.id)).toEqual({ sessionCount: 1, minutes: [{ date: '2026-11-19', moduleId, minutes: 30 }] });
      expect(checks).toHaveLength(1);
      await repo.sessions.studyTotals(cert.id);
      expect(checks).toHaveLength(1); // once per certification per session
      expect(await checks[0]!()).toBe(true);
      expect(await db.aggregates.get(`study:${cert.id}`)).toMatchObject({ count: 2, cells: { minutes: [50] } });
      await expectTotalsMatchSessions(repo, cert.id);
      expect(await repo.sessions.checkStudyTotals(cert.id)).toBe(false);
      await db.aggregates.put({ id: `study:${cert.id}`, count: 2, cells: { damaged: true } });
      await expectTotalsMatchSessions(repo, cert.id);
      await db.aggregates.clear();
      await expectTotalsMatchSessions(repo, cert.id);
    });

    it("give every certification's minutes of a date window in one read, checked later like the totals", async () => {
      const { repo, db, checks, settle } = setup();
      const cert = await created(repo);
      const other = await created(repo);
      const [a, b] = cert.modules.map((m) => m.id);
      for (const [date, moduleId, minutes] of [['2026-10-01', a, 60], ['2026-10-17', a, 30], ['2026-10-18', b, 20], ['2026-10-18', b, 25], ['2026-11-20', a, 15]] as const) {
        await repo.sessions.addSession(cert, { date, moduleId: moduleId!, minutes });
      }
      await repo.sessions.addSession(other, { date: '2026-11-02', moduleId: other.modules[0]!.id, minutes: 40 });
      await repo.sessions.studyTotals(cert.id);
      await repo.sessions.studyTotals(other.id);
      await settle(); // rows built in the background
      expect(checks).toHaveLength(0);
      const recent = await repo.sessions.recentStudy('2026-10-17', '2026-11-20');
      expect(recent.get(cert.id)).toEqual([
        { date: '2026-10-17', moduleId: a, minutes: 30, certificationId: cert.id },
        { date: '2026-10-18', moduleId: b, minutes: 45, certificationId: cert.id },
        { date: '2026-11-20', moduleId: a, minutes: 15, certificationId: cert.id },
      ]);
      expect(recent.get(other.id)).toEqual([{ date: '2026-11-02', moduleId: other.modules[0]!.id, minutes: 40, certificationId: other.id }]);
      // With the first day of study ever, from before the window (a new starter's pace counts from it).
      const withStart = await repo.sessions.recentStudyWithStart('2026-10-17', '2026-11-20');
      expect(withStart.get(cert.id)?.firstDate).toBe('2026-10-01');
      expect(withStart.get(cert.id)?.sessions).toEqual(recent.get(cert.id));
      // Each row is checked against its sessions later, once per certification per session.
      expect(checks).toHaveLength(2);
      // A damaged row is left out, so the caller reads that certification's sessions instead.
      await db.aggregates.put({ id: `study:${other.id}`, count: 1, cells: { damaged: true } });
      const again = await repo.sessions.recentStudy('2026-10-17', '2026-11-20');
      expect([...again.keys()]).toEqual([cert.id]);
      expect(checks).toHaveLength(2);
    });

    it('check rows read for a date window against the sessions, once, and rebuild a stale one', async () => {
      const { repo, db, checks } = setup();
      const cert = await created(repo);
      const moduleId = cert.modules[0]!.id;
      await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId, minutes: 30 });
      await repo.sessions.rebuildStudyTotals(cert.id);
      await db.studySessions.put({ id: 'outside', certificationId: cert.id, date: '2026-11-19', moduleId, minutes: 20, note: '' });
      expect((await repo.sessions.recentStudy('2026-11-01', '2026-11-20')).get(cert.id)).toEqual([{ date: '2026-11-19', moduleId, minutes: 30, certificationId: cert.id }]);
      await repo.sessions.recentStudy('2026-11-01', '2026-11-20');
      expect(checks).toHaveLength(1);
      expect(await checks[0]!()).toBe(true);
      expect((await repo.sessions.recentStudy('2026-11-01', '2026-11-20')).get(cert.id)).toEqual([{ date: '2026-11-19', moduleId, minutes: 50, certificationId: cert.id }]);
    });

    it('count damaged rows but do not sum them', async () => {
      const { repo, db } = setup();
      const cert = await created(repo);
      const moduleId = cert.modules[0]!.id;
      await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId, minutes: 30 });
      await db.studySessions.put({ id: 'bad', certificationId: cert.id, date: '2026-11-10', moduleId, minutes: -1 });
      expect(await repo.sessions.studyTotals(cert.id)).toEqual({ sessionCount: 2, minutes: [{ date: '2026-11-19', moduleId, minutes: 30 }] });
    });

    it('go with a deleted certification and come back with its undo', async () => {
      const { repo, db, settle } = setup();
      const cert = await created(repo);
      await repo.sessions.addSession(cert, { date: '2026-11-19', moduleId: cert.modules[0]!.id, minutes: 30 });
      await repo.sessions.studyTotals(cert.id);
      await settle();
      const undo = await repo.delete(cert.id);
      expect(await db.aggregates.get(`study:${cert.id}`)).toBeUndefined();
      await undo.undo();
      expect(await db.aggregates.get(`study:${cert.id}`)).toMatchObject({ count: 1 });
      await expectTotalsMatchSessions(repo, cert.id);
    });

    it('page the study log newest first', async () => {
      const { repo } = setup();
      const cert = await created(repo);
      const moduleId = cert.modules[0]!.id;
      for (const date of ['2026-11-02', '2026-11-19', '2026-11-10', '2026-11-05']) await repo.sessions.addSession(cert, { date, moduleId, minutes: 30 });
      expect((await repo.sessions.recentSessions(cert.id, 3)).map((s) => s.date)).toEqual(['2026-11-19', '2026-11-10', '2026-11-05']);
    });
  });
});
