// The calculators grouped by category for the index, in the registry's order.
import type { CalculatorCategory, CalculatorId } from '../../domain/stats';
import { calculatorIds, calculators } from '../../domain/stats';

const categories: { category: CalculatorCategory; title: string; blurb: string }[] = [
  { category: 'test', title: 'Test results', blurb: 'Is the difference real? Proportions, means, A/B/n and sample ratio checks.' },
  { category: 'planning', title: 'Sample size and duration', blurb: 'How many users, how many days, and what a test can detect.' },
  { category: 'bayesian', title: 'Bayesian', blurb: 'The probability that B beats A and what a wrong call costs.' },
  { category: 'modern', title: 'Modern experimentation', blurb: 'Peeking and sequential tests, many metrics at once, variance reduction (CUPED) and ratio metrics.' },
  { category: 'tools', title: 'Quick tools', blurb: 'Quantiles, critical values, tail probabilities and intervals.' },
];

export interface CalculatorGroup {
  category: CalculatorCategory;
  title: string;
  blurb: string;
  calculators: { id: CalculatorId; title: string; description: string }[];
}

export function calculatorGroups(): CalculatorGroup[] {
  return categories
    .map((c) => ({
      ...c,
      calculators: calculatorIds
        .filter((id) => calculators[id].category === c.category)
        .map((id) => ({ id, title: calculators[id].title, description: calculators[id].description })),
    }))
    .filter((g) => g.calculators.length > 0);
}

export function isCalculatorId(id: string | undefined): id is CalculatorId {
  return id !== undefined && Object.prototype.hasOwnProperty.call(calculators, id);
}

export const categoryTitle = (category: CalculatorCategory): string => categories.find((c) => c.category === category)?.title ?? category;
