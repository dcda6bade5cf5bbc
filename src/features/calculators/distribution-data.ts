// Chart series for hypothesis tests: the sampling distribution under H0 with its rejection
// region, and confidence intervals drawn against zero. Pure functions; components only draw.
import normal from '@stdlib/stats-base-dists-normal';
import studentT from '@stdlib/stats-base-dists-t';
import { calculate } from '../../domain/stats';

export interface DensityPoint {
  x: number;
  density: number;
  /** The density inside the rejection region, null outside (so the shaded area has sharp edges). */
  reject: number | null;
}

export interface SamplingChart {
  points: DensityPoint[];
  /** Signed critical values (one or two). */
  critical: number[];
  /** The observed statistic, clamped to the drawn range. */
  marker: number | null;
  /** True when the observed statistic lies beyond the drawn range. */
  offChart: boolean;
  domain: [number, number];
}

const MAX_HALF_WIDTH = 8;
const POINTS = 48;

/** The distribution's own alternative names: 'greater'/'less' reject in one tail. */
export function samplingDistribution(opts: {
  kind: 'normal' | 't';
  df?: number;
  statistic: number | null;
  alpha: number;
  alternative: 'two-sided' | 'greater' | 'less';
}): SamplingChart {
  const df = opts.df ?? Infinity;
  const pdf = opts.kind === 't' && Number.isFinite(df) ? (x: number) => studentT.pdf(x, df) : (x: number) => normal.pdf(x, 0, 1);
  const c = opts.kind === 't' && Number.isFinite(df)
    ? calculate('t-critical-value', { alpha: opts.alpha, alternative: opts.alternative, df }).tCritical
    : calculate('normal-critical-value', { alpha: opts.alpha, alternative: opts.alternative }).zCritical;
  const critical = opts.alternative === 'two-sided' ? [-c, c] : [c];
  const stat = opts.statistic !== null && Number.isFinite(opts.statistic) ? opts.statistic : null;
  const needed = Math.max(4, Math.abs(c) * 1.3, stat === null ? 0 : Math.abs(stat) * 1.1);
  const half = Math.min(MAX_HALF_WIDTH, Math.ceil(needed));
  const inRegion = (x: number) =>
    opts.alternative === 'two-sided' ? Math.abs(x) >= c : opts.alternative === 'greater' ? x >= c : x <= c;
  const xs = new Set<number>();
  for (let i = 0; i <= POINTS; i++) xs.add(-half + (2 * half * i) / POINTS);
  for (const k of critical) if (Math.abs(k) < half) xs.add(k);
  const points = [...xs].sort((a, b) => a - b).map((x) => {
    const density = pdf(x);
    return { x, density, reject: inRegion(x) ? density : null };
  });
  const offChart = stat !== null && Math.abs(stat) > half;
  const marker = stat === null ? null : Math.max(-half, Math.min(half, stat));
  return { points, critical, marker, offChart, domain: [-half, half] };
}

export interface IntervalRow {
  label: string;
  estimate: number;
  lower: number;
  upper: number;
}

export interface IntervalChart {
  rows: IntervalRow[];
  domain: [number, number];
  ticks: number[];
}

/** Intervals (already scaled to display units) on one axis that always shows 0, with round ticks. */
export function intervalChart(rows: IntervalRow[]): IntervalChart {
  const lo = Math.min(0, ...rows.map((r) => r.lower));
  const hi = Math.max(0, ...rows.map((r) => r.upper));
  const span = hi - lo || 1;
  const s = step(span * 1.2);
  const domain: [number, number] = [Math.floor((lo - span * 0.06) / s) * s, Math.ceil((hi + span * 0.06) / s) * s];
  const ticks: number[] = [];
  for (let t = domain[0]; t <= domain[1] + s / 2; t += s) ticks.push(Number(t.toPrecision(12)));
  return { rows, domain, ticks };
}

/** A round tick step giving about six ticks over `span`. */
function step(span: number): number {
  const raw = span / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((x) => x >= raw * 0.999) ?? raw;
}
