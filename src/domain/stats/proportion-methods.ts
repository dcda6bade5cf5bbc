// Power and sample-size formulas for two proportions, one entry per method (see the spec's
// "Methods for power, sample size and MDE"). Each method gives power for n per arm and,
// where a closed form exists, the exact n; the rest are solved numerically.
import { normCdf, normUpperQuantile } from './dists';
import { solveIncreasing } from './root-find';

export interface ProportionDesign {
  p1: number;
  p2: number;
  alpha: number;
  /** 1 = one-sided (in the direction of the effect), 2 = two-sided. */
  sides: 1 | 2;
}

export interface ProportionMethod {
  /** Power with n visitors per arm. */
  power(d: ProportionDesign, n: number): number;
  /** Unrounded n per arm reaching `power`; defaults to solving power(n) = target. */
  nExact?(d: ProportionDesign, power: number): number;
  /** Whether results carry Cohen's h. */
  usesH?: boolean;
}

export const cohensH = (p1: number, p2: number): number => 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));

const zAlpha = (d: ProportionDesign): number => normUpperQuantile(d.alpha / d.sides);
const alt = (d: ProportionDesign): number => d.p1 * (1 - d.p1) + d.p2 * (1 - d.p2);
const pooledSd = (d: ProportionDesign): number => {
  const pbar = (d.p1 + d.p2) / 2;
  return Math.sqrt(2 * pbar * (1 - pbar));
};
const baseSd = (d: ProportionDesign): number => Math.sqrt(2 * d.p1 * (1 - d.p1));

/** n = [z_a s0 + z_b s1]^2 / delta^2 and its inverse, for a null sd s0 and alternative sd s1. */
function twoVarianceMethod(nullSd: (d: ProportionDesign) => number, bothTails: boolean): ProportionMethod {
  return {
    power(d, n) {
      const delta = Math.sqrt(n) * Math.abs(d.p2 - d.p1);
      const s1 = Math.sqrt(alt(d));
      const za = zAlpha(d) * nullSd(d);
      const near = normCdf((delta - za) / s1);
      return bothTails && d.sides === 2 ? near + normCdf((-delta - za) / s1) : near;
    },
    nExact(d, power) {
      const num = zAlpha(d) * nullSd(d) + normUpperQuantile(1 - power) * Math.sqrt(alt(d));
      return (num * num) / ((d.p2 - d.p1) * (d.p2 - d.p1));
    },
  };
}

const nearTailH = (d: ProportionDesign, power: number): number => {
  const h = cohensH(d.p1, d.p2);
  const z = zAlpha(d) + normUpperQuantile(1 - power);
  return (2 * z * z) / (h * h);
};

function cohensHPower(d: ProportionDesign, n: number): number {
  const shift = Math.abs(cohensH(d.p1, d.p2)) * Math.sqrt(n / 2);
  const near = normCdf(shift - zAlpha(d));
  return d.sides === 2 ? near + normCdf(-shift - zAlpha(d)) : near;
}

export const proportionMethods = {
  pooled: twoVarianceMethod(pooledSd, false),
  pooledBothTails: twoVarianceMethod(pooledSd, true),
  cohensH: {
    usesH: true,
    power: cohensHPower,
    nExact(d, power) {
      // Counting both tails can only lower n, so the near-tail n brackets the root from above.
      const f = (n: number) => cohensHPower(d, n) - power;
      return solveIncreasing(f, 1e-9, nearTailH(d, power)) ?? Number.NaN;
    },
  },
  cohensHNearTail: {
    usesH: true,
    power: (d, n) => normCdf(Math.abs(cohensH(d.p1, d.p2)) * Math.sqrt(n / 2) - zAlpha(d)),
    nExact: nearTailH,
  },
  baselineVariance: twoVarianceMethod(baseSd, false),
  unpooled: {
    power: (d, n) => normCdf((Math.sqrt(n) * Math.abs(d.p2 - d.p1)) / Math.sqrt(alt(d)) - zAlpha(d)),
    nExact(d, power) {
      const z = zAlpha(d) + normUpperQuantile(1 - power);
      return (z * z * alt(d)) / ((d.p2 - d.p1) * (d.p2 - d.p1));
    },
  },
} satisfies Record<string, ProportionMethod>;

export type ProportionMethodName = keyof typeof proportionMethods;
/** Methods that solve for n or MDE; `pooledBothTails` reports power only. */
export const proportionPlanningMethods = ['pooled', 'cohensH', 'cohensHNearTail', 'baselineVariance', 'unpooled'] as const;
export type ProportionPlanningMethod = (typeof proportionPlanningMethods)[number];
export const proportionPowerMethods = Object.keys(proportionMethods) as ProportionMethodName[];
