// Every kind of derived row, one mechanism: what the repositories keep up write by write equals
// what a full rebuild from the source tables gives (a restore's rebuild), kind by kind.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CertificationsRepo } from '../../../src/data/certifications-repo';
import { EpisodesDatabase } from '../../../src/data/db';
import { allDerivedKinds, derivedSources, manualScheduling, rebuildAll } from '../../../src/data/derived';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { PracticeRepo } from '../../../src/data/practice-repo';
import { parseEpisode } from '../../../src/domain/episode';
import { setModuleStatus, type Certification } from '../../../src/domain/progress';

const cert = (name: string): Certification => ({
  id: 'draft',
  name,
  provider: 'Cloud',
  archived: false,
  createdAt: '2026-11-01',
  startDate: '2026-11-01',
  targetDate: '2027-02-01',
  modules: [
    { id: 'a', title: 'Feature stores', estimatedHours: 2, status: 'not-started', percent: 0, notes: '' },
    { id: 'b', title: 'Pipelines', estimatedHours: 3.5, status: 'not-started', percent: 0, notes: '' },
  ],
});

describe('derived rows', () => {
  it('kept up write by write equal a rebuild of every kind from the sources', async () => {
    const db = new EpisodesDatabase(`derived-${Date.now()}`);
    const scheduling = manualScheduling();
    let ids = 0;
    const newId = () => `id-${++ids}`;
    const certs = new CertificationsRepo(db, () => '2026-11-20', newId, scheduling);
    const practice = new PracticeRepo(db, newId, scheduling);
    const episodes = new EpisodesRepo(db, () => 1_000 + ids, newId, scheduling);
    // Rows exist from the first reads, so every later write moves them by its change.
    const one = await certs.create(cert('Cloud ML Engineer'));
    const two = await certs.create(cert('Data Engineer'));
    if (!one.ok || !two.ok) throw new Error('not created');
    for (const c of [one.value, two.value]) await certs.sessions.studyTotals(c.id);
    await practice.totals();
    await episodes.liveWeeks();
    await scheduling.settle();

    await certs.sessions.addSession(one.value, { date: '2026-11-18', moduleId: one.value.modules[0]!.id, minutes: 45 });
    const logged = await certs.sessions.addSession(one.value, { date: '2026-11-19', moduleId: one.value.modules[1]!.id, minutes: 30 });
    await certs.sessions.addSession(two.value, { date: '2026-11-19', moduleId: two.value.modules[0]!.id, minutes: 20 });
    if (logged.ok) await certs.sessions.updateSession(one.value, { ...logged.value, minutes: 50 });
    await certs.save(setModuleStatus(one.value, one.value.modules[0]!.id, 'done', '2026-11-19'));
    await practice.recordAttempt({ kind: 'generator', ref: 'power', topic: 'power', seed: 1, answer: '0.8', correct: true, seconds: 40, mistake: null }, Date.UTC(2026, 10, 18, 9));
    await practice.recordAttempt({ kind: 'generator', ref: 'mde', topic: 'mde', seed: 2, answer: '0.1', correct: false, seconds: 75, mistake: null }, Date.UTC(2026, 10, 19, 9));
    const kept = await episodes.create(parseEpisode('---\ntitle: "Episode 1"\nweek: 2026-W47\nstatus: draft\n---\nWords.\n'));
    const trashed = await episodes.create(parseEpisode('---\ntitle: "Episode 2"\nweek: 2026-W48\nstatus: draft\n---\nMore.\n'));
    await episodes.trash(trashed.id);

    const keptUp = await db.aggregates.orderBy('id').toArray();
    expect(keptUp.map((row) => row.id)).toEqual(['hours:id-1', 'hours:id-4', 'live-weeks', 'practice', 'study:id-1', 'study:id-4']);
    await db.transaction('rw', derivedSources(db, allDerivedKinds), async () => {
      await rebuildAll(db, allDerivedKinds);
    });
    const rebuilt = await db.aggregates.orderBy('id').toArray();
    expect(rebuilt).toEqual(keptUp);
    // Figures a person sees, from the rows: 95 minutes logged for the first path, one live episode.
    expect((await certs.sessions.studyTotals(one.value.id)).minutes.reduce((sum, m) => sum + m.minutes, 0)).toBe(95);
    expect((await certs.listSummaries()).find((c) => c.id === one.value.id)).toMatchObject({ totalHours: 5.5, earnedHours: 2 });
    expect((await episodes.liveWeeks()).map((w) => w.id)).toEqual([kept.id]);
  });

  it('a check that finds its row agrees leaves it alone, and one that finds it gone rebuilds it (no sleeping: the test runs the checks)', async () => {
    const db = new EpisodesDatabase(`derived-check-${Date.now()}`);
    const scheduling = manualScheduling();
    const practice = new PracticeRepo(db, () => 'a1', scheduling);
    await practice.recordAttempt({ kind: 'generator', ref: 'power', topic: 'power', seed: 1, answer: '0.8', correct: true, seconds: 40, mistake: null }, Date.UTC(2026, 10, 18, 9));
    await practice.totals(); // no row: built for this answer, a rebuild scheduled
    expect(scheduling.rebuilds).toHaveLength(1);
    await scheduling.settle();
    expect(await db.aggregates.get('practice')).toMatchObject({ count: 1 });
    await practice.totals(); // the stored row: its check scheduled, once
    await practice.totals();
    expect(scheduling.checks).toHaveLength(1);
    expect(await scheduling.checks[0]!()).toBe(false);
  });
});
