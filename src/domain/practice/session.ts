// Planning a practice session: which problems to ask, in which order, with which seeds.
import { generatorTopicIds } from './generators';
import type { ReviewCardRecord } from './scheduling';

export type SessionMode = 'topics' | 'due' | 'mixed';

export type SessionItem = { kind: 'generator'; topic: string; seed: number } | { kind: 'concept'; questionId: string };

export interface SessionPlanInput {
  mode: SessionMode;
  count: number;
  /** Generator topics chosen (mode 'topics'; all topics when empty). */
  topics: readonly string[];
  /** Session seed: the same seed plans the same session. */
  seed: number;
  /** Cards due now, most overdue first (modes 'due' and 'mixed'). */
  due: readonly ReviewCardRecord[];
  /** Concept question ids available for 'mixed'. */
  conceptIds: readonly string[];
}

/** The seed of the i-th problem of a session (a 32-bit mix, stable across versions). */
export function itemSeed(sessionSeed: number, index: number): number {
  let h = Math.imul((sessionSeed | 0) ^ 0x5bd1e995, 0x9e3779b1) + index * 0x6d2b79f5;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 1;
}

function fromCard(card: ReviewCardRecord, seed: number): SessionItem {
  return card.kind === 'generator' ? { kind: 'generator', topic: card.ref, seed } : { kind: 'concept', questionId: card.ref };
}

/** Picks `n` of `items` pseudo-randomly but deterministically for `seed`. */
function rotate<T>(items: readonly T[], seed: number): T[] {
  if (items.length === 0) return [];
  const start = seed % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

export function planSession(input: SessionPlanInput): SessionItem[] {
  const count = Math.max(1, Math.min(50, Math.floor(input.count)));
  const topics = input.topics.filter((t) => generatorTopicIds.includes(t));
  const pool = topics.length > 0 ? topics : generatorTopicIds;
  const seedAt = (i: number) => itemSeed(input.seed, i);
  if (input.mode === 'topics') {
    const order = rotate(pool, seedAt(-1));
    return Array.from({ length: count }, (_, i) => ({ kind: 'generator', topic: order[i % order.length]!, seed: seedAt(i) }));
  }
  const items: SessionItem[] = input.due.slice(0, count).map((card, i) => fromCard(card, seedAt(i)));
  if (input.mode === 'due') return items;
  // Mixed: what is due first, then alternate generator topics and concept questions.
  const generatorsLeft = rotate(pool, seedAt(-1)).filter((t) => !items.some((it) => it.kind === 'generator' && it.topic === t));
  const conceptsLeft = rotate(input.conceptIds, seedAt(-2)).filter((q) => !items.some((it) => it.kind === 'concept' && it.questionId === q));
  let g = 0;
  let c = 0;
  // Generated problems may repeat a topic (each with new numbers); concept questions never repeat.
  while (items.length < count) {
    const i = items.length;
    const conceptAvailable = c < conceptsLeft.length;
    if (!conceptAvailable && generatorsLeft.length === 0) break;
    if ((i % 2 === 1 && conceptAvailable) || generatorsLeft.length === 0) {
      items.push({ kind: 'concept', questionId: conceptsLeft[c++]! });
    } else {
      items.push({ kind: 'generator', topic: generatorsLeft[g++ % generatorsLeft.length]!, seed: seedAt(i) });
    }
  }
  return items;
}
