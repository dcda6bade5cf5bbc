// A calculator's input as rows a person reads ("Control (A)": "10,000 visitors, 500 conversions"):
// for the result card in an episode and for exported posts. Labels come from the registry.
import { calculators, type CalculatorId } from './registry';

export interface InputRow {
  label: string;
  value: string;
}

/** 'nPerArm' -> 'n per arm', 'expectedRatios' -> 'expected ratios'. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Counted things read number first ("10,000 visitors"); parameters name first ("mean 12.5"). */
const COUNTED = new Set(['visitors', 'conversions']);

function number(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

function describe(value: unknown): string {
  if (typeof value === 'number') return number(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'number')) return value.map((item) => number(item as number)).join(' / ');
    return value.map(describe).join('; ');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => (COUNTED.has(key) ? `${describe(inner)} ${words(key)}` : `${words(key)} ${describe(inner)}`))
      .join(', ');
  }
  return '';
}

/** One row per top-level input field, in the order the input has them. */
export function describeInput(id: CalculatorId, input: unknown): InputRow[] {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return [];
  const labels = calculators[id].fields as Readonly<Record<string, string>>;
  return Object.entries(input)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ({ label: Object.hasOwn(labels, key) ? labels[key]! : words(key), value: describe(value) }));
}
