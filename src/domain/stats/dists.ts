// Typed, tail-accurate wrappers around @stdlib distribution functions.
// Upper tails always come from survival functions or symmetry, never `1 - cdf`,
// so p-values far below 1e-16 keep their precision.
import normal from '@stdlib/stats-base-dists-normal';
import studentT from '@stdlib/stats-base-dists-t';
import betainc from '@stdlib/math-base-special-betainc';
import gammaln from '@stdlib/math-base-special-gammaln';
// Installed with the chi-square and normal packages above but not yet declared in
// package.json; @stdlib's normal.quantile loses precision below p ~ 1e-8, erfcinv does not.
import erfcinv from '@stdlib/math-base-special-erfcinv';
import gammainc from '@stdlib/math-base-special-gammainc';

export { gammaln };

/** Standard normal CDF. */
export function normCdf(z: number): number {
  return normal.cdf(z, 0, 1);
}

/** Standard normal survival function P(Z > z). */
export function normSf(z: number): number {
  return normal.cdf(-z, 0, 1);
}

/** Standard normal quantile, accurate in both tails (p down to 1e-300). */
export function normQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p === 0.5) return 0;
  return p < 0.5 ? -Math.SQRT2 * erfcinv(2 * p) : Math.SQRT2 * erfcinv(2 * (1 - p));
}

/** z such that P(Z > z) = p, without forming 1 - p. */
export function normUpperQuantile(p: number): number {
  return -normQuantile(p);
}

/** Student t survival function P(T > t), via symmetry. */
export function tSf(t: number, df: number): number {
  return studentT.cdf(-t, df);
}

export function tQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  // Quantiles above 0.5 by symmetry keep the small tail probability exact.
  return p < 0.5 ? studentT.quantile(p, df) : -studentT.quantile(1 - p, df);
}

/** t such that P(T > t) = p. */
export function tUpperQuantile(p: number, df: number): number {
  return -studentT.quantile(p, df);
}

/** Chi-square survival function via the regularized upper incomplete gamma function. */
export function chisqSf(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** Regularized incomplete beta I_x(a, b); `upper` gives 1 - I_x(a, b) without cancellation. */
export function betaIncReg(x: number, a: number, b: number, upper = false): number {
  if (x <= 0) return upper ? 1 : 0;
  if (x >= 1) return upper ? 0 : 1;
  return betainc(x, a, b, true, upper);
}

/** log B(a, b). */
export function logBeta(a: number, b: number): number {
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}
