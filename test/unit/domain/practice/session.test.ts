import { describe, expect, it } from 'vitest';
import { newReviewCard } from '../../../../src/domain/practice/scheduling';
import { itemSeed, planSession } from '../../../../src/domain/practice/session';

const base = { count: 6, topics: [] as string[], seed: 42, due: [], conceptIds: ['q1', 'q2', 'q3'] };

describe('planSession', () => {
  it('cycles through the chosen topics with a fresh seed per problem, the same for the same seed', () => {
    const plan = planSession({ ...base, mode: 'topics', topics: ['power', 'mde', 'not-a-topic'] });
    expect(plan).toHaveLength(6);
    expect(new Set(plan.map((i) => (i.kind === 'generator' ? i.topic : '')))).toEqual(new Set(['power', 'mde']));
    expect(new Set(plan.map((i) => (i.kind === 'generator' ? i.seed : 0))).size).toBe(6);
    expect(planSession({ ...base, mode: 'topics', topics: ['power', 'mde'] })).toEqual(plan);
  });

  it('asks only what is due in due mode', () => {
    const due = [newReviewCard('concept', 'q2', 'srm', 0), newReviewCard('generator', 'power', 'power', 0)];
    expect(planSession({ ...base, mode: 'due', due })).toEqual([
      { kind: 'concept', questionId: 'q2' },
      { kind: 'generator', topic: 'power', seed: itemSeed(42, 1) },
    ]);
    expect(planSession({ ...base, mode: 'due' })).toEqual([]);
  });

  it('puts due cards first in mixed mode, then alternates problems and concept questions without repeats', () => {
    const due = [newReviewCard('concept', 'q2', 'srm', 0)];
    const plan = planSession({ ...base, mode: 'mixed', due });
    expect(plan[0]).toEqual({ kind: 'concept', questionId: 'q2' });
    expect(plan.map((i) => i.kind)).toEqual(['concept', 'concept', 'generator', 'concept', 'generator', 'generator']);
    const concepts = plan.flatMap((i) => (i.kind === 'concept' ? [i.questionId] : []));
    expect(new Set(concepts).size).toBe(concepts.length);
  });

  it('clamps the count to 1..50', () => {
    expect(planSession({ ...base, mode: 'topics', count: 0 })).toHaveLength(1);
    expect(planSession({ ...base, mode: 'topics', count: 500 })).toHaveLength(50);
  });
});
