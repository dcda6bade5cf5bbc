import { normSf, normUpperQuantile } from './dists';
import type { TestAlternative } from './schema-parts';

/** P-value of a statistic whose null distribution is symmetric about 0, from its survival function. */
export function symmetricPValue(stat: number, alternative: TestAlternative, sf: (x: number) => number): number {
  const byAlternative: Record<TestAlternative, () => number> = {
    'two-sided': () => Math.min(1, 2 * sf(Math.abs(stat))),
    greater: () => sf(stat),
    less: () => sf(-stat),
  };
  return byAlternative[alternative]();
}

export interface ZInference {
  z: number | null;
  pValue: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  significant: boolean;
}

/** Two-sided z inference on an estimate and its standard error; everything null (not significant) when se = 0. */
export function zInference(estimate: number, se: number, alpha: number): ZInference {
  if (!(se > 0)) return { z: null, pValue: null, ciLower: null, ciUpper: null, significant: false };
  const z = estimate / se;
  const pValue = Math.min(1, 2 * normSf(Math.abs(z)));
  const half = normUpperQuantile(alpha / 2) * se;
  return { z, pValue, ciLower: estimate - half, ciUpper: estimate + half, significant: pValue < alpha };
}
