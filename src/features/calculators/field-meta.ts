// Labels, hints and choices for input fields, beyond the registry's top-level labels.
import type { CalculatorId } from '../../domain/stats';
import { calculators } from '../../domain/stats';

export interface Choice {
  value: string;
  label: string;
}

const testAlternatives: Choice[] = [
  { value: 'two-sided', label: 'Two-sided' },
  { value: 'greater', label: 'B > A' },
  { value: 'less', label: 'B < A' },
];
const planAlternatives: Choice[] = [
  { value: 'two-sided', label: 'Two-sided' },
  { value: 'one-sided', label: 'One-sided' },
];
const criticalAlternatives: Choice[] = [
  { value: 'two-sided', label: 'Two-sided' },
  { value: 'greater', label: 'Upper' },
  { value: 'less', label: 'Lower' },
];

const planning = new Set<CalculatorId>([
  'sample-size-proportions', 'power-proportions', 'mde-proportions', 'sample-size-means', 'power-means', 'mde-means',
]);

export function choicesFor(id: CalculatorId, key: string): Choice[] | undefined {
  if (key === 'alternative') {
    if (planning.has(id)) return planAlternatives;
    if (id === 'normal-critical-value' || id === 't-critical-value') return criticalAlternatives;
    return testAlternatives;
  }
  if (key === 'mdeType') {
    return id === 'sample-size-proportions'
      ? [{ value: 'relative', label: 'Relative lift' }, { value: 'absolute', label: 'Absolute (pp)' }]
      : [{ value: 'absolute', label: 'Metric units' }, { value: 'standardized', label: 'Std. deviations' }];
  }
  return undefined;
}

const leafLabels: Record<string, string> = {
  visitors: 'Visitors',
  conversions: 'Conversions',
  mean: 'Mean',
  sd: 'Std. deviation',
  n: 'Sample size',
  alpha: 'Significance level (α)',
  beta: 'β',
};

/** A label for a dotted path: the registry's label for top-level fields, plain words inside groups. */
export function labelFor(id: CalculatorId, path: string): string {
  const parts = path.split('.');
  const fields = calculators[id].fields as Record<string, string>;
  if (parts.length === 1) return fields[parts[0]!] ?? parts[0]!;
  const leaf = parts[parts.length - 1]!;
  if (parts[0] === 'prior') return leaf === 'alpha' ? 'Prior α' : 'Prior β';
  return leafLabels[leaf] ?? leaf;
}

/** Short help under some fields. */
export const hints: Partial<Record<string, string>> = {
  baselineRate: 'As a fraction: 0.05 for 5%.',
  treatmentRate: 'As a fraction: 0.055 for 5.5%.',
  alpha: 'Chance of a false positive, e.g. 0.05.',
  power: 'Chance of detecting a real effect of this size, e.g. 0.8.',
  threshold: 'SRM checks use a strict level, e.g. 0.001.',
};
