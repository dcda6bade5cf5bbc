// Sample moments from sums (n - 1 in the denominator), and the checks that the sums can come from real
// data: a variance below zero or a covariance beyond Cauchy-Schwarz (past rounding) is an input error.
import type { z } from 'zod';
import { count, num, show } from './schema-parts';

export function variance(sumSquares: number, sum: number, n: number): number {
  return (sumSquares - (sum * sum) / n) / (n - 1);
}

export function covariance(sumProducts: number, sumA: number, sumB: number, n: number): number {
  return (sumProducts - (sumA * sumB) / n) / (n - 1);
}

/** Fields of one arm's sums: [sum of the value, sum of its squares] per variable, then the cross sum. */
export interface SumLayout {
  a: { sum: string; squares: string; name: string };
  b: { sum: string; squares: string; name: string };
  cross: string;
}

/** An arm `{ n, ...sums }` with n whole >= 2 and every sum finite. */
export function sumArmShape(arm: string, keys: readonly string[], words: Record<string, string>) {
  const shape: Record<string, z.ZodType<number>> = {
    n: count(`Units in the ${arm} arm`).min(2, { error: (iss) => `Units in the ${arm} arm must be at least 2 (got ${show(iss.input)})` }),
  };
  for (const key of keys) shape[key] = num(`${words[key]} in the ${arm} arm`);
  return shape;
}

export interface Moments {
  varA: number;
  varB: number;
  cov: number;
}

/**
 * The arm's variances (clamped at 0 where rounding makes them slightly negative) and covariance, or
 * the sum that cannot come from real data and why.
 */
export function armMoments(arm: Record<string, number>, layout: SumLayout, armName: string): Moments | { key: string; message: string } {
  const n = arm.n!;
  const moments: number[] = [];
  for (const v of [layout.a, layout.b]) {
    const squares = arm[v.squares]!;
    const raw = variance(squares, arm[v.sum]!, n);
    if (raw < (-1e-9 * squares) / (n - 1)) {
      return {
        key: v.squares,
        message: `The sum of squares of ${v.name} in the ${armName} arm (${show(squares)}) is too small for its sum (${show(arm[v.sum])}) over ${n} units: the variance would be negative. It must be the sum of each value squared.`,
      };
    }
    moments.push(Math.max(0, raw));
  }
  const [varA, varB] = moments as [number, number];
  const products = arm[layout.cross]!;
  const cov = covariance(products, arm[layout.a.sum]!, arm[layout.b.sum]!, n);
  const slack = (1e-9 * (Math.abs(products) + Math.abs(arm[layout.a.sum]! * arm[layout.b.sum]!) / n)) / (n - 1);
  if (Math.abs(cov) > Math.sqrt(varA * varB) + slack) {
    return {
      key: layout.cross,
      message: `The cross sum of ${layout.a.name}·${layout.b.name} in the ${armName} arm (${show(products)}) does not fit the other sums: the correlation would be beyond ±1. It must be the sum over units of ${layout.a.name} times ${layout.b.name}.`,
    };
  }
  return { varA, varB, cov };
}

/** A refinement for both arms: the first impossible sum becomes the issue on its field. */
export function checkArms(layout: SumLayout) {
  return (v: { control: Record<string, number>; treatment: Record<string, number> }, ctx: z.RefinementCtx) => {
    for (const arm of ['control', 'treatment'] as const) {
      const m = armMoments(v[arm], layout, arm);
      if ('key' in m) {
        ctx.addIssue({ code: 'custom', path: [arm, m.key], message: m.message });
        return;
      }
    }
  };
}

/** Moments of sums that passed checkArms. */
export function validMoments(arm: Record<string, number>, layout: SumLayout): Moments {
  const m = armMoments(arm, layout, '');
  return 'key' in m ? { varA: 0, varB: 0, cov: 0 } : m;
}
