// One descriptor per section kind: everything the app knows about a kind lives here, and the kind
// union, the kind picker, its colours, the new-episode template and the weekly rollups are all
// read from this list. Adding a kind is adding one descriptor (and its test).
//
// The ids are stored in episode files (`<!-- kind: id -->` lines): never rename one. Ids are
// lower-case words joined by hyphens.

/** A colour token from src/ui/theme.css; the UI sets `--kind-fg` / `--kind-bg` from it. */
export type KindTone = 'accent' | 'success' | 'warning' | 'danger' | 'violet' | 'neutral';

/** What the dashboard gathered for a week, offered to the sections of the matching kinds. */
export interface WeeklyRollups {
  /** One paragraph per active certification. */
  course: string[];
  /** The week's practice summary. */
  interview?: string;
  /** A bullet list of the week's inspirations. */
  inspiration?: string;
  /** abtest blocks of calculations saved this week. */
  calculations: string[];
}

export interface SectionKindDescriptor<Id extends string = string> {
  id: Id;
  label: string;
  description: string;
  tone: KindTone;
  /** The heading this kind has in a new journal's first episode; kinds without one are left out. */
  templateHeading?: string;
  /** The week's text for an empty section of this kind, when it has one. */
  rollup?: {
    text(rollups: WeeklyRollups): string | undefined;
    /** Offered in the editor's Insert menu under this label. */
    insertLabel?: string;
  };
  /** Matched against normalizeHeading(heading); the earliest match in the heading wins. */
  headingPatterns: readonly RegExp[];
  /** Counted in the section text when the heading says nothing. */
  contentPatterns: readonly RegExp[];
}

const kind = <const Id extends string>(descriptor: SectionKindDescriptor<Id>) => descriptor;
const paragraphs = (items: readonly string[]) => (items.length ? items.join('\n\n') : undefined);

/** In the order the picker lists them and the template writes them. */
export const SECTION_KIND_DESCRIPTORS = [
  kind({
    id: 'highlights',
    label: 'Highlights',
    description: 'The week at a glance.',
    tone: 'accent',
    templateHeading: 'Weekly Highlights',
    headingPatterns: [/\bhighlights?\b/, /\bsummary\b/, /\bwins?\b/, /\brecap\b/, /\btl ?dr\b/],
    contentPatterns: [],
  }),
  kind({
    id: 'course',
    label: 'Course progress',
    description: 'Courses, modules and certifications.',
    tone: 'success',
    templateHeading: 'Course Progress',
    rollup: { text: (r) => paragraphs(r.course), insertLabel: "This week's study (modules and hours)" },
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
  }),
  kind({
    id: 'project',
    label: 'Project log',
    description: 'What was built this week.',
    tone: 'warning',
    templateHeading: 'Project Log',
    rollup: { text: (r) => paragraphs(r.calculations) },
    headingPatterns: [/\bside project\b/, /\bprojects?\b/, /\bbuil(?:d|ds|ding|t)\b/, /\blogs?\b/],
    contentPatterns: [/\bcommit(?:s|ted)?\b/gi, /\brepo(?:sitory)?\b/gi, /\bpipeline\b/gi, /\bdeploy(?:ed|ment)?\b/gi, /\bshipped\b/gi, /\bdataset\b/gi, /\bbug\b/gi],
  }),
  kind({
    id: 'interview',
    label: 'Interview prep',
    description: 'Practice questions and mock interviews.',
    tone: 'danger',
    templateHeading: 'Interview Prep',
    rollup: { text: (r) => r.interview, insertLabel: "This week's practice summary" },
    headingPatterns: [/\binterviews?\b/, /\bprep\b/, /\bleetcode\b/, /\bsql practice\b/],
    contentPatterns: [/\binterview(?:s|er)?\b/gi, /\bleetcode\b/gi, /\bmock\b/gi, /\brecruiter\b/gi, /\bbehaviou?ral\b/gi, /\bcase study\b/gi],
  }),
  kind({
    id: 'inspiration',
    label: 'People who inspired me',
    description: 'Shout-outs and thanks.',
    tone: 'violet',
    templateHeading: 'People Who Inspired Me',
    rollup: { text: (r) => r.inspiration, insertLabel: "This week's inspirations" },
    headingPatterns: [/\binspir(?:ed|ation|ing)\b/, /\bpeople\b/, /\bshout ?outs?\b/, /\bthanks?\b/, /\bgratitude\b/],
    contentPatterns: [/\bthank(?:s| you)?\b/gi, /\binspir(?:ed|ing|ation)\b/gi, /\bpodcast\b/gi, /\bmentor\b/gi, /\bshout ?out\b/gi],
  }),
  kind({
    id: 'notes',
    label: 'Notes',
    description: 'Anything else.',
    tone: 'neutral',
    headingPatterns: [],
    contentPatterns: [],
  }),
] as const;

export type SectionKind = (typeof SECTION_KIND_DESCRIPTORS)[number]['id'];
