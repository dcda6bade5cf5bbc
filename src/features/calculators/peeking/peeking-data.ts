// The simulator's chart series: each rule's cumulative rejection rate by look, with Armitage's
// published rates at the looks where they apply (only meaningful at alpha 0.05 without an effect).
import type { CalculatorOutput } from '../../../domain/stats';
import { armitage } from './summary';

export interface PeekingPoint {
  look: number;
  fixedHorizon: number;
  confidenceSequence: number;
  mSPRT: number;
  armitage: number | null;
}

export function peekingPoints(out: CalculatorOutput<'peeking-simulator'>, withArmitage: boolean): PeekingPoint[] {
  return out.byMethod.fixedHorizon.cumulativeRejectionRate.map((fixed, i) => ({
    look: i + 1,
    fixedHorizon: fixed,
    confidenceSequence: out.byMethod.confidenceSequence.cumulativeRejectionRate[i]!,
    mSPRT: out.byMethod.mSPRT.cumulativeRejectionRate[i]!,
    armitage: withArmitage ? (armitage.find((a) => a.looks === i + 1)?.rate ?? null) : null,
  }));
}

/** Round ticks (1, 2, 5, 10 or 20 percentage points apart) from 0 to just above the highest rate. */
export function rateTicks(points: readonly PeekingPoint[]): number[] {
  const max = Math.max(0.05, ...points.flatMap((p) => [p.fixedHorizon, p.confidenceSequence, p.mSPRT, p.armitage ?? 0]));
  const step = [0.01, 0.02, 0.05, 0.1, 0.2].find((s) => max / s <= 6) ?? 0.25;
  const ticks: number[] = [];
  for (let k = 0; k * step < max + step * 0.999; k++) ticks.push(Number((k * step).toFixed(2)));
  return ticks;
}
