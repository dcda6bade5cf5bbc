import type { z } from 'zod';

/** Thrown for input a calculator cannot work with; `field` is the dotted path of the bad value. */
export class StatsInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'StatsInputError';
    this.field = field;
  }
}

/** Turns the first zod issue into a StatsInputError (the first one is what a person fixes first). */
export function fromZodError(error: z.ZodError): StatsInputError {
  const issue = error.issues[0];
  if (!issue) return new StatsInputError('', 'The input is not valid.');
  const field = issue.path.map(String).join('.');
  const message = issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')
    ? `${field ? `"${field}"` : 'The input'} has the wrong type (${issue.message}).`
    : issue.message;
  return new StatsInputError(field, message);
}

/** For a design no real test can run: more units per arm than the engine can count. */
export function beyondCountable(field: string, what: string, nExact: number): StatsInputError {
  const size = Number.isFinite(nExact) ? ` (about ${nExact.toExponential(1).replace('e+', ' × 10^')})` : '';
  return new StatsInputError(field, `${what} needs more than 9 quadrillion visitors per arm${size}: no experiment can detect it. Choose a larger minimum detectable effect.`);
}
