// Many metrics at once: every p-value adjusted by each family-wise (Bonferroni, Holm, Hochberg,
// Hommel) and false-discovery-rate (Benjamini-Hochberg, Benjamini-Yekutieli) correction, as R's p.adjust.
import { z } from 'zod';
import type { PAdjustMethod } from '../p-adjust';
import { ascendingOrder, pAdjustMethods, pAdjustSorted } from '../p-adjust';
import { alphaSchema, num, show } from '../schema-parts';
import { defineCalculator } from '../types';

export const MAX_P_VALUES = 10_000;

const pValueSchema = num('Every p-value').min(0, { error: (iss) => `A p-value must be between 0 and 1 (got ${show(iss.input)})` })
  .max(1, { error: (iss) => `A p-value must be between 0 and 1 (got ${show(iss.input)})` });

const schema = z.object({
  pValues: z
    .array(pValueSchema, {
      error: (iss) => (iss.input === undefined ? 'Give at least one p-value' : `The p-values must be a list of numbers (got ${show(iss.input)})`),
    })
    .min(1, { error: 'Give at least one p-value' })
    .max(MAX_P_VALUES, { error: (iss) => `At most ${MAX_P_VALUES.toLocaleString('en-US')} p-values at once (got ${(iss.input as unknown[]).length.toLocaleString('en-US')})` }),
  alpha: alphaSchema,
});

export interface CorrectionResult {
  /** In input order. */
  adjustedPValues: number[];
  /** adjusted < alpha, per p-value. */
  rejected: boolean[];
  rejectedCount: number;
}

export interface MultipleTestingOutput {
  m: number;
  byMethod: Record<PAdjustMethod, CorrectionResult>;
}

function compute({ pValues, alpha }: z.infer<typeof schema>): MultipleTestingOutput {
  const order = ascendingOrder(pValues);
  const sorted = Float64Array.from(order, (i) => pValues[i]!);
  const byMethod = {} as Record<PAdjustMethod, CorrectionResult>;
  for (const method of pAdjustMethods) {
    const adjustedPValues = pAdjustSorted(pValues, sorted, order, method);
    const rejected = new Array<boolean>(adjustedPValues.length);
    let rejectedCount = 0;
    for (let i = 0; i < adjustedPValues.length; i++) {
      rejected[i] = adjustedPValues[i]! < alpha;
      if (rejected[i]) rejectedCount++;
    }
    byMethod[method] = { adjustedPValues, rejected, rejectedCount };
  }
  return { m: pValues.length, byMethod };
}

export const multipleTestingCorrection = defineCalculator({
  id: 'multiple-testing-correction',
  title: 'Multiple-testing correction',
  description: 'Adjusts the p-values of many metrics or variants at once: Bonferroni, Holm, Hochberg, Hommel, Benjamini-Hochberg and Benjamini-Yekutieli (as R p.adjust).',
  category: 'modern',
  schema,
  example: { pValues: [0.003, 0.012, 0.021, 0.038, 0.045, 0.19, 0.41, 0.73], alpha: 0.05 },
  fields: { pValues: 'p-values (one per metric)', alpha: 'Significance level' },
  compute,
});
