// Posterior densities of both conversion rates for the Bayesian chart.
import beta from '@stdlib/stats-base-dists-beta';

export interface BetaParams {
  alpha: number;
  beta: number;
}

export interface PosteriorPoint {
  x: number;
  a: number;
  b: number;
}

const POINTS = 60;

function moments({ alpha: a, beta: b }: BetaParams): { mean: number; sd: number } {
  const mean = a / (a + b);
  return { mean, sd: Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1))) };
}

/** Both densities on one grid covering each posterior's mean ± 4.5 sd (inside [0, 1]). */
export function posteriorDensities(a: BetaParams, b: BetaParams, points = POINTS): PosteriorPoint[] {
  const ma = moments(a);
  const mb = moments(b);
  const lo = Math.max(0, Math.min(ma.mean - 4.5 * ma.sd, mb.mean - 4.5 * mb.sd));
  const hi = Math.min(1, Math.max(ma.mean + 4.5 * ma.sd, mb.mean + 4.5 * mb.sd));
  const density = (x: number, p: BetaParams) => {
    const v = Math.exp(beta.logpdf(x, p.alpha, p.beta));
    return Number.isFinite(v) ? v : 0;
  };
  const out: PosteriorPoint[] = [];
  for (let i = 0; i < points; i++) {
    const x = lo + ((hi - lo) * i) / (points - 1);
    out.push({ x, a: density(x, a), b: density(x, b) });
  }
  return out;
}

