// The episode module: its contract is docs/specs/episode-format.md (the types, parseEpisode,
// serializeEpisode and importText it fixes, and the canonical form serializeEpisode writes).
//
// Speed: top-level headings come from a line scanner (block-scan.ts) that answers only for shapes
// it fully understands and otherwise defers to the micromark AST; a property test holds the two
// to the same answers. parseEpisode of a 1,650-word episode takes about 1 ms of CPU.
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
export type { ChartBlock, ChartKind, ChartParsed, ChartSpec } from './chart-block';
export { CHART_KINDS, DEFAULT_CHART_WEEKS, MAX_CHART_WEEKS, blockInsertion, chartBlockText, extractChartBlocks, parseChartSource } from './chart-block';
export type { EpisodeValidation } from './validate';
export { EpisodeValidationError, restoreEpisodeDraft, validateEpisodeDraft } from './validate';
export type { LinkTarget } from './links';
export { classifyFileAddress, classifyLink, resolveInJournal } from './links';
export { BLOCK_SEPARATOR, excerptOf } from './excerpt';
