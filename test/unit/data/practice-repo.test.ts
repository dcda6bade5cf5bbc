import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { manualScheduling } from '../../../src/data/derived';
import { EpisodesDatabase } from '../../../src/data/db';
import { PracticeRepo, type AttemptInput } from '../../../src/data/practice-repo';
import { practiceCells } from '../../../src/domain/practice/progress';

let n = 0;
function setup() {
  let ids = 0;
  const db = new EpisodesDatabase(`practice-repo-test-${n++}`);
  const scheduling = manualScheduling();
  return { db, repo: new PracticeRepo(db, () => `att-${++ids}`, scheduling), checks: scheduling.checks, settle: scheduling.settle };
}

/** A row written behind the repository's back (an older version, a bug), whatever its shape. */
const putRaw = (db: EpisodesDatabase, table: string, row: object) => db.table(table).put(row);

const T0 = Date.UTC(2026, 10, 16, 9);
const input = (over: Partial<AttemptInput> = {}): AttemptInput => ({
  kind: 'generator',
  ref: 'power',
  topic: 'power',
  seed: 7,
  answer: '0.42',
  correct: true,
  seconds: 90,
  mistake: null,
  ...over,
});

describe('PracticeRepo', () => {
  it('records an attempt, creates the card and schedules it by FSRS', async () => {
    const { repo } = setup();
    const r = await repo.recordAttempt(input(), T0);
    expect(r.before).toBeNull();
    expect(r.attempt).toMatchObject({ id: 'att-1', cardId: 'gen:power', rating: 3, answeredAt: T0, dueAfter: r.card.due, seed: 7, questionId: null });
    expect(r.card).toMatchObject({ id: 'gen:power', kind: 'generator', reps: 1 });
    expect(r.card.due).toBeGreaterThan(T0);
    expect((await repo.listAttempts()).rows).toEqual([r.attempt]);
    expect(await repo.getCard('gen:power')).toEqual(r.card);
  });

  it('moves the due date with each review and keeps the history', async () => {
    const { repo } = setup();
    const first = await repo.recordAttempt(input({ seconds: 30 }), T0);
    const second = await repo.recordAttempt(input({ correct: false, mistake: 'one-sided' }), first.card.due);
    expect(second.before).toEqual(first.card);
    expect(second.attempt.rating).toBe(1);
    expect(second.card.lapses).toBe(1);
    expect(second.card.due - first.card.due).toBeLessThan(86_400_000);
    const history = await repo.history('gen:power');
    expect(history.map((a) => a.rating)).toEqual([4, 1]);
    expect(history[1]!.mistake).toBe('one-sided');
  });

  it('reads the attempts of a time range, start included and end excluded', async () => {
    const { repo } = setup();
    const week = 7 * 86_400_000;
    await repo.recordAttempt(input({ seed: 1 }), T0 - 1);
    await repo.recordAttempt(input({ seed: 2 }), T0);
    await repo.recordAttempt(input({ seed: 3 }), T0 + week - 1);
    await repo.recordAttempt(input({ seed: 4 }), T0 + week);
    expect((await repo.listAttemptsBetween(T0, T0 + week)).rows.map((a) => a.seed)).toEqual([2, 3]);
  });

  it('lists what is due, most overdue first', async () => {
    const { repo } = setup();
    await repo.recordAttempt(input({ ref: 'mde', topic: 'mde', correct: false }), T0);
    await repo.recordAttempt(input({ kind: 'concept', ref: 'srm-q1', topic: 'srm', seed: null, correct: false, seconds: 5 }), T0 + 1000);
    expect(await repo.due(T0)).toEqual([]);
    const due = await repo.due(T0 + 3_600_000);
    expect(due.map((c) => c.id)).toEqual(['gen:mde', 'concept:srm-q1']);
    const attempts = (await repo.listAttempts()).rows;
    expect(attempts[1]).toMatchObject({ kind: 'concept', questionId: 'srm-q1', topic: 'srm' });
  });

  it('validates everything it loads: damaged rows are skipped and counted', async () => {
    const { db, repo } = setup();
    await repo.recordAttempt(input(), T0);
    await putRaw(db, 'practiceAttempts', { id: 'bad', cardId: 'gen:power', topic: 'power', answeredAt: 'yesterday' });
    await putRaw(db, 'reviewCards', { id: 'gen:broken', due: 5, kind: 'generator' });
    expect(await repo.listAttempts()).toMatchObject({ rows: [{ id: 'att-1' }], rejected: 1 });
    expect(await repo.listCards()).toMatchObject({ rows: [{ id: 'gen:power' }], rejected: 1 });
    expect(await repo.getCard('gen:broken')).toBeNull();
    // A damaged card starts over instead of blocking practice.
    const r = await repo.recordAttempt(input({ ref: 'broken', topic: 'power' }), T0);
    expect(r.before).toBeNull();
    expect(r.card.reps).toBe(1);
  });

  it('keeps per-day totals in step with every answer, rebuilt when stale, damaged rows counted apart', async () => {
    const { db, repo, checks, settle } = setup();
    expect(await repo.totals()).toEqual({ cells: practiceCells([]), rejected: 0 });
    await settle();
    await repo.recordAttempt(input(), T0);
    await repo.recordAttempt(input({ correct: false, seconds: 30.5 }), T0 + 60_000);
    await repo.recordAttempt(input({ ref: 'mde', topic: 'mde' }), T0 + 86_400_000);
    const stored = await db.aggregates.get('practice');
    expect(stored).toMatchObject({ count: 3 });
    expect((await repo.totals()).cells).toEqual(practiceCells((await repo.listAttempts()).rows));
    expect((await repo.totals()).cells.attempts).toEqual([2, 1]);
    // Written behind the repository's back: the row is drawn from at once, and the one check made
    // per session (after the screen has drawn) finds the count differs and rebuilds it.
    await putRaw(db, 'practiceAttempts', { id: 'bad', cardId: 'gen:power', topic: 'power', answeredAt: 'yesterday' });
    expect(await repo.totals()).toEqual({ cells: stored?.cells, rejected: 0 });
    expect(checks).toHaveLength(1);
    expect(await checks[0]!()).toBe(true);
    expect(await db.aggregates.get('practice')).toMatchObject({ count: 4 });
    expect(await repo.totals()).toEqual({ cells: practiceCells((await repo.listAttempts()).rows), rejected: 1 });
    expect(checks).toHaveLength(1);
    expect(await repo.checkTotals()).toBe(false);
    await repo.rebuildTotals();
    expect((await db.aggregates.get('practice'))?.cells).toEqual(stored?.cells);
  });
});
