// CUPED (Deng et al. 2013): regression adjustment by a pre-experiment covariate X, from per-arm sums.
// theta comes from both arms pooled (gbstats `compute_theta`), so it does not depend on the treatment.
import { z } from 'zod';
import { zInference } from '../p-values';
import { alphaSchema, show } from '../schema-parts';
import type { SumLayout } from '../sum-moments';
import { checkArms, covariance, sumArmShape, validMoments, variance } from '../sum-moments';
import { defineCalculator } from '../types';

const keys = ['sumY', 'sumY2', 'sumX', 'sumX2', 'sumXY'] as const;
const words = { sumY: 'The sum of Y', sumY2: 'The sum of Y²', sumX: 'The sum of X', sumX2: 'The sum of X²', sumXY: 'The sum of X·Y' };
const layout: SumLayout = { a: { sum: 'sumY', squares: 'sumY2', name: 'Y' }, b: { sum: 'sumX', squares: 'sumX2', name: 'X' }, cross: 'sumXY' };

const armSchema = (arm: string) =>
  z.object(sumArmShape(arm, keys, words) as Record<'n' | (typeof keys)[number], z.ZodType<number>>, {
    error: (iss) => `The ${arm} arm must be an object { n, sumY, sumY2, sumX, sumX2, sumXY } (got ${show(iss.input)})`,
  });

const schema = z.object({ control: armSchema('control'), treatment: armSchema('treatment'), alpha: alphaSchema }).superRefine(checkArms(layout));
type Input = z.infer<typeof schema>;
type Arm = Input['control'];

export interface CupedOutput {
  theta: number;
  correlation: number | null;
  controlMean: number;
  treatmentMean: number;
  controlAdjustedMean: number;
  treatmentAdjustedMean: number;
  diffUnadjusted: number;
  seUnadjusted: number;
  diff: number;
  se: number;
  z: number | null;
  pValue: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  significant: boolean;
  varianceReduction: number | null;
  sampleSizeFactor: number | null;
}

const clamp0 = (x: number) => Math.max(0, x);

function compute({ control: a, treatment: b, alpha }: Input): CupedOutput {
  const n = a.n + b.n;
  const varPY = clamp0(variance(a.sumY2 + b.sumY2, a.sumY + b.sumY, n));
  const varPX = clamp0(variance(a.sumX2 + b.sumX2, a.sumX + b.sumX, n));
  const covP = covariance(a.sumXY + b.sumXY, a.sumX + b.sumX, a.sumY + b.sumY, n);
  const degenerate = varPX === 0 || varPY === 0;
  const theta = degenerate ? 0 : covP / varPX;
  const correlation = degenerate ? null : Math.max(-1, Math.min(1, covP / Math.sqrt(varPX * varPY)));
  const xbarPooled = (a.sumX + b.sumX) / n;
  const arm = (s: Arm) => {
    const ybar = s.sumY / s.n;
    const xbar = s.sumX / s.n;
    const { varA: varY, varB: varX, cov } = validMoments(s, layout);
    return { ybar, xbar, varY, adjustedMean: ybar - theta * (xbar - xbarPooled), varAdj: clamp0(varY + theta * theta * varX - 2 * theta * cov) };
  };
  const A = arm(a);
  const B = arm(b);
  const diffUnadjusted = B.ybar - A.ybar;
  const seUnadjusted = Math.sqrt(A.varY / a.n + B.varY / b.n);
  const diff = diffUnadjusted - theta * (B.xbar - A.xbar);
  const se = Math.sqrt(A.varAdj / a.n + B.varAdj / b.n);
  return {
    theta,
    correlation,
    controlMean: A.ybar,
    treatmentMean: B.ybar,
    controlAdjustedMean: A.adjustedMean,
    treatmentAdjustedMean: B.adjustedMean,
    diffUnadjusted,
    seUnadjusted,
    diff,
    se,
    ...zInference(diff, se, alpha),
    varianceReduction: seUnadjusted > 0 ? 1 - (se * se) / (seUnadjusted * seUnadjusted) : null,
    sampleSizeFactor: correlation === null ? null : 1 - correlation * correlation,
  };
}

export const cuped = defineCalculator({
  id: 'cuped',
  title: 'CUPED variance reduction',
  description: 'Adjusts a metric by its pre-experiment value (regression adjustment from sums): a smaller standard error for the same difference, as GrowthBook, Statsig and Optimizely do.',
  category: 'modern',
  schema,
  example: {
    control: { n: 5000, sumY: 66815.7, sumY2: 1154113, sumX: 60649.6, sumX2: 1115689.8, sumXY: 1075127.7 },
    treatment: { n: 5000, sumY: 67705.5, sumY2: 1165183.9, sumX: 60235, sumX2: 1091594.3, sumXY: 1068605.9 },
    alpha: 0.05,
  },
  fields: { control: 'Control (A)', treatment: 'Treatment (B)', alpha: 'Significance level' },
  compute,
});
