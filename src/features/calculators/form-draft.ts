// What the user types: the calculator's input shape with every number kept as the text typed,
// so half-typed values ("0.", "1e") survive and validation happens on every keystroke.
import type { CalculatorId } from '../../domain/stats';
import { calculate, calculators, defaultInput, parseInput, StatsInputError } from '../../domain/stats';

export type Draft = string | boolean | Draft[] | { [key: string]: Draft };

/** Keys whose string values are choices, not numbers. */
const CHOICE_KEYS = new Set(['alternative', 'mdeType']);

/** Turns a typed number into a number; keeps the text when it is not one, so the schema names it. */
export function parseNumberText(text: string): number | string | undefined {
  const clean = text.trim().replace(/[,_\s]/g, '').replace(/\u2212/g, '-');
  if (clean === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean) ? Number(clean) : text;
}

export function toDraft(value: unknown): Draft {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toDraft);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDraft(v)]));
  return '';
}

export function fromDraft(draft: Draft, key = ''): unknown {
  if (typeof draft === 'boolean') return draft;
  if (typeof draft === 'string') return CHOICE_KEYS.has(key) ? draft : parseNumberText(draft);
  if (Array.isArray(draft)) return draft.map((d) => fromDraft(d));
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, fromDraft(v, k)]));
}

export interface StatDefaults {
  defaultAlpha: number;
  defaultPower: number;
}

/** The registry example, with the user's default alpha and power wherever the calculator takes them. */
export function defaultDraft(id: CalculatorId, defaults?: StatDefaults): Draft {
  const input = defaultInput(id);
  if (!defaults || !input || typeof input !== 'object' || Array.isArray(input)) return toDraft(input);
  const withDefaults: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  if ('alpha' in withDefaults) withDefaults.alpha = defaults.defaultAlpha;
  if ('power' in withDefaults) withDefaults.power = defaults.defaultPower;
  return toDraft(withDefaults);
}

/** A remembered draft follows the example's shape; anything else falls back to the example's value. */
function restoreLike(stored: unknown, example: unknown): Draft {
  if (typeof example === 'number') {
    if (typeof stored === 'string') return stored;
    return typeof stored === 'number' && Number.isFinite(stored) ? String(stored) : String(example);
  }
  if (typeof example === 'boolean') return typeof stored === 'boolean' ? stored : example;
  if (typeof example === 'string') return typeof stored === 'string' ? stored : example;
  if (Array.isArray(example)) {
    if (!Array.isArray(stored) || stored.length < 2 || stored.length > 12) return toDraft(example);
    const template = example[0];
    return stored.map((item, i) => restoreLike(item, example[i] ?? template));
  }
  if (example && typeof example === 'object') {
    const record = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(example).map(([k, v]) => [k, restoreLike(record[k], v)]));
  }
  return '';
}

export function restoreDraft(id: CalculatorId, stored: unknown): Draft {
  return restoreLike(stored, calculators[id].example);
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

export function evaluate(id: CalculatorId, draft: Draft): Evaluation {
  const input = fromDraft(draft);
  try {
    const valid = parseInput(id, input);
    return { ok: true, input: valid, output: calculate(id, valid) };
  } catch (error) {
    if (error instanceof StatsInputError) return { ok: false, input, error: { field: error.field, message: error.message } };
    return { ok: false, input, error: { field: '', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** The message for a field: an error on the field itself or on something inside it. */
export function errorAt(evaluation: Evaluation, path: string): string | undefined {
  if (evaluation.ok) return undefined;
  const { field, message } = evaluation.error;
  return field === path || field.startsWith(`${path}.`) ? message : undefined;
}
