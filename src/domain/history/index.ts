// Revision history of episodes, as pure decisions: when a new snapshot is due, which snapshots an
// age-based policy keeps, and a readable diff between two texts.
export { HISTORY_REASONS, SNAPSHOT_INTERVAL_MS, snapshotDue, type HistoryReason } from './policy';
export { HISTORY_MAX_BYTES, pruneSnapshots, type PrunableSnapshot } from './prune';
export { diffTexts, type DiffBlock, type DiffPiece } from './diff';
