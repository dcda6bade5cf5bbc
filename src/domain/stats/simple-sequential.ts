// Evan Miller's simple sequential A/B test (2015): with N planned conversions in total and a 50/50
// split, stop for the treatment once its conversions lead by 2 sqrt(N), or for no winner once N
// conversions are in. Its false-positive rate is exact (reflection principle).
import { betaIncReg } from './dists';

export type SimpleSequentialDecision = 'treatment-wins' | 'no-winner' | 'continue';

export interface SimpleSequentialResult {
  boundary: number;
  /** Treatment minus control conversions at the latest look. */
  difference: number;
  /** Treatment plus control conversions at the latest look. */
  total: number;
  decision: SimpleSequentialDecision;
  /** One-sided, exact under H0. */
  falsePositiveRate: number;
}

/** P(H >= k) for H ~ Binomial(N, 1/2), from the regularised incomplete beta function. */
function binomialUpperTail(k: number, size: number): number {
  if (k <= 0) return 1;
  if (k > size) return 0;
  return betaIncReg(0.5, k, size - k + 1);
}

export function simpleSequentialFalsePositiveRate(size: number): number {
  const d = Math.ceil(2 * Math.sqrt(size));
  return binomialUpperTail(Math.ceil((size + d) / 2), size) + binomialUpperTail(Math.ceil((size + d + 1) / 2), size);
}

/** `looks`: cumulative conversions in time order, the latest last. */
export function simpleSequential(size: number, looks: readonly { control: number; treatment: number }[]): SimpleSequentialResult {
  const boundary = 2 * Math.sqrt(size);
  let decision: SimpleSequentialDecision = 'continue';
  for (const { control, treatment } of looks) {
    if (treatment - control >= boundary) decision = 'treatment-wins';
    else if (treatment + control >= size) decision = 'no-winner';
    if (decision !== 'continue') break;
  }
  const last = looks[looks.length - 1] ?? { control: 0, treatment: 0 };
  return {
    boundary,
    difference: last.treatment - last.control,
    total: last.treatment + last.control,
    decision,
    falsePositiveRate: simpleSequentialFalsePositiveRate(size),
  };
}
