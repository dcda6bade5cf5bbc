// The week's practice in one line, for the interview section of a weekly episode:
// "This week: 24 problems, 83% correct; weakest: power".
import { addDays } from 'date-fns';
import { parseDay } from '../week';
import { practiceTopicLabel, weakestFirst, type TopicStats } from './progress';
import type { PracticeAttempt } from './records';

export interface WeeklyPracticeSummary {
  /** Monday of the ISO week, 'yyyy-MM-dd'. */
  weekOf: string;
  problems: number;
  correct: number;
  /** 0..1; 0 when nothing was practised. */
  accuracy: number;
  totalSeconds: number;
  /** Up to three topics with the lowest accuracy that week (only topics that had a miss). */
  weakest: { topic: string; label: string; accuracy: number; attempts: number }[];
}

/** Summarises the attempts answered in the ISO week starting on `weekOf` (a Monday, local time). */
export function weeklyPracticeSummary(attempts: readonly PracticeAttempt[], weekOf: string): WeeklyPracticeSummary {
  const monday = parseDay(weekOf);
  if (!monday) throw new Error(`weekOf must be a day like 2026-02-09 (got "${weekOf}")`);
  const start = monday.getTime();
  const end = addDays(monday, 7).getTime();
  const byTopic = new Map<string, { attempts: number; correct: number; seconds: number }>();
  let problems = 0;
  let correct = 0;
  let totalSeconds = 0;
  for (const a of attempts) {
    if (a.answeredAt < start || a.answeredAt >= end) continue;
    problems++;
    totalSeconds += a.seconds;
    if (a.correct) correct++;
    const t = byTopic.get(a.topic) ?? { attempts: 0, correct: 0, seconds: 0 };
    t.attempts++;
    t.seconds += a.seconds;
    if (a.correct) t.correct++;
    byTopic.set(a.topic, t);
  }
  const weakest = [...byTopic]
    .map(([topic, t]): TopicStats => ({ topic, label: practiceTopicLabel(topic), attempts: t.attempts, correct: t.correct, accuracy: t.correct / t.attempts, avgSeconds: t.seconds / t.attempts, lastAt: 0 }))
    .filter((t) => t.correct < t.attempts)
    .sort(weakestFirst)
    .slice(0, 3)
    .map(({ topic, label, accuracy, attempts: n }) => ({ topic, label, accuracy, attempts: n }));
  return { weekOf, problems, correct, accuracy: problems ? correct / problems : 0, totalSeconds, weakest };
}

/** Markdown for the episode: one sentence, plus a line per weak topic. */
export function weeklyPracticeMarkdown(summary: WeeklyPracticeSummary): string {
  if (summary.problems === 0) return 'This week: no practice problems yet.';
  const noun = summary.problems === 1 ? 'problem' : 'problems';
  const head = `This week: ${summary.problems} ${noun}, ${Math.round(summary.accuracy * 100)}% correct`;
  if (summary.weakest.length === 0) return `${head}; no misses.`;
  const lines = summary.weakest.map((w) => `- ${w.label}: ${w.attempts - Math.round(w.accuracy * w.attempts)} of ${w.attempts} missed`);
  return `${head}; weakest: ${summary.weakest[0]!.label.toLowerCase()}.\n\n${lines.join('\n')}`;
}
