// The one door for drafts loaded from the database, a backup or another module: fills defaults,
// migrates loose values and rejects garbage with a message naming the field.
import { z } from 'zod';
import { KNOWN_KEYS, readWeek, uniqueTags } from './frontmatter';
import { layoutBody, toEpisodeSections } from './sections';
import type { EpisodeDraft, ParseOptions } from './types';
import { EPISODE_STATUSES, SECTION_KINDS } from './types';

const nullToUndefined = (value: unknown): unknown => (value === null ? undefined : value);

const sectionSchema = z.object({
  heading: z.string({ error: 'Section heading must be text.' }),
  kind: z.enum(SECTION_KINDS, { error: `Section kind must be one of ${SECTION_KINDS.join(', ')}.` }).catch('notes'),
  markdown: z.string({ error: 'Section markdown must be text.' }),
});

const draftSchema = z.object(
  {
    title: z.preprocess((v) => v ?? '', z.string({ error: 'Title must be text.' })),
    number: z.preprocess(
      nullToUndefined,
      z.number({ error: 'Episode number must be a number.' }).int('Episode number must be a whole number.').nonnegative('Episode number cannot be negative.').optional(),
    ),
    weekOf: z.preprocess(
      nullToUndefined,
      z
        .string({ error: 'weekOf must be a date (yyyy-MM-dd) or an ISO week (2026-W47).' })
        .transform((value, ctx) => {
          const monday = readWeek(value);
          if (monday === undefined) ctx.addIssue({ code: 'custom', message: `weekOf "${value}" is not a date (yyyy-MM-dd) or an ISO week.` });
          return monday ?? value;
        })
        .optional(),
    ),
    status: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : (v ?? 'draft')), z.enum(EPISODE_STATUSES, { error: 'Status must be draft or published.' })),
    tags: z.preprocess((v) => v ?? [], z.array(z.union([z.string(), z.number()]), { error: 'Tags must be a list of text.' }).transform(uniqueTags)),
    body: z.preprocess((v) => v ?? '', z.string({ error: 'Body must be text.' })),
    sections: z.preprocess(nullToUndefined, z.array(sectionSchema, { error: 'Sections must be a list.' }).optional()),
    frontmatter: z.preprocess((v) => v ?? {}, z.record(z.string(), z.unknown(), { error: 'Frontmatter must be a map.' })),
  },
  { error: 'An episode must be an object.' },
);

export class EpisodeValidationError extends Error {
  override readonly name = 'EpisodeValidationError';
  constructor(readonly issues: string[]) {
    super(`Invalid episode: ${issues.join('; ')}`);
  }
}

export type EpisodeValidation = { ok: true; draft: EpisodeDraft } | { ok: false; error: string; issues: string[] };

function describe(issue: z.core.$ZodIssue): string {
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Sections are always derived again from the body (the body is the truth); a stored section
 * whose heading still matches keeps its stored kind, so kinds inferred from history survive.
 */
export function validateEpisodeDraft(input: unknown, options: ParseOptions = {}): EpisodeValidation {
  const result = draftSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map(describe);
    return { ok: false, error: `Invalid episode: ${issues.join('; ')}`, issues };
  }
  const value = result.data;
  const stored = value.sections ?? [];
  const spans = layoutBody(value.body, options).sections;
  const sections = toEpisodeSections(spans).map((section, index) => {
    const previous = stored[index];
    const keep = previous && previous.heading === section.heading && !spans[index]?.override;
    return keep ? { ...section, kind: previous.kind } : section;
  });
  const frontmatter = Object.fromEntries(Object.entries(value.frontmatter).filter(([key]) => !(KNOWN_KEYS as readonly string[]).includes(key)));
  const draft: EpisodeDraft = { title: value.title, status: value.status, tags: value.tags, body: value.body, sections, frontmatter };
  if (value.number !== undefined) draft.number = value.number;
  if (value.weekOf !== undefined) draft.weekOf = value.weekOf;
  return { ok: true, draft };
}

/** validateEpisodeDraft that throws EpisodeValidationError. */
export function restoreEpisodeDraft(input: unknown, options: ParseOptions = {}): EpisodeDraft {
  const result = validateEpisodeDraft(input, options);
  if (!result.ok) throw new EpisodeValidationError(result.issues);
  return result.draft;
}
