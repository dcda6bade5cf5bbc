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
