// The shapes of the rows the app's tables hold, for the code that reads them (screens included:
// they see rows through repositories, never the tables).
/** A stored row; feature issues narrow these with their own validated types. */
export interface Row {
  id: string;
  [field: string]: unknown;
}
/** An episode's file in the journal folder, as of the last sync in either direction. */
export interface FileLink {
  episodeId: string;
  path: string;
  /** The file content episode and file last agreed on ('' when they never have). */
  sha256: string;
  /** The episode's updatedAt when file and episode last agreed (-1: write the episode out again). */
  syncedAt: number;
  /**
   * A write the app has started: recorded before the file is touched, cleared once the link says
   * where it landed, so after a crash the file holding `sha256` at `path` is known to be the app's own.
   * An empty `sha256` is a removal: the file is on its way to the folder's trash.
   */
  pending?: { path: string; sha256: string; syncedAt: number };
}
/**
 * A derived summary of a source table (see derived/derived-row.ts): `count` is the number of source rows it
 * was built from, so a row whose count disagrees with the table is known to be stale.
 */
export interface AggregateRow {
  id: string;
  count: number;
  cells: unknown;
}
/** An earlier text of an episode, kept in its revision history. */
export interface SnapshotRow {
  id: string;
  episodeId: string;
  /** When this text was the episode's. */
  at: number;
  title: string;
  body: string;
  words: number;
  /** Why it was kept: 'editing', 'outside-edit', 'conflict', 'import', 'restore', 'tag-rename', 'history-restore'. */
  reason: string;
}
export interface SettingRow {
  key: string;
  value: unknown;
}
/** A file an episode shows or links (attachments-repo.ts): stored once, by the SHA-256 of its bytes. */
export interface AttachmentRow {
  /** SHA-256 of the bytes, hex. */
  hash: string;
  /** `attachments/2026/<first 16 hex digits>.png`: where episodes link it, and its file in the journal folder. */
  path: string;
  ext: string;
  mime: string;
  /** The file's name when it was added (shown, never used as a path). */
  name: string;
  size: number;
  createdAt: number;
  /** The bytes as base64 (backups carry rows as JSON). */
  data: string;
}
