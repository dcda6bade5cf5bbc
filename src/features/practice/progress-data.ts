// Chart rows for the progress section, from practiceProgress's result.
import type { PracticeProgress } from '../../domain/practice/progress';
import { practiceTopicLabel } from '../../domain/practice/progress';
import type { ReviewCardRecord } from '../../domain/practice/scheduling';

export interface AccuracyRow {
  week: string;
  label: string;
  overall: number | null;
  [topic: string]: number | string | null;
}

/** Overall accuracy per week plus the weakest topics' lines (percent; null where not practised). */
export function accuracyRows(progress: PracticeProgress, topicCount = 3): { rows: AccuracyRow[]; topics: { topic: string; label: string }[] } {
  const topics = progress.topics.slice(0, topicCount).map(({ topic, label }) => ({ topic, label }));
  const rows = progress.weeks.map((w) => {
    const row: AccuracyRow = { week: w.week, label: w.week.slice(5), overall: w.attempts ? Math.round(w.accuracy * 1000) / 10 : null };
    for (const t of topics) row[t.topic] = w.byTopic[t.topic] ?? null;
    return row;
  });
  return { rows, topics };
}

export function timeRows(progress: PracticeProgress): { week: string; label: string; attempts: number; avgSeconds: number }[] {
  return progress.weeks.map((w) => ({ week: w.week, label: w.week.slice(5), attempts: w.attempts, avgSeconds: Math.round(w.avgSeconds) }));
}

/** Earliest due time per topic. */
export function nextDueByTopic(cards: readonly ReviewCardRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cards) out.set(c.topic, Math.min(out.get(c.topic) ?? Infinity, c.due));
  return out;
}

/** The ids of each topic's review cards (a topic has a generator card and/or concept-question cards). */
export function cardIdsByTopic(cards: readonly ReviewCardRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of cards) {
    const ids = out.get(c.topic);
    if (ids) ids.push(c.id);
    else out.set(c.topic, [c.id]);
  }
  return out;
}

/** The topics of the due cards by name (never by id), each once, the first four: "Sample ratio mismatch, SRM check…". */
export function dueTopicsText(cards: readonly { topic: string }[], shown = 4): string {
  const names = [...new Set(cards.map((c) => practiceTopicLabel(c.topic)))];
  return `${names.slice(0, shown).join(', ')}${names.length > shown ? '…' : ''}`;
}
