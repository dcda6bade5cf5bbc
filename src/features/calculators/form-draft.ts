// What the user types: the calculator's input shape with every number kept as the text typed,
// so half-typed values ("0.", "1e") survive and validation happens on every keystroke.
import type { CalculatorId } from '../../domain/stats';
import { calculate, defaultInput, parseInput, StatsInputError } from '../../domain/stats';
import { errorMessage } from '../../shared/error-message';

export type Draft = string | boolean | Draft[] | { [key: string]: Draft };

/** Turns a typed number into a number; keeps the text when it is not one, so the schema names it. "5%" is 0.05. */
export function parseNumberText(text: string): number | string | undefined {
  const clean = text.trim().replace(/[,_\s]/g, '').replace(/\u2212/g, '-');
  if (clean === '') return undefined;
  const percent = clean.endsWith('%');
  const digits = percent ? clean.slice(0, -1) : clean;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits)) return text;
  if (!percent) return Number(digits);
  // Shift the decimal exponent instead of dividing, so "14.7%" is the double nearest 0.147.
  const [mantissa, exponent = '0'] = digits.toLowerCase().split('e');
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

export function toDraft(value: unknown): Draft {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toDraft);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDraft(v)]));
  return '';
}

/**
 * The input a draft stands for. `example` (the calculator's example input) says which text is a
 * choice (a string there) and which a number; text with no example beside it is read as a number.
 */
export function fromDraft(draft: Draft, example?: unknown): unknown {
  if (typeof draft === 'boolean') return draft;
  if (typeof draft === 'string') return typeof example === 'string' ? draft : parseNumberText(draft);
  if (Array.isArray(draft)) {
    const items = Array.isArray(example) ? example : [];
    return draft.map((d, i) => fromDraft(d, items[i] ?? items[0]));
  }
  const shape = example && typeof example === 'object' && !Array.isArray(example) ? (example as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, fromDraft(v, shape[k])]));
}

export interface StatDefaults {
  defaultAlpha: number;
  defaultPower: number;
}

/** The example input with the user's default alpha and power wherever the calculator takes them. */
export function exampleWithDefaults(id: CalculatorId, defaults?: StatDefaults): unknown {
  const input = defaultInput(id);
  if (!defaults || !input || typeof input !== 'object' || Array.isArray(input)) return input;
  const withDefaults: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  if ('alpha' in withDefaults) withDefaults.alpha = defaults.defaultAlpha;
  if ('power' in withDefaults) withDefaults.power = defaults.defaultPower;
  return withDefaults;
}

/** A remembered draft follows the template's shape; anything else falls back to the template's value. */
export function restoreLike(stored: unknown, template: Draft): Draft {
  if (typeof template === 'string') {
    if (typeof stored === 'string') return stored;
    return typeof stored === 'number' && Number.isFinite(stored) ? String(stored) : template;
  }
  if (typeof template === 'boolean') return typeof stored === 'boolean' ? stored : template;
  if (Array.isArray(template)) {
    if (!Array.isArray(stored) || stored.length < 2 || stored.length > 12) return template;
    const first = template[0] ?? '';
    return stored.map((item, i) => restoreLike(item, template[i] ?? first));
  }
  const record = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, restoreLike(record[k], v)]));
}

/** Reads the draft at a dotted path ("control.visitors", "table.1.0"). */
export function getAt(draft: Draft, path: string): Draft | undefined {
  let node: Draft | undefined = draft;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(part)] : node[part];
  }
  return node;
}

/** A copy of the draft with the value at `path` replaced. */
export function setAt(draft: Draft, path: string, value: Draft): Draft {
  const [head, ...rest] = path.split('.');
  const next = rest.length ? setAt(getAt(draft, head!) ?? {}, rest.join('.'), value) : value;
  if (Array.isArray(draft)) return draft.map((d, i) => (i === Number(head) ? next : d));
  if (typeof draft === 'object') return { ...draft, [head!]: next };
  return draft;
}

export type Evaluation<O = unknown> =
  | { ok: true; /** validated, defaults filled */ input: unknown; output: O }
  | { ok: false; input: unknown; error: { field: string; message: string } };

/** Validates `input`, and computes it unless `compute` is false (then `output` is undefined). */
export function evaluateInput(id: CalculatorId, input: unknown, compute = true): Evaluation {
  try {
    const valid = parseInput(id, input);
    return { ok: true, input: valid, output: compute ? calculate(id, valid) : undefined };
  } catch (error) {
    if (error instanceof StatsInputError) return { ok: false, input, error: { field: error.field, message: error.message } };
    return { ok: false, input, error: { field: '', message: errorMessage(error) } };
  }
}

/** The message for a field: an error on the field itself or on something inside it. */
export function errorAt(evaluation: Evaluation, path: string): string | undefined {
  if (evaluation.ok) return undefined;
  const { field, message } = evaluation.error;
  return field === path || field.startsWith(`${path}.`) ? message : undefined;
}
