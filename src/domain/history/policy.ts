// When the text an episode had is kept: at most once per ten minutes of editing, and always before
// anything replaces text in bulk (so every such change can be undone from the history).

export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;

/** Why a text was kept; 'editing' is the only reason that waits for the interval. */
export const HISTORY_REASONS = {
  editing: 'While editing',
  'outside-edit': 'Before an edit made outside Episodes came in',
  conflict: 'The other version, when both changed',
  import: 'Before an import replaced it',
  restore: 'Before a backup was restored',
  'tag-rename': 'Before a tag was renamed or merged',
  'kind-change': 'Before a section’s kind was changed',
  'history-restore': 'Before an earlier version was restored',
  repair: 'Before a damaged episode was repaired',
} as const;
export type HistoryReason = keyof typeof HISTORY_REASONS;

/** Whether a save for `reason` should keep the text it replaces, given when the last one was kept. */
export function snapshotDue(reason: HistoryReason, lastAt: number | undefined, now: number): boolean {
  if (reason !== 'editing') return true;
  return lastAt === undefined || now - lastAt >= SNAPSHOT_INTERVAL_MS;
}
