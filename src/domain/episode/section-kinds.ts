// The section-kind registry: labels and the keyword evidence used to infer a section's kind.
// The UI renders kind pickers from `sectionKindRegistry`; inference never switches on ids.
import { classifySection } from './section-classifier';
import type { EpisodeDraft, KindHistory, ParseOptions, SectionKind } from './types';
import { SECTION_KINDS } from './types';

export interface SectionKindDefinition {
  id: SectionKind;
  label: string;
  description: string;
  /** Matched against normalizeHeading(heading); the earliest match in the heading wins. */
  headingPatterns: readonly RegExp[];
  /** Counted in the section text when the heading says nothing. */
  contentPatterns: readonly RegExp[];
}

export const sectionKindRegistry: Readonly<Record<SectionKind, SectionKindDefinition>> = {
  highlights: {
    id: 'highlights',
    label: 'Highlights',
    description: 'The week at a glance.',
    headingPatterns: [/\bhighlights?\b/, /\bsummary\b/, /\bwins?\b/, /\brecap\b/, /\btl ?dr\b/],
    contentPatterns: [],
  },
  course: {
    id: 'course',
    label: 'Course progress',
    description: 'Courses, modules and certifications.',
    headingPatterns: [
      /\bcourses?\b/,
      /\bmodules?\b/,
      /\bcertifications?\b/,
      /\bcertificates?\b/,
      /\blearning\b/,
      /\bstud(?:y|ying|ied)\b/,
      /\blectures?\b/,
    ],
    contentPatterns: [/\bmodules?\b/gi, /\blessons?\b/gi, /\bquiz(?:zes)?\b/gi, /\bexam\b/gi, /\bcertification\b/gi, /\bchapters?\b/gi, /\blabs?\b/gi],
  },
  project: {
    id: 'project',
    label: 'Project log',
    description: 'What was built this week.',
    headingPatterns: [/\bside project\b/, /\bprojects?\b/, /\bbuil(?:d|ds|ding|t)\b/, /\blogs?\b/],
    contentPatterns: [/\bcommit(?:s|ted)?\b/gi, /\brepo(?:sitory)?\b/gi, /\bpipeline\b/gi, /\bdeploy(?:ed|ment)?\b/gi, /\bshipped\b/gi, /\bdataset\b/gi, /\bbug\b/gi],
  },
  interview: {
    id: 'interview',
    label: 'Interview prep',
    description: 'Practice questions and mock interviews.',
    headingPatterns: [/\binterviews?\b/, /\bprep\b/, /\bleetcode\b/, /\bsql practice\b/],
    contentPatterns: [/\binterview(?:s|er)?\b/gi, /\bleetcode\b/gi, /\bmock\b/gi, /\brecruiter\b/gi, /\bbehaviou?ral\b/gi, /\bcase study\b/gi],
  },
  inspiration: {
    id: 'inspiration',
    label: 'People who inspired me',
    description: 'Shout-outs and thanks.',
    headingPatterns: [/\binspir(?:ed|ation|ing)\b/, /\bpeople\b/, /\bshout ?outs?\b/, /\bthanks?\b/, /\bgratitude\b/],
    contentPatterns: [/\bthank(?:s| you)?\b/gi, /\binspir(?:ed|ing|ation)\b/gi, /\bpodcast\b/gi, /\bmentor\b/gi, /\bshout ?out\b/gi],
  },
  notes: {
    id: 'notes',
    label: 'Notes',
    description: 'Anything else.',
    headingPatterns: [],
    contentPatterns: [],
  },
};

export const sectionKindList: readonly SectionKindDefinition[] = SECTION_KINDS.map((id) => sectionKindRegistry[id]);

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
