// Labels, hints and choices for input fields: shared choice lists, leaf labels every arm uses, and
// the lookups the form makes through a calculator's descriptor.
import type { CalculatorId } from '../../domain/stats';
import { calculators } from '../../domain/stats';
import type { FieldsMeta } from './descriptor';

export interface Choice {
  value: string;
  label: string;
}

export const testAlternatives: Choice[] = [
  { value: 'two-sided', label: 'Two-sided' },
  { value: 'greater', label: 'B > A' },
  { value: 'less', label: 'B < A' },
];
export const planAlternatives: Choice[] = [
  { value: 'two-sided', label: 'Two-sided' },
  { value: 'one-sided', label: 'One-sided' },
];
export const criticalAlternatives: Choice[] = [
  { value: 'two-sided', label: 'Two-sided' },
  { value: 'greater', label: 'Upper' },
  { value: 'less', label: 'Lower' },
];

const leafLabels: Record<string, string> = {
  visitors: 'Visitors',
  conversions: 'Conversions',
  mean: 'Mean',
  sd: 'Std. deviation',
  n: 'Sample size',
  alpha: 'Significance level (α)',
  beta: 'β',
};

/** Help every calculator that takes these fields shows. */
const commonHints: Record<string, string> = {
  alpha: 'Chance of a false positive, e.g. 0.05.',
  power: 'Chance of detecting a real effect of this size, e.g. 0.8.',
};

/** A label for a dotted path: the descriptor's, the engine's for top-level fields, plain words inside groups. */
export function labelFor(id: CalculatorId, fields: FieldsMeta, path: string): string {
  const own = fields.labels?.[path];
  if (own) return own;
  const parts = path.split('.');
  const top = calculators[id].fields as Record<string, string>;
  if (parts.length === 1) return top[parts[0]!] ?? parts[0]!;
  const leaf = parts[parts.length - 1]!;
  return fields.labels?.[leaf] ?? leafLabels[leaf] ?? leaf;
}

export function hintFor(fields: FieldsMeta, key: string): string | undefined {
  return fields.hints?.[key] ?? commonHints[key];
}
