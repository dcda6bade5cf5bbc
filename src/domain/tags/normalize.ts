// Tag spelling: case-insensitive, stored lower-case kebab-case, nested with '/'.

/**
 * '#Machine Learning/A_B Testing ' -> 'machine-learning/a-b-testing'. Letters and digits of any
 * script are kept; everything else separates words. camelCase is not split ('#JavaScript' ->
 * 'javascript'). Returns '' when nothing is left.
 */
export function normalizeTag(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .split('/')
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((segment) => segment !== '')
    .join('/');
}

/**
 * What a person typed as tags, split into raw tags: at commas, and, when the text marks its tags
 * with '#', at spaces too, as a hashtag ends at a space ('#mlops #airflow' is two tags). Words
 * without '#' stay one tag ('ML Ops, interview' -> 'ML Ops', 'interview').
 */
export function splitTagText(text: string): string[] {
  return text.split(',').flatMap((part) => (/(?:^|\s)#/.test(part) ? part.trim().split(/\s+/) : [part])).filter((raw) => raw.trim() !== '');
}

/** True when `tag` is `parent` or nested below it ('ml/mlops' is within 'ml'). */
export function isTagWithin(tag: string, parent: string): boolean {
  return tag === parent || tag.startsWith(`${parent}/`);
}

/** Normalized union of tag lists, first spelling order kept, empties dropped. */
export function mergeTags(...lists: readonly (readonly string[])[]): string[] {
  const merged = new Set<string>();
  for (const list of lists) {
    for (const raw of list) {
      const tag = normalizeTag(raw);
      if (tag) merged.add(tag);
    }
  }
  return [...merged];
}
