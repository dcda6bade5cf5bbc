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
