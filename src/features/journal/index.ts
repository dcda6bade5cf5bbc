// What other features may use from the journal: its start-up and the export of an episode.
export { exportEpisode } from './export-actions';
export type { ExportFormat } from './export-data';
export { ensureJournalReady, useJournalReady } from './journal-start';
