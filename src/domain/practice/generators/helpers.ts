// Shared pieces for generators: tolerance checks, mistake-detector builders and a realistic A/B test draw.
import { calculate } from '../../stats';
import type { Rng } from './rng';
import { niceCount } from './rng';
import type { AnswerUnit, MistakeDetector, Tolerance } from './types';

export function withinTolerance(value: number, truth: number, tol: Tolerance): boolean {
  const diff = Math.abs(value - truth);
  if (tol.absolute !== undefined && diff <= tol.absolute) return true;
  if (tol.relative !== undefined && diff <= tol.relative * Math.abs(truth)) return true;
  return false;
}

/**
 * Fires when the answer matches `alternative` (what the mistake produces) but not the right answer.
 * The alternative must sit clearly apart from the truth, otherwise the detector stays silent.
 */
export function mistake(truth: number, tol: Tolerance, alternative: number | null, message: string): MistakeDetector {
  return (answer) => {
    if (alternative === null || !Number.isFinite(alternative)) return null;
    if (withinTolerance(answer, truth, tol) || withinTolerance(alternative, truth, tol)) return null;
    return withinTolerance(answer, alternative, tol) ? message : null;
  };
}

/** A percent typed where a proportion was asked (or the other way round). */
export function unitMistake(truth: number, unit: AnswerUnit, tol: Tolerance): MistakeDetector {
  if (unit === 'proportion') {
    return mistake(truth, tol, truth * 100, `That looks like a percent. The question asks for a proportion: write ${fmtPlain(truth)}, not ${fmtPlain(truth * 100)} (or type the % sign).`);
  }
  if (unit === 'percent') {
    return mistake(truth, tol, truth / 100, `That looks like a proportion. The question asks for a percent: write ${fmtPlain(truth)} (or ${fmtPlain(truth)}%), not ${fmtPlain(truth / 100)}.`);
  }
  return () => null;
}

/** Scales a tolerance for a mistake compared on another scale (e.g. percent vs proportion). */
function fmtPlain(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

/** Feedback for the wrong options of a multiple-choice problem, keyed by option index. */
export function choiceMistakes(messages: ReadonlyMap<number, string>): MistakeDetector {
  return (answer) => messages.get(answer) ?? null;
}

export interface ProportionExperiment {
  control: { visitors: number; conversions: number };
  treatment: { visitors: number; conversions: number };
  baseline: number;
}

/**
 * A realistic conversion experiment: baseline 1-30%, 1k-200k visitors per arm, and an effect
 * sized so the z statistic lands between `zFrom` and `zTo` (in either direction when `signed`).
 */
export function drawExperiment(rng: Rng, opts: { zFrom?: number; zTo?: number; signed?: boolean; minVisitors?: number; unequal?: boolean } = {}): ProportionExperiment {
  const baseline = rng.round(0.01, 0.3, 3);
  const nA = niceCount(rng.logInt(opts.minVisitors ?? 1000, 200_000));
  // Arms differ by a few percent, as real splits do; a cautious rollout gives B a quarter to a half of A.
  const share = opts.unequal && rng.chance(0.5) ? rng.pick([0.25, 1 / 3, 0.5]) : 1;
  const nB = Math.max(1000, Math.round(nA * share * rng.float(0.97, 1.03)));
  const targetZ = rng.float(opts.zFrom ?? 0.3, opts.zTo ?? 3.5) * (opts.signed && rng.chance(0.25) ? -1 : 1);
  const diff = targetZ * Math.sqrt(baseline * (1 - baseline) * (1 / nA + 1 / nB));
  const rateB = Math.min(0.95, Math.max(0.002, baseline + diff));
  const conversionsA = Math.max(1, Math.round(nA * baseline));
  const conversionsB = Math.max(1, Math.round(nB * rateB));
  return {
    control: { visitors: nA, conversions: conversionsA },
    treatment: { visitors: nB, conversions: conversionsB },
    baseline,
  };
}

/** Two-sided p-value of a z statistic, from the engine. */
export function twoSidedP(z: number): number {
  return calculate('normal-tail-probability', { z }).twoSidedP;
}

export function zCritical(alpha: number, alternative: 'two-sided' | 'greater' = 'two-sided'): number {
  return calculate('normal-critical-value', { alpha, alternative }).zCritical;
}
