// A seeded random source for problem generators (pure-rand's xoroshiro128+): the same seed always
// draws the same numbers, so a problem can be rebuilt from (topic, seed) alone.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** Whole number in [from, to], both included. */
  int(from: number, to: number): number;
  /** Float in [from, to). */
  float(from: number, to: number): number;
  /** Float in [from, to), rounded to `decimals` places. */
  round(from: number, to: number, decimals: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A whole number in [from, to], uniform on the log scale (visitors, sample sizes). */
  logInt(from: number, to: number): number;
  shuffle<T>(items: readonly T[]): T[];
}

/** splitmix32: spreads nearby seeds apart (xoroshiro's first outputs for seeds 1, 2, 3 are nearly equal). */
function mixSeed(seed: number): number {
  let z = (seed | 0) + 0x9e3779b9;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

export function createRng(seed: number): Rng {
  const gen = xoroshiro128plus(mixSeed(seed));
  // Discard a few outputs so the first draws are well mixed.
  for (let i = 0; i < 4; i++) gen.next();
  const float = (from: number, to: number) => from + (to - from) * uniformFloat64(gen);
  const rng: Rng = {
    int: (from, to) => uniformInt(gen, from, to),
    float,
    round: (from, to, decimals) => {
      const f = 10 ** decimals;
      return Math.min(to, Math.max(from, Math.round(float(from, to) * f) / f));
    },
    pick: (items) => items[uniformInt(gen, 0, items.length - 1)]!,
    chance: (p) => uniformFloat64(gen) < p,
    logInt: (from, to) => Math.round(Math.exp(float(Math.log(from), Math.log(to)))),
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = uniformInt(gen, 0, i);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
  return rng;
}

/** Rounds a visitor count to a "nice" number (two or three significant figures), as in real reports. */
export function niceCount(n: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  return Math.max(1, Math.round(n / magnitude) * magnitude);
}
