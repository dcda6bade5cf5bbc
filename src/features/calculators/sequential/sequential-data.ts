// Series for the sequential screens, computed from the engine's per-look rows: the running estimate
// with its fixed-horizon interval and confidence sequence, the p-values a person would have seen at
// each look, where each rule would first have stopped, and the split of each day's new users (SRM).
import type { CalculatorOutput } from '../../../domain/stats';
import { calculate } from '../../../domain/stats';

/** One look as the engine reports it (sequential-proportions and sequential-means alike). */
export type LookLike = CalculatorOutput<'sequential-means'>['byLook'][number];

export interface SeriesPoint {
  look: number;
  label: string;
  diff: number;
  fixedBand: [number, number] | null;
  csBand: [number, number] | null;
  /** What the fixed-horizon test says at this look alone. */
  fixedP: number | null;
  /** Always-valid p-values: the smallest so far. */
  csP: number | null;
  msprtP: number | null;
}

const runningMin = (prev: number | null, v: number | null) => (v === null ? prev : prev === null ? v : Math.min(prev, v));

/** `scale` turns the difference into display units (100 for percentage points). */
export function sequentialSeries(looks: readonly LookLike[], labels: readonly string[], zCritical: number, scale = 1): SeriesPoint[] {
  let cs: number | null = null;
  let ms: number | null = null;
  return looks.map((l, i) => {
    cs = runningMin(cs, l.csPValue);
    ms = runningMin(ms, l.msprtPValue);
    return {
      look: i + 1,
      label: labels[i] ?? `Look ${i + 1}`,
      diff: l.diff * scale,
      fixedBand: l.se > 0 ? [(l.diff - zCritical * l.se) * scale, (l.diff + zCritical * l.se) * scale] : null,
      csBand: l.csLower === null || l.csUpper === null ? null : [l.csLower * scale, l.csUpper * scale],
      fixedP: l.fixedPValue,
      csP: cs,
      msprtP: ms,
    };
  });
}

export interface Stops {
  /** 0-based look where each rule first rejects, or null. */
  fixed: number | null;
  confidenceSequence: number | null;
  mSPRT: number | null;
}

export function firstStops(looks: readonly LookLike[], alpha: number): Stops {
  const first = (p: (l: LookLike) => number | null) => {
    const i = looks.findIndex((l) => {
      const v = p(l);
      return v !== null && v < alpha;
    });
    return i < 0 ? null : i;
  };
  return { fixed: first((l) => l.fixedPValue), confidenceSequence: first((l) => l.csPValue), mSPRT: first((l) => l.msprtPValue) };
}

export interface DailySplit {
  label: string;
  /** New units in each arm since the previous look. */
  control: number;
  treatment: number;
  /** Share of the new units in B. */
  share: number | null;
  /** SRM chi-square p-value of that day's split (null for a day without new units). */
  pValue: number | null;
  flagged: boolean;
}

/** Each look's new units per arm against the planned share in B, as the srm-check calculator tests them. */
export function dailySplits(totals: readonly { control: number; treatment: number }[], labels: readonly string[], plannedShare: number, threshold = 0.001): DailySplit[] {
  return totals.map((t, i) => {
    const prev = i === 0 ? { control: 0, treatment: 0 } : totals[i - 1]!;
    const control = t.control - prev.control;
    const treatment = t.treatment - prev.treatment;
    const total = control + treatment;
    const valid = control >= 0 && treatment >= 0 && total > 0;
    const pValue = valid ? calculate('srm-check', { observed: [control, treatment], expectedRatios: [1 - plannedShare, plannedShare], threshold }).pValue : null;
    return { label: labels[i] ?? `Look ${i + 1}`, control, treatment, share: valid ? treatment / total : null, pValue, flagged: pValue !== null && pValue < threshold };
  });
}

/**
 * The lowest power of ten a log-scale p-value axis needs (at most 10^-3, at least 10^-12), so a test
 * with tiny p-values still shows its shape; smaller p-values are drawn at the floor (log scales cannot draw 0).
 */
export function pValueFloor(points: readonly SeriesPoint[]): number {
  const ps = points.flatMap((p) => [p.fixedP, p.csP, p.msprtP]).filter((p): p is number => p !== null && p > 0);
  const min = ps.length ? Math.min(...ps) : 1;
  return 10 ** Math.max(-12, Math.min(-3, Math.floor(Math.log10(min))));
}

export const atFloor = (p: number | null, floor: number): number | null => (p === null ? null : Math.max(floor, p));

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Axis labels for powers of ten: 1, 0.1, 0.01, 0.001, then 10⁻⁴, 10⁻⁵, ... */
export function powerOfTenLabel(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (exponent >= -3) return String(10 ** exponent);
  return `10⁻${String(-exponent).split('').map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

/** Ticks at every power of ten from the floor to 1. */
export function powerTicks(floor: number): number[] {
  const ticks: number[] = [];
  for (let e = 0; 10 ** e >= floor * 0.999; e--) ticks.push(10 ** e);
  return ticks;
}
