// Timing budget for practice. Run with installed tools only:
//   npx esbuild bench/practice-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
// Prints median times and exits non-zero when a budget is missed: a problem generated in < 5 ms
// (every generator), and the practice home's aggregation of 10,000 past attempts in < 300 ms.
import { generateProblem, generatorTopicIds } from '../src/domain/practice/generators';
import { practiceProgress } from '../src/domain/practice/progress';
import type { PracticeAttempt } from '../src/domain/practice/records';
import { dueCards, newReviewCard, reviewCard } from '../src/domain/practice/scheduling';
import { weeklyPracticeSummary } from '../src/domain/practice/weekly-summary';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): { median: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), max: Math.max(...times) };
}

let failed = false;
const report = (name: string, ms: { median: number; max: number }, budget: number) => {
  const ok = ms.median < budget;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(44)} median ${ms.median.toFixed(3)} ms  max ${ms.max.toFixed(2)} ms  (budget ${budget} ms)`);
};

// Warm up the engine (module init, JIT) the way the app's first problem would.
for (const topic of generatorTopicIds) generateProblem(topic, 0);
for (const topic of generatorTopicIds) {
  let seed = 1;
  report(`generate ${topic}`, time(() => generateProblem(topic, seed++), 200), 5);
}

// 10,000 attempts over a year, with their cards.
const now = Date.now();
const topics = [...generatorTopicIds, 'p-values', 'srm', 'power-mde'];
const attempts: PracticeAttempt[] = Array.from({ length: 10_000 }, (_, i) => {
  const topic = topics[i % topics.length]!;
  const answeredAt = now - Math.floor((i * 37) % 365) * 86_400_000 - (i % 50) * 60_000;
  return { id: `a${i}`, cardId: `gen:${topic}`, kind: 'generator', topic, seed: i, questionId: null, answer: '0.1', correct: i % 3 !== 0, seconds: 30 + (i % 200), answeredAt, rating: 3, dueAfter: answeredAt, mistake: null };
});
let cards = topics.map((t) => newReviewCard('generator', t, t, now - 400 * 86_400_000));
const cold = performance.now();
practiceProgress(attempts, now);
console.log(`     practiceProgress 10,000 attempts, first call         ${(performance.now() - cold).toFixed(2)} ms`);
report('practiceProgress 10,000 attempts', time(() => practiceProgress(attempts, now), 30), 300);
report('weeklyPracticeSummary 10,000 attempts', time(() => weeklyPracticeSummary(attempts, '2026-11-16'), 30), 50);
report('FSRS reschedule + due queue (28 cards)', time(() => {
  cards = cards.map((c) => reviewCard(c, 3, now));
  dueCards(cards, now);
}, 30), 5);
if (failed) process.exit(1);
