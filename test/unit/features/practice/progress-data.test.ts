import { describe, expect, it } from 'vitest';
import type { ReviewCardRecord } from '../../../../src/domain/practice/scheduling';
import { cardIdsByTopic, dueTopicsText, nextDueByTopic } from '../../../../src/features/practice/progress-data';

const card = (id: string, topic: string, due: number) => ({ id, topic, due }) as unknown as ReviewCardRecord;

describe('cards by topic (the review history and the next review of a topic row)', () => {
  const cards = [card('gen:srm', 'srm', 300), card('concept:srm-q1', 'srm', 100), card('gen:power', 'power', 200)];

  it('gathers every card of a topic, generator and concept alike', () => {
    expect(Object.fromEntries(cardIdsByTopic(cards))).toEqual({ srm: ['gen:srm', 'concept:srm-q1'], power: ['gen:power'] });
  });

  it('takes the earliest due time of a topic', () => {
    expect(Object.fromEntries(nextDueByTopic(cards))).toEqual({ srm: 100, power: 200 });
  });
});

describe('dueTopicsText: topic names, never ids', () => {
  it.each([
    [[{ topic: 'oec-guardrails' }, { topic: 'srm' }, { topic: 'srm' }], 'OEC and guardrail metrics, Sample ratio mismatch'],
    [[{ topic: 'z-test-p-value' }], 'Two-proportion z-test p-value'],
    [[{ topic: 'a-topic-from-an-older-version' }], 'A topic from an older version'],
    [['srm', 'p-values', 'power-mde', 'aa-tests', 'interference'].map((topic) => ({ topic })), 'Sample ratio mismatch, What a p-value is and is not, Power and MDE trade-offs, A/A tests…'],
  ])('%j', (cards, expected) => {
    expect(dueTopicsText(cards)).toBe(expected);
  });
});
