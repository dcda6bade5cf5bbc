// Adjusted p-values for many tests at once, as R's p.adjust (R 4.2.2) computes them. Each method
// works on the p-values sorted ascending and hands them back in input order.
import { hommel } from './p-adjust-hommel';

export const pAdjustMethods = ['bonferroni', 'holm', 'hochberg', 'hommel', 'benjaminiHochberg', 'benjaminiYekutieli'] as const;
export type PAdjustMethod = (typeof pAdjustMethods)[number];

type Sorted = Float64Array;

/** Family-wise error control by a single threshold alpha / m. */
function bonferroni(p: Sorted): Float64Array {
  const m = p.length;
  return p.map((x) => Math.min(1, m * x));
}

/** Step-down: the i-th smallest is tested at alpha / (m - i + 1). */
function holm(p: Sorted): Float64Array {
  const m = p.length;
  const out = new Float64Array(m);
  let running = 0;
  for (let i = 0; i < m; i++) {
    running = Math.max(running, (m - i) * p[i]!);
    out[i] = Math.min(1, running);
  }
  return out;
}

/** Step-up with cumulative minima from the largest p-value down; `factor(i)` multiplies p_(i) (i from 1). */
function stepUp(p: Sorted, factor: (i: number) => number): Float64Array {
  const m = p.length;
  const out = new Float64Array(m);
  let running = Infinity;
  for (let i = m; i >= 1; i--) {
    running = Math.min(running, factor(i) * p[i - 1]!);
    out[i - 1] = Math.min(1, running);
  }
  return out;
}

const hochberg = (p: Sorted) => stepUp(p, (i) => p.length + 1 - i);
const benjaminiHochberg = (p: Sorted) => stepUp(p, (i) => p.length / i);

function benjaminiYekutieli(p: Sorted): Float64Array {
  const m = p.length;
  let q = 0;
  for (let k = 1; k <= m; k++) q += 1 / k;
  return stepUp(p, (i) => (q * m) / i);
}


const byMethod: Record<PAdjustMethod, (p: Sorted) => Float64Array> = {
  bonferroni,
  holm,
  hochberg,
  hommel: (p) => (p.length === 2 ? hochberg(p) : hommel(p)),
  benjaminiHochberg,
  benjaminiYekutieli,
};

const INDEX_MASK = 0x3fff; // room for 16,384 p-values, more than the calculator takes
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The order that sorts `p` ascending, ties in input order (as R's order()). Non-negative doubles sort
 * as their bit patterns, so each key is the value's bits with the index written into the lowest 14:
 * one native integer sort instead of a comparator. Values closer than 2^-38 relative count as ties;
 * the values themselves are read back exactly.
 */
export function ascendingOrder(p: readonly number[]): Uint32Array {
  const n = p.length;
  if (n > INDEX_MASK + 1 || !littleEndian) return Uint32Array.from(p, (_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = p[i]! + 0; // -0 becomes +0
  const words = new Uint32Array(values.buffer); // the low word of value i is words[2 i]
  for (let i = 0; i < n; i++) words[2 * i] = (words[2 * i]! & ~INDEX_MASK) | i;
  new BigUint64Array(values.buffer).sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[k] = words[2 * k]! & INDEX_MASK;
  return order;
}

/** Adjusted p-values in input order, for p-values already known to lie in [0, 1]. */
export function pAdjust(p: readonly number[], method: PAdjustMethod, order: Uint32Array = ascendingOrder(p)): number[] {
  return pAdjustSorted(p, Float64Array.from(order, (i) => p[i]!), order, method);
}

/** The same, from the p-values already sorted by `order` (so several methods share one sort). */
export function pAdjustSorted(p: readonly number[], sorted: Float64Array, order: Uint32Array, method: PAdjustMethod): number[] {
  if (p.length <= 1) return [...p];
  const adjusted = byMethod[method](sorted);
  const out = new Array<number>(p.length);
  for (let k = 0; k < order.length; k++) out[order[k]!] = adjusted[k]!;
  return out;
}
