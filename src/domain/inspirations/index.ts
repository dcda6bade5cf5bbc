// People, talks, videos and articles that inspired a week, and the markdown an episode pulls in.
import { z } from 'zod';
import { normalizeTag } from '../tags';
import { weekOfFromDate, parseDay } from '../week';

export const INSPIRATION_KINDS = ['person', 'talk', 'video', 'article', 'podcast', 'other'] as const;
export type InspirationKind = (typeof INSPIRATION_KINDS)[number];

export const inspirationKindLabels: Record<InspirationKind, string> = {
  person: 'Person',
  talk: 'Talk',
  video: 'Video',
  article: 'Article',
  podcast: 'Podcast',
  other: 'Other',
};

export interface Inspiration {
  id: string;
  name: string;
  kind: InspirationKind;
  link?: string;
  note: string;
  tags: string[];
  /** yyyy-MM-dd */
  date: string;
  createdAt: number;
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

export const inspirationInputSchema = z.object({
  name: z.string().trim().min(1, 'Give a name: who or what inspired you.').max(200, 'Keep the name under 200 characters.'),
  kind: z.enum(INSPIRATION_KINDS).default('person'),
  link: z
    .string()
    .trim()
    .max(2048)
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isHttpUrl(v), 'A link must start with http:// or https://.'),
  note: z.string().max(5000).default(''),
  tags: z.array(z.string()).default([]).transform((tags) => [...new Set(tags.map(normalizeTag).filter(Boolean))]),
  date: z.string().refine((v) => parseDay(v) !== undefined, 'A date like 2026-11-26.'),
});

export type InspirationInput = z.input<typeof inspirationInputSchema>;
export type InspirationFieldErrors = Partial<Record<'name' | 'kind' | 'link' | 'note' | 'tags' | 'date', string>>;

export function validateInspiration(input: InspirationInput): { ok: true; value: Omit<Inspiration, 'id' | 'createdAt'> } | { ok: false; errors: InspirationFieldErrors } {
  const parsed = inspirationInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: InspirationFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'name') as keyof InspirationFieldErrors;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Loaded rows pass here: defaults filled, garbage dropped (null). */
export function restoreInspiration(raw: unknown): Inspiration | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const row = raw as Record<string, unknown>;
  const result = validateInspiration(row as InspirationInput);
  if (!result.ok || typeof row.id !== 'string') return null;
  return { ...result.value, id: row.id, createdAt: typeof row.createdAt === 'number' ? row.createdAt : 0 };
}

/** The entries dated in the ISO week that starts on weekOf (a Monday), oldest first. */
export function inspirationsInWeek(list: readonly Inspiration[], weekOf: string): Inspiration[] {
  return list.filter((i) => {
    const day = parseDay(i.date);
    return day !== undefined && weekOfFromDate(day) === weekOf;
  }).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt);
}

const escapeLinkText = (text: string) => text.replace(/([[\]\\])/g, '\\$1');

/** A bullet list for an episode's "People who inspired me" section. */
export function inspirationsMarkdown(list: readonly Inspiration[]): string {
  return list
    .map((i) => {
      const name = i.link ? `[${escapeLinkText(i.name)}](${i.link.replace(/[()\s]/g, encodeURIComponent)})` : i.name;
      const kind = i.kind === 'person' ? '' : ` (${inspirationKindLabels[i.kind].toLowerCase()})`;
      const note = i.note.trim() ? `: ${i.note.trim().replace(/\s*\n\s*/g, ' ')}` : '';
      return `- ${name}${kind}${note}`;
    })
    .join('\n');
}
