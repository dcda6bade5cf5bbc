import type { z } from 'zod';

export type CalculatorCategory = 'test' | 'planning' | 'bayesian' | 'modern' | 'tools';

/** One entry of the calculator registry: metadata for the UI, a schema with defaults, and the math. */
export interface Calculator<I = unknown, O = unknown> {
  id: string;
  title: string;
  description: string;
  category: CalculatorCategory;
  /** Validates and fills defaults; its output is what `compute` receives. */
  schema: z.ZodType<I>;
  /** A complete, valid example input the UI can prefill. */
  example: I;
  /** Human labels for the top-level input fields. */
  fields: Record<string, string>;
  compute(input: I): O;
  /** The same computation reporting progress, for calculations long enough to need it (the simulator). */
  computeWithProgress?(input: I, onProgress: (done: number, total: number) => void): O;
}

/** Keeps the literal id, so the registry's keys (and `CalculatorId`) come from the calculators themselves. */
export function defineCalculator<const Id extends string, I, O>(
  // The input type comes from the schema alone; the example is checked against it.
  calc: Omit<Calculator<I, O>, 'example'> & { id: Id; example: NoInfer<I> },
): Calculator<I, O> & { id: Id } {
  return calc;
}

/** Replaces a non-finite number (0/0, x/0) with null: undefined results are never NaN or Infinity. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
