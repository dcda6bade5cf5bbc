// Import: bytes to text (UTF-8, or UTF-16 with a byte-order mark), text to a draft through importText, refusals that name the
// file, and the choice made for a duplicate. No React here.
import type { EpisodeDraft, ParseOptions } from '../../domain/episode';
import { ImportError, MAX_IMPORT_BYTES, importText } from '../../domain/episode';
import { decodeTextFile, isBlankText } from '../../shared/text-file';

export const IMPORT_EXTENSIONS = ['md', 'markdown', 'txt'] as const;

export type DuplicateChoice = 'skip' | 'replace' | 'keep-both';

export interface ImportSource {
  name: string;
  size?: number;
  data?: Uint8Array;
  text?: string;
  error?: string;
  modifiedAt?: Date;
}

export type ImportCandidate = { key: string; name: string; draft: EpisodeDraft } | { key: string; name: string; error: string };

export function hasImportExtension(name: string): boolean {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && (IMPORT_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * UTF-8 (with or without a byte-order mark) or UTF-16 with one, the same rule the journal folder
 * reads files by; anything else is refused, never guessed at.
 */
export function decodeText(name: string, data: Uint8Array): { text: string } | { error: string } {
  if (data.byteLength > MAX_IMPORT_BYTES) {
    return { error: `${name} is ${(data.byteLength / 1024 / 1024).toFixed(1)} MB; files over 5 MB are not imported.` };
  }
  const decoded = decodeTextFile(data, name);
  if ('error' in decoded) return { error: `${decoded.error} It was not imported.` };
  return { text: decoded.text };
}

let counter = 0;

/**
 * One picked file, dropped file or pasted text, ready for the preview list. `knowledge`: what the
 * app knows about the person's section kinds (see kind-knowledge.ts).
 */
export function prepareImport(source: ImportSource, knowledge?: ParseOptions): ImportCandidate {
  counter += 1;
  const key = `${counter}:${source.name}`;
  if (source.error) return { key, name: source.name, error: source.error };
  if (source.name && !source.text && !hasImportExtension(source.name)) {
    return { key, name: source.name, error: `${source.name} is not a .md, .markdown or .txt file, so it was not imported.` };
  }
  let text = source.text;
  if (text === undefined) {
    const decoded = decodeText(source.name, source.data ?? new Uint8Array());
    if ('error' in decoded) return { key, name: source.name, error: decoded.error };
    text = decoded.text;
  }
  if (isBlankText(text)) return { key, name: source.name, error: `${source.name || 'The pasted text'} is empty: there is nothing to import.` };
  try {
    return { key, name: source.name, draft: importText(text, { fileName: source.name || undefined, modifiedAt: source.modifiedAt, knowledge }) };
  } catch (error) {
    if (error instanceof ImportError) return { key, name: source.name, error: error.message };
    return { key, name: source.name, error: `${source.name || 'The pasted text'} could not be read: ${String(error)}` };
  }
}

/** A clearer title for "keep both": the copy says it is one. */
export function keepBothTitle(title: string): string {
  return `${title} (imported copy)`;
}

export interface ImportPlanItem {
  draft: EpisodeDraft;
  /** An existing episode this one replaces. */
  replaceId?: string;
}

/** What will be written, given the user's choice for each duplicate. Skipped ones are left out. */
export function planImport(
  items: readonly { draft: EpisodeDraft; duplicateIds: readonly string[]; choice: DuplicateChoice }[],
): ImportPlanItem[] {
  return items.flatMap(({ draft, duplicateIds, choice }) => {
    if (duplicateIds.length === 0) return [{ draft }];
    if (choice === 'skip') return [];
    if (choice === 'replace') return [{ draft, replaceId: duplicateIds[0] }];
    return [{ draft: { ...draft, title: keepBothTitle(draft.title) } }];
  });
}
