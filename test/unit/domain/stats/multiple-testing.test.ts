// multiple-testing-correction against R 4.2.2 p.adjust (vectors in multiple-testing.reference.ts, written by
// reference-scripts/wave2/padjust.R with the call beside each), to 1e-9 relative; rejected = adjusted < alpha.
// statsmodels 0.13.5 multipletests agrees with every vector to 5e-16 (reference-scripts/wave2/multitest_cross_check.py).
import { describe, expect, it } from 'vitest';
import { calculate, StatsInputError } from '../../../../src/domain/stats';
import { ascendingOrder } from '../../../../src/domain/stats/p-adjust';
import { hommel } from '../../../../src/domain/stats/p-adjust-hommel';
import { bigCases, bigIndices, pAdjustCases } from './multiple-testing.reference';
import { expectClose } from './reference';

type Method = 'bonferroni' | 'holm' | 'hochberg' | 'hommel' | 'benjaminiHochberg' | 'benjaminiYekutieli';
const run = (pValues: number[], alpha = 0.05) => calculate('multiple-testing-correction', { pValues, alpha });

describe('against R p.adjust', () => {
  it.each(pAdjustCases.map((c) => [`${c.name}: ${c.call}`, c] as const))('%s', (_name, c) => {
    const r = run(c.pValues);
    expect(r.m).toBe(c.pValues.length);
    const got = r.byMethod[c.method as Method];
    expect(got.adjustedPValues).toHaveLength(c.expected.length);
    c.expected.forEach((e, i) => expectClose(got.adjustedPValues[i], e, 'rel9', `${c.definition}; ${c.call}[${i + 1}]`));
    // R: p.adjust(p, method) < 0.05
    expect(got.rejected).toEqual(c.expected.map((e) => e < 0.05));
    expect(got.rejectedCount).toBe(c.expected.filter((e) => e < 0.05).length);
  });

  // p <- ((1:1000 * 7919) %% 1009 + 1) / 1010; p[1:60] <- p[1:60] / 1e4
  const big = Array.from({ length: 1000 }, (_, i) => (((i + 1) * 7919) % 1009 + 1) / 1010 / (i < 60 ? 1e4 : 1));
  it.each(bigCases.map((c) => [c.call, c] as const))('1,000 p-values: %s', (_name, c) => {
    const got = run(big).byMethod[c.method as Method];
    bigIndices.forEach((index, k) => expectClose(got.adjustedPValues[index], c.expected[k], 'rel9', `${c.call}[${k + 1}]`));
    expect(got.rejectedCount, c.rejectedCall).toBe(c.rejectedCount);
  });

  it('statsmodels multipletests agrees (p = c(0.01, 0.04, 0.03, 0.005, 0.2))', () => {
    const r = run([0.01, 0.04, 0.03, 0.005, 0.2]);
    // multipletests(p, method='hommel')[1] = [0.04, 0.08, 0.06, 0.025, 0.2]
    [0.04, 0.08, 0.06, 0.025, 0.2].forEach((e, i) => expectClose(r.byMethod.hommel.adjustedPValues[i], e, 'rel9', `hommel ${i}`));
    // multipletests(p, method='fdr_by')[1]
    [0.05708333333333333, 0.11416666666666667, 0.11416666666666665, 0.05708333333333333, 0.45666666666666667].forEach((e, i) =>
      expectClose(r.byMethod.benjaminiYekutieli.adjustedPValues[i], e, 'rel9', `fdr_by ${i}`));
  });

  it('rejected uses < alpha: an adjusted value equal to alpha is not rejected (statsmodels rejects at <=)', () => {
    // p.adjust(c(0.025, 0.5), 'bonferroni') = c(0.05, 1)
    const r = run([0.025, 0.5]);
    expect(r.byMethod.bonferroni.adjustedPValues[0]).toBe(0.05);
    expect(r.byMethod.bonferroni.rejected).toEqual([false, false]);
    expect(run([0.025, 0.5], 0.0500001).byMethod.bonferroni.rejected).toEqual([true, false]);
  });
});

/** R's hommel loop, line for line (the engine uses an O(m log m) rewrite of it). */
function hommelLoop(p: Float64Array): Float64Array {
  const m = p.length;
  let start = Infinity;
  for (let i = 1; i <= m; i++) start = Math.min(start, (m * p[i - 1]!) / i);
  const pa = new Float64Array(m).fill(start);
  const q = new Float64Array(m).fill(start);
  for (let j = m - 1; j >= 2; j--) {
    let q1 = Infinity;
    for (let k = 2; k <= j; k++) q1 = Math.min(q1, (j * p[m - j + k - 1]!) / k);
    for (let i = 0; i < m - j + 1; i++) q[i] = Math.min(j * p[i]!, q1);
    for (let i = m - j + 1; i < m; i++) q[i] = q[m - j]!;
    for (let i = 0; i < m; i++) pa[i] = Math.max(pa[i]!, q[i]!);
  }
  return pa.map((x, i) => Math.max(x, p[i]!));
}

describe('the fast Hommel equals R’s loop', () => {
  it('on 2,000 random sorted vectors with ties, zeros and ones', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 2000; trial++) {
      const m = 3 + (trial % 70);
      const draw = [() => next(), () => next() ** 5, () => Math.round(next() * 8) / 16, () => (next() < 0.3 ? 0 : next() < 0.3 ? 1 : next() / 20)][trial % 4]!;
      const p = Float64Array.from({ length: m }, draw).sort();
      const fast = hommel(p);
      const loop = hommelLoop(p);
      for (let i = 0; i < m; i++) expectClose(fast[i], loop[i]!, 'rel9', `trial ${trial} m ${m} i ${i}`);
    }
  });
});

describe('the sort under every method', () => {
  it('orders like a stable comparator sort, ties in input order, -0 with 0', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 300; trial++) {
      const m = 1 + (trial % 200);
      const p = Array.from({ length: m }, () => (next() < 0.2 ? Math.round(next() * 4) / 4 : next() < 0.05 ? -0 : next()));
      const expected = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
      expect(Array.from(ascendingOrder(p)), `trial ${trial}`).toEqual(expected);
    }
    expect(Array.from(ascendingOrder(Array.from({ length: 12_000 }, (_, i) => 1 - i / 12_000)))).toEqual(Array.from({ length: 12_000 }, (_, i) => 11_999 - i));
  });
});

describe('invalid input names the entry', () => {
  it.each([
    { name: 'p above 1', input: { pValues: [0.01, 0.2, 0.3, 1.2] }, field: 'pValues.3', message: /^A p-value must be between 0 and 1 \(got 1\.2\)$/ },
    { name: 'negative p', input: { pValues: [-0.01] }, field: 'pValues.0' },
    { name: 'text', input: { pValues: [0.1, 'x'] }, field: 'pValues.1', message: /finite number/ },
    { name: 'NaN', input: { pValues: [Number.NaN, 0.1] }, field: 'pValues.0' },
    { name: 'empty list', input: { pValues: [] }, field: 'pValues', message: /at least one/ },
    { name: 'missing list', input: {}, field: 'pValues', message: /at least one/ },
    { name: 'not a list', input: { pValues: 0.05 }, field: 'pValues' },
    { name: '10,001 p-values', input: { pValues: Array.from({ length: 10_001 }, () => 0.5) }, field: 'pValues', message: /At most 10,000 p-values at once \(got 10,001\)/ },
    { name: 'alpha 0', input: { pValues: [0.1], alpha: 0 }, field: 'alpha' },
  ])('$name', ({ input, field, message }) => {
    let thrown: unknown;
    try {
      calculate('multiple-testing-correction', input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StatsInputError);
    expect((thrown as StatsInputError).field).toBe(field);
    if (message) expect((thrown as StatsInputError).message).toMatch(message);
  });

  it('accepts 10,000 p-values', () => {
    expect(run(Array.from({ length: 10_000 }, (_, i) => (i + 1) / 10_001)).m).toBe(10_000);
  });
});
