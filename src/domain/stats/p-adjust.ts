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

/** The order that sorts `p` ascending (ties keep their input order, as R's order()). */
export function ascendingOrder(p: readonly number[]): Uint32Array {
  const order = Uint32Array.from(p, (_, i) => i);
  return order.sort((a, b) => p[a]! - p[b]! || a - b);
}

/** Adjusted p-values in input order, for p-values already known to lie in [0, 1]. */
export function pAdjust(p: readonly number[], method: PAdjustMethod, order: Uint32Array = ascendingOrder(p)): number[] {
  if (p.length <= 1) return [...p];
  const sorted = Float64Array.from(order, (i) => p[i]!);
  const adjusted = byMethod[method](sorted);
  const out = new Array<number>(p.length);
  for (let k = 0; k < order.length; k++) out[order[k]!] = adjusted[k]!;
  return out;
}
