import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { InspirationsRepo } from '../../../src/data/inspirations-store';
import { parseEpisode } from '../../../src/domain/episode';

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

  it('lists the inspirations of episodes’ “People who inspired me” sections with the added ones, newest first, examples left out', async () => {
    const db = new EpisodesDatabase('inspirations-listed-test');
    let ids = 0;
    const episodes = new EpisodesRepo(db, () => 1, () => `e${++ids}`);
    const repo = new InspirationsRepo(db, () => 2, () => 'added');
    const post = (week: string, people: string) => parseEpisode(`---\ntitle: "Week ${week}"\nweek: ${week}\n---\n## Project Log\n- a bullet\n\n## People who inspired me\n${people}`);
    await episodes.create(post('2026-W47', '- Amara, who asked why\n'));
    await episodes.create(post('2026-W48', '- [Lena](https://example.com) (talk): CUPED\n- Sam\n'));
    const example = await episodes.create(post('2026-W49', '- An example person\n'));
    await db.settings.put({ key: 'starter-episode-ids', value: [example.id] });
    await repo.add({ name: 'Sam', date: '2026-11-26' }); // 2026-W48, also listed in that week's episode
    const all = await repo.listAll();
    expect(all.map((i) => [i.name, i.date, 'episode' in i ? i.episode.title : 'added'])).toEqual([
      ['Sam', '2026-11-26', 'added'],
      ['Lena', '2026-11-23', 'Week 2026-W48'],
      ['Amara', '2026-11-16', 'Week 2026-W47'],
    ]);
    // The dashboard reads only the newest episodes.
    expect((await repo.listed(1)).map((i) => i.name)).toEqual(['Lena', 'Sam']);
  });
});
