// Power and sample-size formulas for two means with equal n per arm (d = mde / sd).
import { normCdf, normUpperQuantile, tUpperQuantile } from './dists';
import { noncentralTCdf } from './noncentral-t';
import { solveIncreasing } from './root-find';

export interface MeanMethod {
  /** Power with n per arm for standardized effect |d|, `sides` rejection tails of total size alpha. */
  power(d: number, n: number, alpha: number, sides: 1 | 2): number;
  /** Unrounded n per arm reaching `power`. */
  nExact(d: number, alpha: number, power: number, sides: 1 | 2): number;
  /** Standardized effect detectable with n per arm at `power`. */
  dExact(n: number, alpha: number, power: number, sides: 1 | 2): number;
}

const normalN = (d: number, alpha: number, power: number, sides: 1 | 2): number => {
  const z = normUpperQuantile(alpha / sides) + normUpperQuantile(1 - power);
  return (2 * z * z) / (d * d);
};

function noncentralT(bothTails: boolean): MeanMethod {
  const power = (d: number, n: number, alpha: number, sides: 1 | 2): number => {
    const df = 2 * (n - 1);
    const ncp = Math.sqrt(n / 2) * Math.abs(d);
    const qu = tUpperQuantile(alpha / sides, df);
    const near = noncentralTCdf(qu, df, ncp, false);
    return bothTails && sides === 2 ? near + noncentralTCdf(-qu, df, ncp, true) : near;
  };
  return {
    power,
    nExact(d, alpha, target, sides) {
      // Smallest n with df > 0 is just above 1; as R's power.t.test, n may come out below 2.
      const f = (n: number) => power(d, n, alpha, sides) - target;
      return solveIncreasing(f, 1 + 1e-6, normalN(d, alpha, target, sides) + 2) ?? Number.NaN;
    },
    dExact(n, alpha, target, sides) {
      const f = (d: number) => power(d, n, alpha, sides) - target;
      const guess = Math.sqrt(normalN(1, alpha, target, sides) / n);
      return solveIncreasing(f, 0, guess * 1.5) ?? Number.NaN;
    },
  };
}

export const meanMethods = {
  tTest: noncentralT(false),
  tTestBothTails: noncentralT(true),
  normal: {
    power: (d, n, alpha, sides) => normCdf(Math.abs(d) * Math.sqrt(n / 2) - normUpperQuantile(alpha / sides)),
    nExact: normalN,
    dExact: (n, alpha, power, sides) => Math.sqrt(normalN(1, alpha, power, sides) / n),
  },
} satisfies Record<string, MeanMethod>;

export type MeanMethodName = keyof typeof meanMethods;
export const meanMethodNames = Object.keys(meanMethods) as MeanMethodName[];
