// Seeded binomial draws for the peeking simulator: one xoroshiro128+ stream (pure-rand, any 32-bit
// seed) feeds @stdlib's Hörmann sampler when n p >= 10 and a short inversion search below, where
// @stdlib would draw n uniforms one by one.
import binomial from '@stdlib/random-base-binomial';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export type BinomialDraw = (n: number, p: number) => number;

/** Inversion by sequential search on the pmf: about n p + 1 steps, for n p < 10. */
function inversion(n: number, p: number, uniform: () => number): number {
  const ratio = p / (1 - p);
  let pk = Math.exp(n * Math.log1p(-p));
  let cdf = pk;
  let k = 0;
  const u = uniform();
  while (u > cdf && k < n) {
    pk *= (ratio * (n - k)) / (k + 1);
    k++;
    cdf += pk;
  }
  return k;
}

/** The same seed gives the same sequence of draws in every run. */
export function seededBinomial(seed: number): BinomialDraw {
  const gen = xoroshiro128plus(seed | 0);
  const uniform = () => uniformFloat64(gen);
  const hormann = binomial.factory({ prng: uniform });
  return (n, p) => {
    if (p <= 0) return 0;
    if (p >= 1) return n;
    const flip = p > 0.5;
    const q = flip ? 1 - p : p;
    const x = n * q < 10 ? inversion(n, q, uniform) : hormann(n, q);
    return flip ? n - x : x;
  };
}
