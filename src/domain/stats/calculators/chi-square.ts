// Chi-square test of independence (r x c) and the sample-ratio-mismatch goodness-of-fit check.
import { z } from 'zod';
import { chisqSf } from '../dists';
import { count, num, openUnit, show } from '../schema-parts';
import { defineCalculator } from '../types';

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

const tableSchema = z
  .object({
    table: z
      .array(z.array(count('Every cell of the table')), {
        error: (iss) => `The table must be a list of rows of counts (got ${show(iss.input)})`,
      })
      .min(2, { error: 'The table needs at least 2 rows' }),
    yatesCorrection: z.boolean({ error: 'Yates correction must be true or false' }).default(false),
  })
  .superRefine(({ table }, ctx) => {
    const cols = table[0]?.length ?? 0;
    if (cols < 2) {
      ctx.addIssue({ code: 'custom', path: ['table', 0], message: 'The table needs at least 2 columns' });
      return;
    }
    for (const [i, row] of table.entries()) {
      if (row.length !== cols) {
        ctx.addIssue({ code: 'custom', path: ['table', i], message: `Row ${i + 1} has ${row.length} cells but row 1 has ${cols}` });
        return;
      }
      if (sum(row) === 0) {
        ctx.addIssue({ code: 'custom', path: ['table', i], message: `Row ${i + 1} has no counts: every row needs at least one observation` });
        return;
      }
    }
    for (let j = 0; j < cols; j++) {
      if (table.every((row) => row[j] === 0)) {
        ctx.addIssue({ code: 'custom', path: ['table'], message: `Column ${j + 1} has no counts: every column needs at least one observation` });
        return;
      }
    }
  });
export type ChiSquareIndependenceInput = z.infer<typeof tableSchema>;

export interface ChiSquareIndependenceOutput {
  statistic: number;
  df: number;
  pValue: number;
  expected: number[][];
}

function independence({ table, yatesCorrection }: ChiSquareIndependenceInput): ChiSquareIndependenceOutput {
  const rowSums = table.map(sum);
  const colSums = table[0].map((_, j) => sum(table.map((row) => row[j])));
  const total = sum(rowSums);
  const expected = rowSums.map((r) => colSums.map((c) => (r * c) / total));
  const is2x2 = table.length === 2 && colSums.length === 2;
  let statistic = 0;
  for (const [i, row] of table.entries()) {
    for (const [j, observed] of row.entries()) {
      const e = expected[i][j];
      const dev = Math.abs(observed - e);
      // Capped at |O - E| so the correction never flips the sign of a deviation (as R's chisq.test).
      const yates = yatesCorrection && is2x2 ? Math.min(0.5, dev) : 0;
      statistic += ((dev - yates) * (dev - yates)) / e;
    }
  }
  const df = (table.length - 1) * (colSums.length - 1);
  return { statistic, df, pValue: chisqSf(statistic, df), expected };
}

export const chiSquareIndependence = defineCalculator({
  id: 'chi-square-independence',
  title: 'Chi-square test of independence',
  description: 'Tests whether rows and columns of a contingency table are independent (e.g. variant x outcome).',
  category: 'test',
  schema: tableSchema,
  example: { table: [[120, 880], [150, 850]], yatesCorrection: false },
  fields: { table: 'Contingency table (counts)', yatesCorrection: 'Yates continuity correction (2x2 only)' },
  compute: independence,
});

const srmSchema = z
  .object({
    observed: z
      .array(count('Every observed count'), { error: (iss) => `Observed counts must be a list of numbers (got ${show(iss.input)})` })
      .min(2, { error: 'Observed counts are needed for at least 2 arms' }),
    expectedRatios: z
      .array(num('Every expected ratio').gt(0, { error: (iss) => `Every expected ratio must be greater than 0 (got ${show(iss.input)})` }), {
        error: (iss) => `Expected ratios must be a list of numbers (got ${show(iss.input)})`,
      })
      .optional(),
    threshold: openUnit('The SRM threshold', ', e.g. 0.001').default(0.001),
  })
  .superRefine((v, ctx) => {
    if (sum(v.observed) === 0) {
      ctx.addIssue({ code: 'custom', path: ['observed'], message: 'Observed counts are all 0: there is nothing to check' });
    }
    if (!v.expectedRatios) return;
    if (v.expectedRatios.length !== v.observed.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedRatios'],
        message: `Expected ratios has ${v.expectedRatios.length} entries but there are ${v.observed.length} observed counts`,
      });
    } else if (Math.abs(sum(v.expectedRatios) - 1) > 1e-6) {
      ctx.addIssue({
        code: 'custom',
        path: ['expectedRatios'],
        message: `Expected ratios must sum to 1 (they sum to ${sum(v.expectedRatios)}), e.g. 0.5 and 0.5 for an even split`,
      });
    }
  });
export type SrmCheckInput = z.infer<typeof srmSchema>;

export interface SrmCheckOutput {
  statistic: number;
  df: number;
  pValue: number;
  expectedCounts: number[];
  srmDetected: boolean;
}

function srm({ observed, expectedRatios, threshold }: SrmCheckInput): SrmCheckOutput {
  const ratios = expectedRatios ?? observed.map(() => 1 / observed.length);
  const total = sum(observed);
  const expectedCounts = ratios.map((r) => r * total);
  const statistic = sum(observed.map((o, i) => ((o - expectedCounts[i]) ** 2) / expectedCounts[i]));
  const df = observed.length - 1;
  const pValue = chisqSf(statistic, df);
  return { statistic, df, pValue, expectedCounts, srmDetected: pValue < threshold };
}

export const srmCheck = defineCalculator({
  id: 'srm-check',
  title: 'Sample ratio mismatch check',
  description: 'Chi-square goodness-of-fit test of the observed split of visitors against the planned split.',
  category: 'test',
  schema: srmSchema,
  example: { observed: [50120, 49480], expectedRatios: [0.5, 0.5], threshold: 0.001 },
  fields: { observed: 'Visitors per arm', expectedRatios: 'Planned split (sums to 1)', threshold: 'Flag a mismatch when p is below' },
  compute: srm,
});
