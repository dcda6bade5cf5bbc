// The form of one calculator, through its descriptor: the draft it starts from, a remembered draft
// restored, a draft turned into engine input and evaluated (validation only for worker calculators).
import type { CalculatorId } from '../../domain/stats';
import { defaultInput, StatsInputError } from '../../domain/stats';
import { descriptorOf } from './descriptors';
import type { Draft, Evaluation, StatDefaults } from './form-draft';
import { evaluateInput, exampleWithDefaults, fromDraft, restoreLike, toDraft } from './form-draft';

/** The draft a form shows for an input (an engine input, or one read from an episode's block). */
export function draftFromInput(id: CalculatorId, input: unknown): Draft {
  const form = descriptorOf(id).form;
  return form ? form.fromInput(input) : toDraft(input);
}

export function inputFromDraft(id: CalculatorId, draft: Draft): unknown {
  const form = descriptorOf(id).form;
  return form ? form.toInput(draft) : fromDraft(draft, defaultInput(id));
}

/** The example as a draft, with the user's default alpha and power where the calculator takes them. */
export function defaultDraft(id: CalculatorId, defaults?: StatDefaults): Draft {
  return draftFromInput(id, exampleWithDefaults(id, defaults));
}

/** A remembered draft, kept to the example draft's shape (garbage falls back to the example). */
export function restoreDraft(id: CalculatorId, stored: unknown): Draft {
  return restoreLike(stored, defaultDraft(id));
}

/** Validates the draft, and computes it on this thread unless the calculator runs in a worker. */
export function evaluate(id: CalculatorId, draft: Draft): Evaluation {
  let input: unknown;
  try {
    input = inputFromDraft(id, draft);
  } catch (error) {
    // A form that cannot be read (a pasted table with a missing column) says so like the engine does.
    if (error instanceof StatsInputError) return { ok: false, input: undefined, error: { field: error.field, message: error.message } };
    throw error;
  }
  return evaluateInput(id, input, !descriptorOf(id).runsInWorker);
}

/** Screen-only values with their defaults. */
export function defaultExtras(id: CalculatorId): Record<string, string> {
  return { ...descriptorOf(id).extras };
}
