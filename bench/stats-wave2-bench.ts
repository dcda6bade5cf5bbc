// Timing budget for the second wave of the statistics engine. Run with installed tools only:
//   npx esbuild bench/stats-wave2-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
// Prints the median time per calculation at typical sizes and exits non-zero when a budget is missed:
// each calculation < 1 ms median (1,000 p-values; 10^7 users per arm), 10,000 p-values (the calculator's
// maximum) < 30 ms, the peeking simulator's default run (10,000 experiments x 20 looks) < 2 s. The app runs the simulator in a Web Worker; here it runs
// on Node's main thread, which is what the worker does too.
import type { CalculatorId } from '../src/domain/stats';
import { timeCalls } from './bench-timing';
import { calculate } from '../src/domain/stats';

interface Case {
  name: string;
  id: CalculatorId;
  input: unknown;
  budgetMs: number;
}

// p <- ((1:1000 * 7919) %% 1009 + 1) / 1010, the first 60 divided by 1e4 (as the reference test).
const pValues = (m: number) => Array.from({ length: m }, (_, i) => (((i + 1) * 7919) % 1009 + 1) / 1010 / (i < 60 ? 1e4 : 1));

/** Daily looks up to 10^7 visitors per arm. */
function looks(days: number) {
  const all = Array.from({ length: days }, (_, d) => {
    const v = Math.round((1e7 * (d + 1)) / days);
    return { control: { visitors: v, conversions: Math.round(v * 0.1) }, treatment: { visitors: v, conversions: Math.round(v * 0.1003) } };
  });
  const last = all.pop()!;
  return { earlierLooks: all, ...last };
}

const meanLooks = (days: number) => {
  const all = Array.from({ length: days }, (_, d) => {
    const n = Math.round((1e7 * (d + 1)) / days);
    return { control: { mean: 12.2, sd: 30.4, n }, treatment: { mean: 12.23, sd: 30.6, n } };
  });
  const last = all.pop()!;
  return { earlierLooks: all, ...last };
};

/** Sums of 10^7 users per arm with the given moments. */
const sums = (n: number, my: number, sy: number, mx: number, sx: number, r: number) => ({
  n,
  a: n * my,
  a2: (n - 1) * sy * sy + n * my * my,
  b: n * mx,
  b2: (n - 1) * sx * sx + n * mx * mx,
  ab: (n - 1) * r * sy * sx + n * my * mx,
});
const cupedArm = (s: ReturnType<typeof sums>) => ({ n: s.n, sumY: s.a, sumY2: s.a2, sumX: s.b, sumX2: s.b2, sumXY: s.ab });
const ratioArm = (s: ReturnType<typeof sums>) => ({ n: s.n, sumM: s.a, sumM2: s.a2, sumD: s.b, sumD2: s.b2, sumMD: s.ab });

const cases: Case[] = [
  { name: 'multiple-testing-correction, 1,000 p-values', id: 'multiple-testing-correction', input: { pValues: pValues(1000), alpha: 0.05 }, budgetMs: 1 },
  { name: 'multiple-testing-correction, 10,000 p-values', id: 'multiple-testing-correction', input: { pValues: pValues(10_000), alpha: 0.05 }, budgetMs: 30 },
  { name: 'sequential-proportions, 10^7 per arm, 1 look', id: 'sequential-proportions', input: { ...looks(1), tau: 0.001, simpleSequentialN: 100_000 }, budgetMs: 1 },
  { name: 'sequential-proportions, 10^7 per arm, 30 looks', id: 'sequential-proportions', input: { ...looks(30), tau: 0.001 }, budgetMs: 1 },
  { name: 'sequential-means, 10^7 per arm, 30 looks', id: 'sequential-means', input: { ...meanLooks(30), tau: 0.1 }, budgetMs: 1 },
  { name: 'cuped, 10^7 per arm', id: 'cuped', input: { control: cupedArm(sums(1e7, 12, 30, 11, 28, 0.6)), treatment: cupedArm(sums(1e7, 12.1, 30, 11, 28, 0.6)) }, budgetMs: 1 },
  { name: 'ratio-metric, 10^7 per arm', id: 'ratio-metric', input: { control: ratioArm(sums(1e7, 80, 120, 2.1, 1.4, 0.7)), treatment: ratioArm(sums(1e7, 81, 121, 2.1, 1.4, 0.7)) }, budgetMs: 1 },
  { name: 'peeking-simulator, 10,000 x 20 looks', id: 'peeking-simulator', input: { looks: 20, nPerLookPerArm: 1000, controlRate: 0.1, runs: 10_000, seed: 1, tau: 0.01 }, budgetMs: 2000 },
];

const time = (c: Case) => timeCalls(() => calculate(c.id, c.input), c.budgetMs >= 1000 ? 5 : c.budgetMs > 1 ? 25 : 200, c.budgetMs >= 1000 ? 1 : 5);

let failed = 0;
for (const c of cases) {
  const { median: ms, first } = time(c);
  const ok = ms < c.budgetMs;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(52)} median ${ms.toFixed(4).padStart(10)} ms  first ${first.toFixed(2).padStart(7)} ms  (budget ${c.budgetMs} ms)`);
}
if (failed > 0) {
  console.error(`${failed} calculation(s) over budget`);
  process.exitCode = 1;
}
