// Timing budget for the statistics engine. Run with installed tools only:
//   npx esbuild bench/stats-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
// Prints the median time per calculation and exits non-zero when a budget is missed:
// every calculation < 1 ms median, the Bayesian calculator at 10^7 visitors per arm < 20 ms.
import type { CalculatorId } from '../src/domain/stats';
import { timeCalls } from './bench-timing';
import { calculate, calculatorIds, defaultInput } from '../src/domain/stats';

interface Case {
  name: string;
  id: CalculatorId;
  input: unknown;
  budgetMs: number;
}

const heavy: Case[] = [
  {
    name: 'bayesian-ab 10^7 per arm',
    id: 'bayesian-ab',
    input: { control: { visitors: 1e7, conversions: 1e6 }, treatment: { visitors: 1e7, conversions: 1_001_000 } },
    budgetMs: 20,
  },
  {
    name: 'bayesian-ab 10^7 per arm, 0.1%',
    id: 'bayesian-ab',
    input: { control: { visitors: 1e7, conversions: 10_000 }, treatment: { visitors: 1e7, conversions: 10_300 } },
    budgetMs: 20,
  },
  {
    name: 'sample-size-means small effect',
    id: 'sample-size-means',
    input: { sd: 1, mde: 0.005, mdeType: 'absolute', alpha: 0.05, power: 0.8, alternative: 'two-sided' },
    budgetMs: 1,
  },
  {
    name: 'mde-means n = 50',
    id: 'mde-means',
    input: { sd: 1, nPerArm: 50, alpha: 0.01, power: 0.9, alternative: 'two-sided' },
    budgetMs: 1,
  },
];

// The peeking simulator's example is a full simulation (10,000 x 20 looks, run in a Web Worker by the
// app); its budget and the other second-wave sizes are in stats-wave2-bench.ts.
const cases: Case[] = [
  ...calculatorIds.filter((id) => id !== 'peeking-simulator').map((id) => ({ name: `${id} (example input)`, id, input: defaultInput(id), budgetMs: 1 })),
  ...heavy,
];

/** Median of many warm runs, plus the first (cold, un-JITted) call for information. */
const time = (c: Case) => timeCalls(() => calculate(c.id, c.input), c.budgetMs > 1 ? 25 : 200);

let failed = 0;
for (const c of cases) {
  const { median: ms, first } = time(c);
  const ok = ms < c.budgetMs;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${c.name.padEnd(40)} median ${ms.toFixed(4).padStart(8)} ms  first ${first.toFixed(2).padStart(6)} ms  (budget ${c.budgetMs} ms)`,
  );
}
if (failed > 0) {
  console.error(`${failed} calculation(s) over budget`);
  process.exitCode = 1;
}
