import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { InspirationsRepo } from '../../../src/data/inspirations-store';

describe('inspirations repository', () => {
  it('adds valid entries, refuses invalid ones with field messages, lists newest first, and removes with undo', async () => {
    let id = 0;
    const db = new EpisodesDatabase('inspirations-test');
    const repo = new InspirationsRepo(db, () => 1, () => `i${++id}`);
    expect(await repo.add({ name: 'Talk on CUPED', kind: 'talk', date: '2026-11-20', link: 'https://example.com/cuped' })).toMatchObject({ ok: true });
    expect(await repo.add({ name: 'Chip Huyen', date: '2026-11-25' })).toMatchObject({ ok: true });
    expect(await repo.add({ name: '', date: '2026-11-25' })).toEqual({ ok: false, errors: { name: 'Give a name: who or what inspired you.' } });
    await db.inspirations.put({ id: 'broken', name: 42 });
    expect((await repo.list()).map((i) => i.name)).toEqual(['Chip Huyen', 'Talk on CUPED']);
    const removed = await repo.remove('i1');
    expect((await repo.list()).map((i) => i.id)).toEqual(['i2']);
    await repo.put(removed!);
    expect((await repo.list()).map((i) => i.id)).toEqual(['i2', 'i1']);
  });
});
