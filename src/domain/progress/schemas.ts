// Zod schemas for everything the tracker loads from the database, a file or an import.
// Field messages are written for people: they are shown next to the form field they name.
import { z } from 'zod';
import { isIsoDate } from './day-math';
import { MODULE_STATUSES } from './types';
import { examDomainsSchema } from '../plan/exam-plan-schema';
import type { FieldErrors } from './types';

/** '' and null from forms and old exports mean "not set". */
const blankToUndefined = (value: unknown): unknown => (value === '' || value === null ? undefined : value);

export const isoDateSchema = (label: string) =>
  z
    .string({ error: `${label} must be a date written yyyy-MM-dd.` })
    .refine(isIsoDate, { error: `${label} must be a real date written yyyy-MM-dd.` });

export const optionalIsoDate = (label: string) => z.preprocess(blankToUndefined, isoDateSchema(label).optional());

export const requiredText = (label: string) =>
  z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} cannot be empty.` });

const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional()).transform((v) => v || undefined);

export const idSchema = z.string({ error: 'An id is required.' }).trim().min(1, { error: 'The id cannot be empty.' });

export const estimatedHoursSchema = z
  .number({ error: 'Estimated hours must be a number.' })
  .min(0, { error: 'Estimated hours cannot be negative.' })
  .max(1000, { error: 'Estimated hours must be at most 1000 per module.' });

export const percentSchema = z
  .number({ error: 'Percent must be a number.' })
  .min(0, { error: 'Percent must be between 0 and 100.' })
  .max(100, { error: 'Percent must be between 0 and 100.' });

/** Module fields as stored, before status/percent are reconciled. */
export const moduleFieldsSchema = z.object(
  {
    id: idSchema,
    title: requiredText('Title'),
    course: optionalText,
    estimatedHours: estimatedHoursSchema.default(0),
    status: z.enum(MODULE_STATUSES, { error: 'Status must be not-started, in-progress or done.' }).default('not-started'),
    percent: percentSchema.optional(),
    startedOn: optionalIsoDate('Start date'),
    completedOn: optionalIsoDate('Completion date'),
    notes: z.preprocess(blankToUndefined, z.string({ error: 'Notes must be text.' }).optional()).transform((v) => v ?? ''),
  },
  { error: 'A module must be an object.' },
);

/** Old exports used `hours` and `name`; copy them to today's field names. */
export function migrateModuleFields(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const out: Record<string, unknown> = { ...raw };
  if (out.estimatedHours === undefined && typeof out.hours === 'number') out.estimatedHours = out.hours;
  if (out.title === undefined && typeof out.name === 'string') out.title = out.name;
  return out;
}

export const sessionSchema = z.object(
  {
    id: idSchema,
    date: isoDateSchema('The session date'),
    certificationId: idSchema,
    moduleId: z.string({ error: 'Choose a module.' }).trim().min(1, { error: 'Choose a module.' }),
    minutes: z
      .number({ error: 'Minutes must be a number.' })
      .positive({ error: 'Minutes must be more than zero.' })
      .int({ error: 'Minutes must be a whole number.' })
      .max(1440, { error: 'A session cannot be longer than a day (1440 minutes).' }),
    note: z.preprocess(blankToUndefined, z.string({ error: 'The note must be text.' }).optional()).transform((v) => v ?? ''),
    episodeId: optionalText,
  },
  { error: 'A study session must be an object.' },
);

export const templateSchema = z.object(
  {
    id: idSchema,
    name: requiredText('Name'),
    provider: z.string({ error: 'Provider must be text.' }).trim(),
    description: z.string({ error: 'Description must be text.' }).trim(),
    modules: z.array(
      z.object(
        {
          title: requiredText('Title'),
          course: optionalText,
          estimatedHours: estimatedHoursSchema,
        },
        { error: 'A template module must be an object.' },
      ),
      { error: 'Modules must be a list.' },
    ),
    /** The exam guide's domains and weights, each naming the path's courses that teach it. */
    domains: examDomainsSchema.optional(),
  },
  { error: 'A template must be an object.' },
);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** First message per field path; '_' is the value as a whole. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
