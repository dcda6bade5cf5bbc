import { describe, expect, it } from 'vitest';
import { posteriorDensities } from '../../../../src/features/calculators/bayes-data';
import { intervalChart, samplingDistribution } from '../../../../src/features/calculators/distribution-data';
import { methodRows, mdeCurveProportions, nGrid, powerCurveMeans, powerCurveProportions, testDuration } from '../../../../src/features/calculators/planning-data';
import { srmBars } from '../../../../src/features/calculators/srm-data';

// R: qnorm(0.975) = 1.959963984540054; qt(0.975, 20) = 2.0859634472658648; qnorm(0.95) = 1.6448536269514722
describe('samplingDistribution', () => {
  it('shades both tails beyond ±1.96 for a two-sided z-test and marks the statistic', () => {
    const chart = samplingDistribution({ kind: 'normal', statistic: 1.8531232916527529, alpha: 0.05, alternative: 'two-sided' });
    expect(chart.critical[1]).toBeCloseTo(1.959963984540054, 9);
    expect(chart.points.length).toBeLessThanOrEqual(60);
    for (const p of chart.points) expect(p.reject !== null).toBe(Math.abs(p.x) >= 1.959963984540054 - 1e-12);
    expect(chart.points.some((p) => p.x === chart.critical[1])).toBe(true);
    expect(chart.marker).toBeCloseTo(1.8531232916527529, 12);
    expect(chart.offChart).toBe(false);
  });

  it('uses t critical values and one tail for "less"', () => {
    const chart = samplingDistribution({ kind: 't', df: 20, statistic: -1, alpha: 0.05, alternative: 'less' });
    expect(chart.critical).toHaveLength(1);
    expect(chart.critical[0]).toBeCloseTo(-1.7247182429207868, 9); // R: qt(0.05, 20)
    expect(chart.points.filter((p) => p.reject !== null).every((p) => p.x <= chart.critical[0]!)).toBe(true);
  });

  it('clamps a huge statistic to the edge of the chart', () => {
    const chart = samplingDistribution({ kind: 'normal', statistic: 23.07, alpha: 0.05, alternative: 'two-sided' });
    expect(chart.offChart).toBe(true);
    expect(chart.marker).toBe(chart.domain[1]);
    expect(chart.points.every((p) => Number.isFinite(p.density))).toBe(true);
  });
});

describe('intervalChart', () => {
  it('always shows zero', () => {
    const chart = intervalChart([{ label: 'd', estimate: 3, lower: 1, upper: 5 }]);
    expect(chart.domain[0]).toBeLessThanOrEqual(0);
    expect(chart.domain[1]).toBeGreaterThanOrEqual(5);
  });
});

describe('planning curves', () => {
  it('nGrid stays small and includes the target', () => {
    const grid = nGrid(14751);
    expect(grid.length).toBeLessThanOrEqual(41);
    expect(grid).toContain(14751);
    expect(grid[0]).toBeGreaterThanOrEqual(2);
  });

  it('near 2^53 visitors per arm the curves stay on exact counts instead of throwing', () => {
    const target = 8e15;
    for (const n of nGrid(target)) expect(Number.isSafeInteger(n), String(n)).toBe(true);
    const design = { baselineRate: 0.1, treatmentRate: 0.1000001, alpha: 0.05, power: 0.8, alternative: 'two-sided' as const };
    expect(() => powerCurveProportions(design, target)).not.toThrow();
    expect(() => mdeCurveProportions(design, target)).not.toThrow();
  });

  it('power rises with n and reaches the target at the planned n (R: power.prop.test(p1 = 0.1, p2 = 0.11, power = 0.8)$n = 14750.79)', () => {
    const curve = powerCurveProportions({ baselineRate: 0.1, treatmentRate: 0.11, alpha: 0.05, power: 0.8, alternative: 'two-sided' }, 14751);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.value).toBeGreaterThan(curve[i - 1]!.value);
    expect(curve.find((p) => p.n === 14751)!.value).toBeCloseTo(0.8, 4);
  });

  it('MDE falls with n', () => {
    const curve = mdeCurveProportions({ baselineRate: 0.1, treatmentRate: 0.11, alpha: 0.05, power: 0.8, alternative: 'two-sided' }, 10000);
    expect(curve.length).toBeGreaterThan(10);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!.value).toBeLessThan(curve[i - 1]!.value);
  });

  it('means power at the reference point (R: power.t.test(n = 1000, delta = 2, sd = 20)$power = 0.6083530597)', () => {
    const curve = powerCurveMeans({ sd: 20, mde: 2, alpha: 0.05, power: 0.8, alternative: 'two-sided' }, 1000);
    expect(curve.find((p) => p.n === 1000)!.value).toBeCloseTo(0.60835305969273545, 8);
  });

  it.each([
    { n: 14751, traffic: 10000, share: 0.5, days: 3, visitors: 30000 },
    { n: 1000, traffic: 1000, share: 0.2, days: 5, visitors: 5000 },
    { n: 10, traffic: 0, share: 0.5, days: null, visitors: null },
  ])('testDuration($n, $traffic, $share)', ({ n, traffic, share, days, visitors }) => {
    const d = testDuration(n, traffic, share);
    expect(d?.days ?? null).toBe(days);
    expect(d?.visitors ?? null).toBe(visitors);
  });

  it('methodRows measures each method against the smallest', () => {
    expect(methodRows({ a: { nPerArm: 100 }, b: { nPerArm: 110 }, c: { nPerArm: Number.NaN } })).toEqual([
      { method: 'a', n: 100, overMin: 0 },
      { method: 'b', n: 110, overMin: expect.closeTo(0.1, 12) as number },
    ]);
  });
});

describe('posteriorDensities', () => {
  it('covers both posteriors with at most 60 finite points, peaking near the means', () => {
    const pts = posteriorDensities({ alpha: 1001, beta: 9001 }, { alpha: 1081, beta: 8921 });
    expect(pts.length).toBeLessThanOrEqual(60);
    expect(pts.every((p) => Number.isFinite(p.a) && Number.isFinite(p.b))).toBe(true);
    const peakA = pts.reduce((m, p) => (p.a > m.a ? p : m));
    expect(peakA.x).toBeCloseTo(0.1, 2);
  });

  it('stays finite at 10^7 visitors', () => {
    const pts = posteriorDensities({ alpha: 1e6 + 1, beta: 9e6 + 1 }, { alpha: 1003001, beta: 8997001 });
    expect(pts.every((p) => Number.isFinite(p.a) && Number.isFinite(p.b))).toBe(true);
    expect(Math.max(...pts.map((p) => p.b))).toBeGreaterThan(0);
  });
});

describe('srmBars', () => {
  it('names arms and measures the deviation (R: chisq.test(c(50120, 49480), p = c(0.5, 0.5))$expected = 49800)', () => {
    expect(srmBars([50120, 49480], [49800, 49800])).toEqual([
      { arm: 'A', observed: 50120, expected: 49800, deviation: expect.closeTo(320 / 49800, 12) as number },
      { arm: 'B', observed: 49480, expected: 49800, deviation: expect.closeTo(-320 / 49800, 12) as number },
    ]);
  });
});

describe('interval ticks', () => {
  it.each([
    { rows: [{ label: 'd', estimate: 2.5, lower: 0.406, upper: 4.594 }], ticks: [-1, 0, 1, 2, 3, 4, 5] },
    { rows: [{ label: 'd', estimate: 0.8, lower: -0.046, upper: 1.646 }], ticks: [-0.5, 0, 0.5, 1, 1.5, 2] },
  ])('round ticks covering 0 and the interval', ({ rows, ticks }) => {
    const chart = intervalChart(rows);
    expect(chart.ticks).toEqual(ticks);
    expect(chart.domain).toEqual([ticks[0], ticks[ticks.length - 1]]);
  });
});
