// The section kinds keyed by id, and how a section's kind is inferred from its heading and text.
// The descriptors themselves live in kind-registry.ts; inference never switches on ids.
import { SECTION_KIND_DESCRIPTORS, type SectionKindDescriptor } from './kind-registry';
import { classifySection } from './section-classifier';
import type { EpisodeDraft, KindHistory, ParseOptions, SectionKind } from './types';

export type SectionKindDefinition = SectionKindDescriptor<SectionKind>;

export const sectionKindList: readonly SectionKindDefinition[] = SECTION_KIND_DESCRIPTORS;

export const sectionKindRegistry = Object.fromEntries(sectionKindList.map((d) => [d.id, d])) as Readonly<Record<SectionKind, SectionKindDefinition>>;

/** Lower-case, accents and punctuation removed, single spaces: the key used by KindHistory. */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** The kind named by the heading's words, or undefined when the heading says nothing. */
export function kindFromHeading(heading: string): SectionKind | undefined {
  const text = normalizeHeading(heading);
  let best: { kind: SectionKind; index: number } | undefined;
  for (const definition of sectionKindList) {
    for (const pattern of definition.headingPatterns) {
      const match = pattern.exec(text);
      if (match && (!best || match.index < best.index)) best = { kind: definition.id, index: match.index };
    }
  }
  return best?.kind;
}

/** The kind the section text points to: at least two keyword hits and a clear winner. */
export function kindFromContent(markdown: string): SectionKind | undefined {
  const scores = sectionKindList.map((definition) => ({
    kind: definition.id,
    score: definition.contentPatterns.reduce((sum, pattern) => sum + (markdown.match(pattern)?.length ?? 0), 0),
  }));
  scores.sort((a, b) => b.score - a.score);
  const [first, second] = scores;
  if (!first || first.score < 2 || (second && second.score === first.score)) return undefined;
  return first.kind;
}

const lookup = (map: KindHistory | undefined, key: string): SectionKind | undefined => (map && Object.hasOwn(map, key) ? map[key] : undefined);

/**
 * The person's correction for this heading first; then the heading's words; then what the same
 * heading was in earlier episodes; then their earlier sections' words (the classifier); then the
 * keyword rules over the content; else 'notes'.
 */
export function inferSectionKind(heading: string, markdown: string, knowledge: ParseOptions = {}): SectionKind {
  const key = normalizeHeading(heading);
  const corrected = lookup(knowledge.corrections, key);
  if (corrected) return corrected;
  const fromHeading = kindFromHeading(heading);
  if (fromHeading) return fromHeading;
  const remembered = lookup(knowledge.history, key);
  if (remembered) return remembered;
  const guessed = knowledge.classifier ? classifySection(knowledge.classifier, markdown)?.kind : undefined;
  if (guessed && guessed !== 'notes') return guessed;
  return kindFromContent(markdown) ?? 'notes';
}

/**
 * History from earlier episodes (oldest first; later ones win). 'notes' is not remembered so
 * that it never blocks content evidence in a later week.
 */
export function buildKindHistory(episodes: readonly Pick<EpisodeDraft, 'sections'>[]): KindHistory {
  // A Map, then fromEntries: headings such as "__proto__" must stay plain keys.
  const history = new Map<string, SectionKind>();
  for (const episode of episodes) {
    for (const section of episode.sections) {
      const key = normalizeHeading(section.heading);
      if (key && section.kind !== 'notes') history.set(key, section.kind);
    }
  }
  return Object.fromEntries(history);
}
