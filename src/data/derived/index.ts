// Every kind of derived row, registered once: a full rebuild (after a restore) rebuilds each of them.
import type { DerivedRow } from './derived-row';
import { hoursRow } from './hours-row';
import { liveWeeksRow } from './live-weeks-row';
import { practiceRow } from './practice-row';
import { studyRow } from './study-row';

export const derivedKinds = { study: studyRow, hours: hoursRow, practice: practiceRow, liveWeeks: liveWeeksRow };

export const allDerivedKinds: readonly DerivedRow<unknown, never>[] = Object.values(derivedKinds);

/** Tables whose rows are derived from others: not exported, not restored, rebuilt instead. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['aggregates']);

export { DerivedRows, derivedSources, rebuildAll, type Derived, type DerivedRow } from './derived-row';
export { appScheduling, checkQueue, manualScheduling, rebuildSoon, type Later, type Scheduling } from './schedule';
