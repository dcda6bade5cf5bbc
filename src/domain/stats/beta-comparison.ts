// P(B > A) and expected losses for independent Beta posteriors, by adaptive quadrature over A's
// posterior on the logit scale (log-concave there for any shape parameters, so its bulk is found
// reliably and endpoint singularities disappear). The exact Evan Miller sum is O(alpha_B) terms,
// too slow at 10^7 visitors; this costs a few hundred incomplete-beta evaluations at most.
import { betaIncReg, logBeta } from './dists';
import { integrate } from './quadrature';

export interface BetaParams {
  alpha: number;
  beta: number;
}

export interface BetaComparison {
  probBBeatsA: number;
  /** E[max(pB - pA, 0)]: what is lost on average by keeping A. */
  expectedLossChoosingA: number;
  /** E[max(pA - pB, 0)]: what is lost on average by shipping B. */
  expectedLossChoosingB: number;
}

const logSigmoid = (y: number): number => (y >= 0 ? -Math.log1p(Math.exp(-y)) : y - Math.log1p(Math.exp(y)));
const sigmoid = (y: number): number => (y >= 0 ? 1 / (1 + Math.exp(-y)) : Math.exp(y) / (1 + Math.exp(y)));

// Density drop (in log units) at which A's posterior is cut off: e^-45 ~ 3e-20 of its peak.
const CUT = 45;

/** Point on one side of the mode where the concave log density ratio g (0 at the mode) falls to -CUT. */
function cutPoint(g: (y: number) => number, mode: number, sd: number, direction: 1 | -1): number {
  const target = -CUT;
  let inner = mode;
  let outer = mode + direction * sd;
  while (g(outer) > target) {
    inner = outer;
    outer = mode + 2 * (outer - mode);
  }
  for (let i = 0; i < 40; i++) {
    const mid = 0.5 * (inner + outer);
    if (g(mid) > target) inner = mid;
    else outer = mid;
  }
  return outer;
}

/**
 * log f_A(y) - log f_A(mode) on the logit scale, written around the mode so that huge shape
 * parameters (10^7 visitors) do not drown the difference in rounding error.
 */
function logDensityRatio(a: number, b: number, mode: number): (y: number) => number {
  const xMode = sigmoid(mode);
  return (y) => {
    const u = y - mode;
    return -a * Math.log1p((1 - xMode) * Math.expm1(-u)) - b * Math.log1p(xMode * Math.expm1(u));
  };
}

export function compareBetas(a: BetaParams, b: BetaParams): BetaComparison {
  const mode = Math.log(a.alpha / a.beta);
  const g = logDensityRatio(a.alpha, a.beta, mode);
  const sd = Math.sqrt(1 / a.alpha + 1 / a.beta);
  const lo = cutPoint(g, mode, sd, -1);
  const hi = cutPoint(g, mode, sd, 1);
  const meanB = b.alpha / (b.alpha + b.beta);
  const logBetaB = logBeta(b.alpha, b.beta);

  const integrand = (y: number, out: Float64Array): void => {
    const w = Math.exp(g(y));
    const x = sigmoid(y);
    const sfB = betaIncReg(x, b.alpha, b.beta, true);
    // E[(pB - x)+] = (meanB - x) SF_B(x) + x^aB (1-x)^bB / (B(aB,bB) (aB+bB)), from I_x(a+1,b) = I_x(a,b) - x^a(1-x)^b/(a B(a,b)).
    const tail = Math.exp(b.alpha * logSigmoid(y) + b.beta * logSigmoid(-y) - logBetaB) / (b.alpha + b.beta);
    out[0] = w;
    out[1] = w * sfB;
    out[2] = w * ((meanB - x) * sfB + tail);
  };
  // Laplace estimate of the normalising integral sets the absolute tolerance (far below the
  // 1e-4 needed for the probability and 1e-6 for the losses).
  const scale = Math.sqrt(2 * Math.PI) * sd;
  const pieces = 8;
  const sums = new Float64Array(3);
  for (let i = 0; i < pieces; i++) {
    const left = lo + ((hi - lo) * i) / pieces;
    const right = lo + ((hi - lo) * (i + 1)) / pieces;
    const part = integrate(integrand, left, right, 3, (1e-9 * scale) / pieces, 24);
    for (let c = 0; c < 3; c++) sums[c] += part[c];
  }
  const meanA = a.alpha / (a.alpha + a.beta);
  const probBBeatsA = Math.min(1, Math.max(0, sums[1] / sums[0]));
  const expectedLossChoosingA = Math.max(0, sums[2] / sums[0]);
  return {
    probBBeatsA,
    expectedLossChoosingA,
    expectedLossChoosingB: Math.max(0, expectedLossChoosingA + meanA - meanB),
  };
}
