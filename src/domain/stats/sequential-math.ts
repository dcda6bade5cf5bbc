// Per-look statistics of the sequential tests: GrowthBook's asymptotic confidence sequence
// (Waudby-Smith et al. 2023, as gbstats frequentist/tests.py) and the normal-mixture mSPRT
// (Johari, Pekelis & Walsh 2017). Plain numbers in, plain numbers out: the peeking simulator runs
// these millions of times.
import { normSf, normUpperQuantile } from './dists';

/** rho = sqrt((-2 ln alpha + ln(1 - 2 ln alpha)) / N*), gbstats `sequential_rho` (two-sided). */
export function sequentialRho(alpha: number, tuningN: number): number {
  const l = -2 * Math.log(alpha);
  return Math.sqrt((l + Math.log(1 + l)) / tuningN);
}

/** One look: cumulative units of both arms, the difference and its standard error. */
export interface LookStats {
  n: number;
  diff: number;
  se: number;
}

/** What one look says; every entry is null when se = 0. */
export interface LookResult {
  z: number | null;
  fixedPValue: number | null;
  halfWidth: number | null;
  csPValue: number | null;
  logLambda: number | null;
  msprtPValue: number | null;
}

/** Two-sided p-value of the plain z-test, from the survival function. */
export function fixedPValue(z: number): number {
  return Math.min(1, 2 * normSf(Math.abs(z)));
}

/** gbstats `sequential_interval_halfwidth` with s2 = se^2 n. */
export function csHalfWidth(se: number, n: number, rho: number, alpha: number): number {
  const nr2 = n * rho * rho;
  return se * Math.sqrt(n) * Math.sqrt((2 * (nr2 + 1) * (0.5 * Math.log1p(nr2) - Math.log(alpha))) / (n * rho) ** 2);
}

/** ln of gbstats' `SequentialTwoSidedTTest.p_value` before the cap at 1: ln sqrt(n rho^2 + 1) - rho^2 n z^2 / (2 (n rho^2 + 1)). */
export function csLogPValue(z: number, n: number, rho: number): number {
  const nr2 = n * rho * rho;
  return 0.5 * Math.log1p(nr2) - (nr2 * z * z) / (2 * (nr2 + 1));
}

/** ln Lambda of the mSPRT with mixing distribution N(0, tau^2) on the difference; V = se^2. */
export function msprtLogLambda(diff: number, se: number, tau: number): number {
  const v = se * se;
  const t2 = tau * tau;
  return 0.5 * Math.log(v / (v + t2)) + (diff * diff * t2) / (2 * v * (v + t2));
}

export function evaluateLook(look: LookStats, rho: number, alpha: number, tau: number): LookResult {
  if (!(look.se > 0)) return { z: null, fixedPValue: null, halfWidth: null, csPValue: null, logLambda: null, msprtPValue: null };
  const z = look.diff / look.se;
  const logLambda = msprtLogLambda(look.diff, look.se, tau);
  return {
    z,
    fixedPValue: fixedPValue(z),
    halfWidth: csHalfWidth(look.se, look.n, rho, alpha),
    csPValue: Math.exp(Math.min(0, csLogPValue(z, look.n, rho))),
    logLambda,
    msprtPValue: Math.exp(Math.min(0, -logLambda)),
  };
}

/** The fixed-horizon interval diff -/+ z_{1-alpha/2} se. */
export function fixedInterval(diff: number, se: number, alpha: number): [number, number] {
  const half = normUpperQuantile(alpha / 2) * se;
  return [diff - half, diff + half];
}
