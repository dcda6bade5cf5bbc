// Variance: how much CUPED saves from the correlation with the pre-period metric, and the
// delta-method standard error of a ratio metric. Inputs are drawn at the precision the prompt
// shows, and the engine's sums are built from exactly those numbers.
import { calculate } from '../../stats';
import { count, fmt, tex } from './format';
import { mistake, unitMistake } from './helpers';
import { createRng } from './rng';
import type { NumericProblem, ProblemGenerator, Tolerance } from './types';

/** Sums of n units with the given means, sds and correlation (sample moments with n - 1). */
function sumsFor(n: number, mean: [number, number], sd: [number, number], r: number) {
  const [ma, mb] = mean;
  const [sa, sb] = sd;
  return {
    n,
    sumA: n * ma,
    sumA2: (n - 1) * sa * sa + n * ma * ma,
    sumB: n * mb,
    sumB2: (n - 1) * sb * sb + n * mb * mb,
    sumAB: (n - 1) * r * sa * sb + n * ma * mb,
  };
}

const metrics = [
  { name: 'revenue per user ($)', mean: [20, 60] as const },
  { name: 'sessions per user', mean: [3, 12] as const },
  { name: 'minutes watched per user', mean: [30, 120] as const },
];

export const cupedReduction: ProblemGenerator = {
  topic: 'cuped-reduction',
  label: 'CUPED variance reduction',
  description: 'From the correlation with the pre-period metric: the variance CUPED removes, or the users it saves.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const metric = rng.pick(metrics);
    const r = rng.round(0.3, 0.85, 2);
    const n = rng.int(20, 100) * 100;
    const mean = rng.round(metric.mean[0], metric.mean[1], 1);
    const sd = rng.round(mean * 0.8, mean * 2, 1);
    const s = sumsFor(n, [mean, mean * 0.97], [sd, sd * 0.95], r);
    const arm = { n, sumY: s.sumA, sumY2: s.sumA2, sumX: s.sumB, sumX2: s.sumB2, sumXY: s.sumAB };
    const input = { control: arm, treatment: arm, alpha: 0.05 };
    const out = calculate('cuped', input);
    const askUsers = rng.chance(0.5);
    const planned = Math.round(rng.int(10, 80) * 1000);
    const reduction = out.varianceReduction ?? 0;
    const factor = out.sampleSizeFactor ?? 1;
    const answer = askUsers ? factor * planned : reduction;
    const tolerance: Tolerance = askUsers ? { relative: 0.01 } : { absolute: 0.005 };
    const steps = [
      {
        label: 'Variance left after adjusting by the pre-period value',
        formula: String.raw`\operatorname{Var}(Y - \theta X) = (1 - r^2)\operatorname{Var}(Y),\quad \theta = \tfrac{\operatorname{Cov}(X, Y)}{\operatorname{Var}(X)}`,
        substituted: String.raw`1 - r^2 = 1 - ${tex(r)}^2 = ${tex(factor)}`,
        value: factor,
      },
      askUsers
        ? {
            label: 'Users needed for the same power (variance scales the sample size)',
            formula: String.raw`n_{\text{CUPED}} = (1 - r^2)\,n`,
            substituted: String.raw`${tex(factor)} \times ${tex(planned)} = ${tex(answer)}`,
            value: answer,
          }
        : {
            label: 'Share of the variance removed',
            formula: String.raw`1 - (1 - r^2) = r^2`,
            substituted: String.raw`${tex(r)}^2 = ${tex(answer)}`,
            value: answer,
          },
    ];
    return {
      kind: 'numeric',
      topic: 'cuped-reduction',
      seed,
      engine: { calculator: 'cuped', input, output: askUsers ? 'sampleSizeFactor' : 'varianceReduction', scale: askUsers ? planned : undefined },
      prompt:
        `An experiment measures **${metric.name}**. Over the users in the test, it correlates with the same metric in the month before at **r = ${r}**.\n\n` +
        (askUsers
          ? `Without variance reduction the test needs **${count(planned)}** users per arm. About how many does it need with CUPED, adjusting by the pre-period value?`
          : 'By what share does CUPED, adjusting by the pre-period value, reduce the variance of the estimated difference? Give it as a proportion.'),
      steps,
      answer,
      answerText: askUsers ? count(answer) : fmt(answer, 3),
      unit: askUsers ? 'count' : 'proportion',
      tolerance,
      takeaway: `CUPED keeps a share 1 − r² = ${fmt(factor, 3)} of the variance: the same power with ${fmt(factor * 100, 3)}% of the users.`,
      mistakes: askUsers
        ? [
            mistake(answer, tolerance, reduction * planned, 'That is the number of users CUPED saves. The test still needs the rest: (1 − r²) × n.'),
            mistake(answer, tolerance, (1 - r) * planned, 'Square the correlation: the variance falls by r², not by r.'),
          ]
        : [
            mistake(answer, tolerance, r, 'Square the correlation: the variance falls by r², not by r.'),
            mistake(answer, tolerance, factor, 'That is the share of the variance that remains (1 − r²); the share removed is r².'),
            unitMistake(answer, 'proportion', tolerance),
          ],
    };
  },
};

/** An input as the prompt prints it (two decimals at most), in TeX. */
const exact = (x: number) => tex(x, 8);

export const deltaMethodSe: ProblemGenerator = {
  topic: 'delta-method-se',
  label: 'Delta-method SE of a ratio',
  description: 'Revenue per order when users are randomised: the standard error of the ratio by the delta method.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const n = rng.int(10, 80) * 100;
    const orders = rng.round(1.2, 3, 2);
    const perOrder = rng.round(25, 90, 2);
    const revenue = Number((orders * perOrder).toFixed(2));
    const sdD = rng.round(orders * 0.5, orders * 1.1, 2);
    const sdM = rng.round(revenue * 0.8, revenue * 1.6, 2);
    const r = rng.round(0.5, 0.9, 2);
    const s = sumsFor(n, [revenue, orders], [sdM, sdD], r);
    const arm = { n, sumM: s.sumA, sumM2: s.sumA2, sumD: s.sumB, sumD2: s.sumB2, sumMD: s.sumAB };
    const input = { control: arm, treatment: arm, alpha: 0.05 };
    const out = calculate('ratio-metric', input);
    const answer = out.controlSe;
    const ratio = out.controlRatio;
    const cov = r * sdM * sdD;
    const v = (sdM * sdM) / orders ** 2 - (2 * revenue * cov) / orders ** 3 + (revenue ** 2 * sdD * sdD) / orders ** 4;
    const tolerance: Tolerance = { relative: 0.01 };
    return {
      kind: 'numeric',
      topic: 'delta-method-se',
      seed,
      engine: { calculator: 'ratio-metric', input, output: 'controlSe' },
      prompt:
        `In one arm, **${count(n)}** users each place some orders. Per user: revenue M has mean **${revenue}** and sd **${sdM}**; orders D have mean **${orders}** and sd **${sdD}**; ` +
        `their correlation is **${r}**.\n\nThe metric is revenue per order, ${fmt(ratio, 4)}. What is its standard error by the delta method (users are the unit)?`,
      steps: [
        {
          label: 'Covariance of revenue and orders per user',
          formula: String.raw`\operatorname{Cov}(M, D) = r\,s_M\,s_D`,
          substituted: String.raw`${tex(r)} \times ${exact(sdM)} \times ${exact(sdD)} = ${tex(cov, 6)}`,
          value: cov,
        },
        {
          label: 'Per-user variance of the ratio (delta method)',
          formula: String.raw`v = \frac{s_M^2}{\bar D^2} - \frac{2\bar M\operatorname{Cov}(M,D)}{\bar D^3} + \frac{\bar M^2 s_D^2}{\bar D^4}`,
          substituted: String.raw`\frac{${exact(sdM)}^2}{${exact(orders)}^2} - \frac{2 \times ${exact(revenue)} \times ${tex(cov, 6)}}{${exact(orders)}^3} + \frac{${exact(revenue)}^2 \times ${exact(sdD)}^2}{${exact(orders)}^4} = ${tex(v, 6)}`,
          value: v,
        },
        {
          label: 'Standard error over n users',
          formula: String.raw`SE = \sqrt{v / n}`,
          substituted: String.raw`\sqrt{${tex(v, 6)} / ${tex(n)}} = ${tex(answer)}`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'number',
      tolerance,
      takeaway: `Revenue per order ${fmt(ratio, 4)} ± ${fmt(1.96 * answer, 3)} (95%): the covariance term matters because users who order more also spend more.`,
      mistakes: [
        mistake(answer, tolerance, Math.sqrt(((sdM * sdM) / orders ** 2 + (revenue ** 2 * sdD * sdD) / orders ** 4) / n), 'You left out the covariance term −2 M̄ Cov(M, D) / D̄³: revenue and orders move together, which shrinks the variance of their ratio.'),
        mistake(answer, tolerance, Math.sqrt(v), 'That is the per-user standard deviation of the ratio; divide its variance by n before the square root.'),
        mistake(answer, tolerance, sdM / orders / Math.sqrt(n), 'That treats the orders as fixed: the delta method also counts the variance of D and its covariance with M.'),
      ],
    };
  },
};
