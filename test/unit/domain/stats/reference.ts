// Shared machinery for the reference-value tables. Every expected value in these tables was
// produced by the R (4.2.2) or Python (scipy 1.10.1 / statsmodels 0.13.5) call stored beside it,
// never by the code under test.
//
// R helper used by the t-test calls: a deterministic sample with exactly the given mean and sd,
//   mk <- function(m, s, n) m + s * as.numeric(scale(seq_len(n)))
import { expect } from 'vitest';
import type { CalculatorId } from '../../../../src/domain/stats';
import { calculate } from '../../../../src/domain/stats';

/** rel: 1e-6 relative; rel9: 1e-9 relative; quantile: 1e-8 relative; prob: 1e-4 absolute; loss: 1e-6 absolute. */
export type Tolerance = 'rel' | 'rel9' | 'quantile' | 'prob' | 'loss';

export interface RefCase {
  id: CalculatorId;
  input: unknown;
  /** Dotted path into the result, e.g. "byMethod.pooled.nExact". */
  path: string;
  expected: number | null;
  tol: Tolerance;
  /** The exact R or Python call that produced `expected`. */
  call: string;
}

export function valueAt(result: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], result);
}

export function expectClose(actual: unknown, expected: number | null, tol: Tolerance, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(typeof actual, label).toBe('number');
  const a = actual as number;
  const diff = Math.abs(a - expected);
  const bound = {
    rel: expected === 0 ? 1e-12 : 1e-6 * Math.abs(expected),
    rel9: expected === 0 ? 1e-15 : 1e-9 * Math.abs(expected),
    quantile: expected === 0 ? 1e-12 : 1e-8 * Math.abs(expected),
    prob: 1e-4,
    loss: 1e-6,
  }[tol];
  expect(diff, `${label}: got ${a}, expected ${expected} (|diff| ${diff} > ${bound})`).toBeLessThanOrEqual(bound);
}

export function checkCase(c: RefCase): void {
  const result = calculate(c.id, c.input);
  expectClose(valueAt(result, c.path), c.expected, c.tol, `${c.id} ${c.path} vs ${c.call}`);
}

/** Short test name for a case table row. */
export const caseName = (c: RefCase): string => `${c.path} = ${c.expected} (${c.call.length > 90 ? `${c.call.slice(0, 87)}...` : c.call})`;
