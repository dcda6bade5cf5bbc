// The episode module (contract: /work/shared/specs/episode-format.md).
//
// Fixed by the spec:
//   type SectionKind, interface EpisodeSection, interface EpisodeDraft
//   parseEpisode(markdown, options?: { history?, corrections?, classifier? }): EpisodeDraft
//   serializeEpisode(draft): string
//   importText(text, { fileName?, modifiedAt? }): EpisodeDraft          throws ImportError
//
// Canonical form: serializeEpisode writes `---\n`, the YAML keys title, episode?, week?, status,
// tags (flow list), then the unknown keys in their original order (as `yaml` prints them, no line
// folding), `---\n`, then the body unchanged. parseEpisode(serializeEpisode(d)) equals d for drafts
// from parseEpisode/importText, and serializeEpisode(parseEpisode(t)) === t for canonical t.
// Comments inside the frontmatter block are not kept (the app owns that block). A known key whose
// value cannot be used (status: wip, week: soon) moves to `<key>-unrecognized`, so nothing is lost.
// A frontmatter block that is not valid YAML (or not a map) is left in the body untouched.
//
// Speed: top-level headings come from a line scanner (block-scan.ts) that answers only for shapes
// it fully understands and otherwise defers to the micromark AST; a property test holds the two
// to the same answers. parseEpisode of a 1,650-word episode takes about 1 ms of CPU.
//
// Body layout: each `##` heading starts a section; the text before the first one is the preamble
// (part of the body, not a section). A `<!-- kind: x -->` line right under a heading overrides
// the inferred kind and is not part of that section's markdown.
//
// Other exports:
//   sectionKindRegistry, sectionKindList, SECTION_KINDS            the registry the UI renders from
//   inferSectionKind(heading, markdown, knowledge?): SectionKind   correction > heading > history > classifier > content > notes
//   kindFromHeading(heading), kindFromContent(markdown), normalizeHeading(heading)
//   buildKindHistory(episodesOldestFirst): KindHistory
//   layoutBody(body, knowledge?): BodyLayout                       preamble + sections with offsets/lines
//   (knowledge: ParseOptions { history?, corrections?, classifier? }; trainKindClassifier in section-classifier.ts)
//   withBody(draft, body, options?)                                new body, sections derived again
//   setSectionKind(draft, index, kind, options?) / clearSectionKind(draft, index, options?)
//   replaceSectionMarkdown(draft, index, markdown, options?)
//   numberFromTitle(title): number | undefined
//   wordCount(markdown), readingTimeMinutes(markdown, wpm = 200)
//   extractOutline(markdown): { depth, text, line, offset }[]
//   slugify(text, maxLength = 60)
//   episodeFileName(draft): 'yyyy/yyyy-Www-slug.md' | 'undated/slug.md'
//   toBlogMarkdown(draft, { abtest? }): string                     no frontmatter, no kind comments
//   weeklyHighlightsList(sections): string                         '- Heading\n' per non-highlights section
//   newEpisodeTemplate({ lastEpisode?, today }): EpisodeDraft
//   DEFAULT_SECTIONS
//   extractAbtestBlocks(markdown): AbtestBlock[], parseAbtestSource(source): AbtestParsed
//   validateEpisodeDraft(unknown, options?): EpisodeValidation     never throws
//   restoreEpisodeDraft(unknown, options?): EpisodeDraft           throws EpisodeValidationError
//   insertBlock(body, block, place): { body, offset }              a block at the cursor, in a section or at the end
//   ImportError (reason: 'binary' | 'too-large', fileName?), MAX_IMPORT_BYTES (5 MiB),
//   assertImportable(text, fileName?), looksLikeMarkdown(text), UNRECOGNIZED_SUFFIX
export type { EpisodeDraft, EpisodeSection, EpisodeStatus, KindHistory, ParseOptions, SectionKind } from './types';
export { EPISODE_STATUSES, SECTION_KINDS, isSectionKind } from './types';
export type { SectionKindDefinition } from './section-kinds';
export type { KindTone, SectionKindDescriptor, WeeklyRollups } from './kind-registry';
export {
  buildKindHistory,
  inferSectionKind,
  kindFromContent,
  kindFromHeading,
  normalizeHeading,
  sectionKindList,
  sectionKindRegistry,
} from './section-kinds';
export type { BodyLayout, SectionSpan } from './sections';
export { kindComment, layoutBody, splitAtHeadings, topLevelOutline } from './sections';
export {
  clearSectionKind,
  numberFromTitle,
  parseEpisode,
  replaceSectionMarkdown,
  serializeEpisode,
  setSectionKind,
  withBody,
} from './parse';
export type { ImportErrorReason, ImportOptions } from './import-text';
export { ImportError, MAX_IMPORT_BYTES, assertImportable, importText, looksLikeMarkdown } from './import-text';
export { UNRECOGNIZED_SUFFIX } from './frontmatter';
export type { OutlineEntry } from './text-stats';
export { extractOutline, readingTimeMinutes, slugify, wordCount } from './text-stats';
export type { BlockPlace } from './insert-block';
export { insertBlock } from './insert-block';
export type { BlogOptions } from './publish';
export { episodeFileName, toBlogMarkdown, weeklyHighlightsList } from './publish';
export type { TemplateOptions } from './template';
export { DEFAULT_SECTIONS, newEpisodeTemplate } from './template';
export type { AbtestBlock, AbtestParsed, AbtestPoint } from './abtest';
export { extractAbtestBlocks, parseAbtestSource } from './abtest';
export type { EpisodeValidation } from './validate';
export { EpisodeValidationError, restoreEpisodeDraft, validateEpisodeDraft } from './validate';
export type { LinkTarget } from './links';
export { classifyLink } from './links';
