// Carrying the whole journal between devices through the journal folder (docs/folder-format.md):
// the log format, the order-free merge, and FSRS state replayed from the merged reviews.
export { compareStamps, logFileName, parseLog, serializeLog, type LogRecord, type ParsedLog, type Stamp } from './log-records';
export { mergeRecords, mergeSettings, type MergedTable, type SettingEntry } from './merge';
export { cardsFromReviews } from './review-replay';
export { splitGitConflict, type GitConflictSides } from './git-conflict';
