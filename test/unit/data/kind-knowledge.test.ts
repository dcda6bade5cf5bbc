// The person's section-kind knowledge, stored and loaded against real IndexedDB semantics.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EpisodesDatabase } from '../../../src/data/db';
import { EpisodesRepo } from '../../../src/data/episodes-repo';
import { loadKindKnowledge, readKindCorrections, rememberKindCorrection, restoreKindCorrections } from '../../../src/data/kind-knowledge';
import { importText, parseEpisode } from '../../../src/domain/episode';

let n = 0;
const setup = () => {
  const db = new EpisodesDatabase(`kind-knowledge-${n++}`);
  let ids = 0;
  return { db, repo: new EpisodesRepo(db, () => Date.UTC(2026, 10, 26), () => `ep-${++ids}`) };
};

describe('kind corrections', () => {
  it.each([
    [undefined, {}],
    ['garbage', {}],
    [{ 'project log': 'project', x: 'nonsense', '': 'course' }, { 'project log': 'project' }],
  ])('restores %o', (raw, expected) => {
    expect(restoreKindCorrections(raw)).toEqual(expected);
  });

  it('remembers the latest choice for a heading, under its normalized form', async () => {
    const { db } = setup();
    await rememberKindCorrection('Multi-touch Attribution Model', 'notes', db);
    await rememberKindCorrection('Multi-touch  attribution model!', 'project', db);
    expect(await readKindCorrections(db)).toEqual({ 'multi touch attribution model': 'project' });
  });

  it('next week’s import with the heading gets the remembered kind, and the heading history and classifier come from the person’s episodes', async () => {
    const { db, repo } = setup();
    await rememberKindCorrection('Multi-touch Attribution Model', 'project', db);
    await repo.create(parseEpisode('---\ntitle: Episode 1\nweek: 2026-W46\n---\n## Odds and ends\n<!-- kind: inspiration -->\nThanks Amara.\n'));
    const knowledge = await loadKindKnowledge(db);
    expect(knowledge.history).toEqual({ 'odds and ends': 'inspiration' });
    const draft = importText('Episode 2\n\nMulti-touch Attribution Model\nPaths and credit per channel.\n\nOdds and ends\nA podcast.\n', { knowledge });
    expect(draft.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Multi-touch Attribution Model', 'project'],
      ['Odds and ends', 'inspiration'],
    ]);
  });

  it('leaves the shipped example episodes out of what it learns from', async () => {
    const { db, repo } = setup();
    const example = await repo.create(parseEpisode('---\ntitle: Example\nweek: 2026-W45\n---\n## Odds and ends\n<!-- kind: course -->\nx\n'));
    await db.settings.put({ key: 'starter-episode-ids', value: [example.id] });
    expect((await loadKindKnowledge(db)).history).toEqual({});
  });
});
