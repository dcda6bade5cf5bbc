// Chart series and derived numbers for planning: power and MDE across sample sizes, test duration,
// and the spread between published methods. Curves are capped at 40 points so typing stays smooth.
import { calculate } from '../../domain/stats';

export const CURVE_POINTS = 40;

/** Sample sizes per arm from a fifth of the target to two and a half times it (never past 2^53 - 1, the largest exact count). */
export function nGrid(target: number, points = CURVE_POINTS): number[] {
  const lo = Math.max(2, target / 5);
  const hi = Math.min(Number.MAX_SAFE_INTEGER, Math.max(lo + points, target * 2.5));
  const ns = new Set<number>();
  for (let i = 0; i < points; i++) ns.add(Math.round(lo + ((hi - lo) * i) / (points - 1)));
  ns.add(Math.min(Number.MAX_SAFE_INTEGER, Math.max(2, Math.round(target))));
  return [...ns].sort((a, b) => a - b);
}

export interface ProportionDesign {
  baselineRate: number;
  treatmentRate: number;
  alpha: number;
  power: number;
  alternative: 'two-sided' | 'one-sided';
}

export interface MeanDesign {
  sd: number;
  /** In metric units. */
  mde: number;
  alpha: number;
  power: number;
  alternative: 'two-sided' | 'one-sided';
}

export interface CurvePoint {
  n: number;
  value: number;
}

export function powerCurveProportions(d: ProportionDesign, target: number): CurvePoint[] {
  return nGrid(target).map((n) => ({
    n,
    value: calculate('power-proportions', { baselineRate: d.baselineRate, treatmentRate: d.treatmentRate, nPerArm: n, alpha: d.alpha, alternative: d.alternative }).byMethod.pooled.power,
  }));
}

/** Relative MDE (upward) by n; points where no MDE is reachable are left out. */
export function mdeCurveProportions(d: ProportionDesign, target: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (const n of nGrid(target, 24)) {
    const row = calculate('mde-proportions', { baselineRate: d.baselineRate, nPerArm: n, alpha: d.alpha, power: d.power, alternative: d.alternative }).byMethod.pooled;
    if (row.relativeMde !== null) points.push({ n, value: row.relativeMde });
  }
  return points;
}

export function powerCurveMeans(d: MeanDesign, target: number): CurvePoint[] {
  return nGrid(target).map((n) => ({
    n,
    value: calculate('power-means', { sd: d.sd, mde: d.mde, nPerArm: n, alpha: d.alpha, alternative: d.alternative }).byMethod.tTest.power,
  }));
}

/** Absolute MDE in metric units by n. */
export function mdeCurveMeans(d: MeanDesign, target: number): CurvePoint[] {
  return nGrid(target, 24).map((n) => ({
    n,
    value: calculate('mde-means', { sd: d.sd, nPerArm: n, alpha: d.alpha, power: d.power, alternative: d.alternative }).byMethod.tTest.mde,
  }));
}

export interface Duration {
  days: number;
  /** Visitors entering the test over those days. */
  visitors: number;
  perDay: { control: number; treatment: number };
}

/**
 * Days until both arms reach `nPerArm` when `dailyTraffic` visitors a day are split with
 * `treatmentShare` going to B: with an uneven split the smaller arm sets the pace.
 */
export function testDuration(nPerArm: number, dailyTraffic: number, treatmentShare: number): Duration | null {
  if (!(dailyTraffic > 0) || !(treatmentShare > 0 && treatmentShare < 1) || !(nPerArm > 0)) return null;
  const perDay = { control: dailyTraffic * (1 - treatmentShare), treatment: dailyTraffic * treatmentShare };
  const days = Math.ceil(nPerArm / Math.min(perDay.control, perDay.treatment));
  return { days, visitors: Math.round(days * dailyTraffic), perDay };
}

export interface MethodRow {
  method: string;
  n: number;
  /** Relative to the smallest n, e.g. 0.03 = 3% more. */
  overMin: number;
}

export function methodRows(byMethod: Record<string, { nPerArm: number }>): MethodRow[] {
  const entries = Object.entries(byMethod).filter(([, r]) => Number.isFinite(r.nPerArm));
  const min = Math.min(...entries.map(([, r]) => r.nPerArm));
  return entries.map(([method, r]) => ({ method, n: r.nPerArm, overMin: r.nPerArm / min - 1 }));
}
