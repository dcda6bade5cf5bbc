import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { manualScheduling } from '../../../src/data/derived';
import { CertificationsRepo } from '../../../src/data/certifications-repo';
import { EpisodesDatabase, LATEST_SCHEMA_VERSION, schemaHistory } from '../../../src/data/db';

let counter = 0;
const freshName = () => `episodes-test-${Date.now()}-${counter++}`;

describe('database schema', () => {
  it('numbers its versions in order, each with a note', () => {
    expect(schemaHistory.map((s) => s.version)).toEqual(schemaHistory.map((_, i) => i + 1));
    expect(schemaHistory.every((s) => s.note.length > 10)).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(schemaHistory.length);
  });

  it('creates every table the features need', async () => {
    const db = new EpisodesDatabase(freshName());
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['aggregates', 'attachments', 'certifications', 'episodeBodies', 'episodes', 'fileLinks', 'inspirations', 'modules', 'practiceAttempts', 'reviewCards', 'savedCalculations', 'settings', 'snapshots', 'studySessions', 'tags'].sort(),
    );
    db.close();
  });

  it('upgrades a version-1 database that holds data without losing any of it', async () => {
    const name = freshName();
    const v1 = new EpisodesDatabase(name, { upTo: 1 });
    // Version 1 kept the whole episode, body included, in one row.
    await v1.table('episodes').bulkAdd([
      {
        id: 'e1',
        title: 'Episode 1: Getting started',
        weekOf: '2026-01-05',
        number: 1,
        tags: ['mlops'],
        updatedAt: 1,
        status: 'draft',
        body: '## Course Progress\nFinished module 1.\n',
        sections: [{ heading: 'Course Progress', kind: 'course', markdown: 'Finished module 1.\n' }],
        frontmatter: { mood: 'good' },
      },
      { id: 'e2', title: 'Episode 2: Feature stores', weekOf: '2026-01-12', number: 2, tags: [], updatedAt: 2, status: 'published', body: 'Short week.', sections: [], frontmatter: {} },
    ]);
    await v1.settings.put({ key: 'theme', value: 'dark' });
    await v1.certifications.add({ id: 'c1', name: 'Cloud ML Engineer', archived: 0, createdAt: 1 });
    await v1.studySessions.bulkAdd([
      { id: 's1', certificationId: 'c1', moduleId: 'm1', date: '2026-01-05', minutes: 45, note: '' },
      { id: 's2', certificationId: 'c1', moduleId: 'm1', date: '2026-01-05', minutes: 15, note: '' },
    ]);
    v1.close();

    const latest = new EpisodesDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    const episodes = await latest.episodes.orderBy('number').toArray();
    expect(episodes.map((e) => [e.id, e.title, e.deletedAt])).toEqual([
      ['e1', 'Episode 1: Getting started', 0],
      ['e2', 'Episode 2: Feature stores', 0],
    ]);
    // Version 2's index answers queries for live episodes.
    expect(await latest.episodes.where('deletedAt').equals(0).count()).toBe(2);
    // Version 3 moved bodies to their own table, leaving small rows that index their section kinds.
    expect(episodes[0]).not.toHaveProperty('body');
    expect(await latest.episodeBodies.get('e1')).toEqual({
      id: 'e1',
      body: '## Course Progress\nFinished module 1.\n',
      frontmatter: { mood: 'good' },
      sections: [{ heading: 'Course Progress', kind: 'course', markdown: 'Finished module 1.\n' }],
    });
    expect(await latest.episodeBodies.get('e2')).toMatchObject({ body: 'Short week.' });
    expect(await latest.episodes.where('sectionKinds').equals('course').primaryKeys()).toEqual(['e1']);
    expect(await latest.episodes.where('tags').equals('mlops').primaryKeys()).toEqual(['e1']);
    expect(await latest.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(await latest.certifications.get('c1')).toMatchObject({ name: 'Cloud ML Engineer' });
    // Version 5's aggregates start empty and are built from the sessions on first read.
    expect(await latest.aggregates.count()).toBe(0);
    const scheduling = manualScheduling();
    const repo = new CertificationsRepo(latest, () => '2026-11-26', undefined, scheduling);
    expect(await repo.sessions.studyTotals('c1')).toEqual({ sessionCount: 2, minutes: [{ date: '2026-01-05', moduleId: 'm1', minutes: 60 }] });
    await scheduling.settle();
    expect(await latest.aggregates.get('study:c1')).toMatchObject({ count: 2 });
    latest.close();
  });
});
