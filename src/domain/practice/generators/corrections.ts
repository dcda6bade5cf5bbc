// Multiple testing and sequential looks: adjust a p-value by Holm, Bonferroni or Benjamini-Hochberg;
// decide whether a sequential test is significant at this look when the fixed-horizon test is.
import { calculate } from '../../stats';
import { count, fmt, pIs, tex } from './format';
import { choiceMistakes, mistake, unitMistake } from './helpers';
import { createRng } from './rng';
import type { ChoiceProblem, NumericProblem, ProblemGenerator, SolutionStep, Tolerance } from './types';

const metricNames = ['Revenue per user', 'Sign-up rate', 'Day-7 retention', 'Basket size', 'Support tickets', 'Page load time', 'Newsletter opt-ins', 'Returns'];
type Method = 'holm' | 'bonferroni' | 'benjaminiHochberg';
const methodWords: Record<Method, { name: string; controls: string }> = {
  bonferroni: { name: 'Bonferroni', controls: 'family-wise error rate' },
  holm: { name: 'Holm', controls: 'family-wise error rate' },
  benjaminiHochberg: { name: 'Benjamini-Hochberg', controls: 'false discovery rate' },
};
const tolerance: Tolerance = { absolute: 0.0005, relative: 0.005 };

/** The factor the i-th smallest p-value (1-based) is multiplied by under each method. */
const factor: Record<Method, (i: number, m: number) => number> = {
  bonferroni: (_i, m) => m,
  holm: (i, m) => m - i + 1,
  benjaminiHochberg: (i, m) => m / i,
};

export const pValueAdjustment: ProblemGenerator = {
  topic: 'p-value-adjustment',
  label: 'Adjusting p-values for many metrics',
  description: 'Holm, Bonferroni or Benjamini-Hochberg: the adjusted p-value of one metric among several.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const m = rng.int(4, 7);
    const names = rng.shuffle(metricNames).slice(0, m);
    // A few small p-values among larger ones, three decimals as a report shows them.
    const pValues = names.map(() => (rng.chance(0.5) ? rng.round(0.001, 0.06, 3) : rng.round(0.06, 0.9, 3)));
    const method = rng.pick<Method>(['holm', 'holm', 'bonferroni', 'benjaminiHochberg']);
    const target = rng.int(0, m - 1);
    const out = calculate('multiple-testing-correction', { pValues, alpha: 0.05 });
    const answer = out.byMethod[method].adjustedPValues[target]!;
    const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
    const rank = order.findIndex((o) => o.i === target) + 1;
    const raw = Math.min(1, factor[method](rank, m) * pValues[target]!);
    const sorted = order.map((o) => o.p);
    const steps: SolutionStep[] = [
      {
        label: 'Sort the p-values',
        formula: String.raw`p_{(1)} \le p_{(2)} \le \dots \le p_{(m)},\ m = ${m}`,
        substituted: sorted.map((p) => tex(p)).join(String.raw` \le `),
        value: pValues[target]!,
      },
      {
        label: `${names[target]} is p_(${rank}): multiply by its factor`,
        formula: { bonferroni: String.raw`m\,p_{(i)}`, holm: String.raw`(m - i + 1)\,p_{(i)}`, benjaminiHochberg: String.raw`\tfrac{m}{i}\,p_{(i)}` }[method],
        substituted: String.raw`${tex(factor[method](rank, m), 4)} \times ${tex(pValues[target]!)} = ${tex(factor[method](rank, m) * pValues[target]!)}`,
        value: factor[method](rank, m) * pValues[target]!,
      },
      {
        label: method === 'holm' ? 'Keep the order: the running maximum from the smallest p up, capped at 1' : method === 'benjaminiHochberg' ? 'Keep the order: the running minimum from the largest p down, capped at 1' : 'Cap at 1',
        formula: { bonferroni: String.raw`\min(1,\ m\,p_{(i)})`, holm: String.raw`\min\big(1,\ \max_{j \le i} (m - j + 1)\,p_{(j)}\big)`, benjaminiHochberg: String.raw`\min\big(1,\ \min_{j \ge i} \tfrac{m}{j}\,p_{(j)}\big)` }[method],
        substituted: String.raw`\tilde p = ${tex(answer)}`,
        value: answer,
      },
    ];
    return {
      kind: 'numeric',
      topic: 'p-value-adjustment',
      seed,
      engine: { calculator: 'multiple-testing-correction', input: { pValues, alpha: 0.05 }, output: `byMethod.${method}.adjustedPValues.${target}` },
      prompt:
        `A launch review compares **${m} metrics** between A and B:\n\n${names.map((n, i) => `${n}: p = **${pValues[i]}**`).join('\n\n')}\n\n` +
        `What is the **${methodWords[method].name}**-adjusted p-value of **${names[target]}**? Give it as a proportion.`,
      steps,
      answer,
      answerText: fmt(answer, 4),
      unit: 'proportion',
      tolerance,
      takeaway: `${names[target]}: adjusted ${pIs(answer)}, ${answer < 0.05 ? 'still' : 'no longer'} significant at 0.05 while controlling the ${methodWords[method].controls}.`,
      mistakes: [
        mistake(answer, tolerance, raw, method === 'holm'
          ? 'That is the factor times p alone. Holm adjusted p-values never fall as p grows: take the largest of the adjusted values of this and every smaller p-value.'
          : 'That is the factor times p alone. Benjamini-Hochberg adjusted p-values never rise as p falls: take the smallest of the adjusted values of this and every larger p-value.'),
        mistake(answer, tolerance, Math.min(1, m * pValues[target]!), `That is the Bonferroni adjustment (m × p). ${methodWords[method].name} multiplies the ${rank === 1 ? 'smallest' : `${rank}th smallest`} p-value by ${fmt(factor[method](rank, m), 3)}, not by m.`),
        mistake(answer, tolerance, pValues[target]!, 'That is the unadjusted p-value: with several metrics, each one needs adjusting.'),
        unitMistake(answer, 'proportion', tolerance),
      ],
    };
  },
};

const lookOptions = [
  'Significant: the fixed-horizon p-value is below 0.05',
  'Not significant yet: the confidence sequence still includes 0, keep the test running',
  'Significant: the confidence sequence excludes 0',
];

export const sequentialLook = {
  topic: 'sequential-look',
  label: 'Is it significant at this look?',
  description: 'A dashboard checked daily with a sequential test: read the confidence sequence, not the z-test.',
  generate(seed): ChoiceProblem {
    const rng = createRng(seed);
    const visitors = Math.round(rng.int(20, 150) * 100);
    const base = rng.round(0.05, 0.2, 3);
    const z = rng.float(2.0, 4.6) * (rng.chance(0.2) ? -1 : 1);
    const se0 = Math.sqrt((2 * base * (1 - base)) / visitors);
    const control = { visitors, conversions: Math.round(visitors * base) };
    const treatment = { visitors, conversions: Math.round(visitors * (base + z * se0)) };
    const day = rng.int(3, 20);
    const input = { control, treatment, alpha: 0.05, tuningN: 5000, tau: 0.01 };
    const r = calculate('sequential-proportions', input);
    const cs = r.byMethod.confidenceSequence;
    const significant = cs.pValue !== null && cs.pValue < 0.05;
    const answer = significant ? 2 : 1;
    const wrong = new Map<number, string>();
    wrong.set(0, `The fixed-horizon p (${pIs(r.fixedHorizon.pValue ?? 1)}) is valid only at a sample size fixed in advance; checked every day it crosses 0.05 by chance far too often. Read the confidence sequence.`);
    wrong.set(significant ? 1 : 2, significant
      ? `The confidence sequence, ${fmt(cs.ciLower ?? 0, 3)} to ${fmt(cs.ciUpper ?? 0, 3)}, lies entirely on one side of 0: the test may stop now.`
      : `The confidence sequence runs from ${fmt(cs.ciLower ?? 0, 3)} to ${fmt(cs.ciUpper ?? 0, 3)}: it still includes 0.`);
    const n = r.n;
    return {
      kind: 'choice',
      topic: 'sequential-look',
      seed,
      engine: { calculator: 'sequential-proportions', input, output: 'byMethod.confidenceSequence.halfWidth' },
      prompt:
        `A test is checked every day and analysed with GrowthBook's sequential test (tuning parameter 5,000, alpha = 0.05). On day ${day}: ` +
        `control **${count(control.visitors)}** visitors, **${count(control.conversions)}** conversions; treatment **${count(treatment.visitors)}** visitors, **${count(treatment.conversions)}** conversions.\n\n` +
        `The dashboard also shows a fixed-horizon z-test with **${pIs(r.fixedHorizon.pValue ?? 1)}**. What do you conclude today?`,
      options: lookOptions,
      answer,
      steps: [
        {
          label: 'Difference and standard error',
          formula: String.raw`\hat\delta = \hat p_B - \hat p_A,\quad SE = \sqrt{\tfrac{\hat p_A(1-\hat p_A)}{n_A} + \tfrac{\hat p_B(1-\hat p_B)}{n_B}}`,
          substituted: String.raw`\hat\delta = ${tex(r.diff)},\quad SE = ${tex(r.se)}`,
          value: r.se,
        },
        {
          label: 'Tuning constant',
          formula: String.raw`\rho = \sqrt{\frac{-2\ln\alpha + \ln(1 - 2\ln\alpha)}{N^*}}`,
          substituted: String.raw`\rho = ${tex(cs.rho)}`,
          value: cs.rho,
        },
        {
          label: 'Half-width of the confidence sequence (n = both arms)',
          formula: String.raw`SE\sqrt{n}\,\sqrt{\frac{2(n\rho^2 + 1)}{n^2\rho^2}\ln\frac{\sqrt{n\rho^2 + 1}}{\alpha}}`,
          substituted: String.raw`${tex(r.se)}\sqrt{${tex(n)}}\,\sqrt{\cdots} = ${tex(cs.halfWidth ?? 0)}`,
          value: cs.halfWidth ?? 0,
        },
        {
          label: 'Decision',
          formula: String.raw`\text{significant} \iff 0 \notin \hat\delta \pm w`,
          substituted: String.raw`${tex(r.diff)} \pm ${tex(cs.halfWidth ?? 0)} = [${tex(cs.ciLower ?? 0)},\ ${tex(cs.ciUpper ?? 0)}] \Rightarrow \text{${significant ? 'excludes' : 'includes'} } 0`,
          value: answer,
        },
      ],
      takeaway: `Confidence sequence ${fmt(cs.ciLower ?? 0, 3)} to ${fmt(cs.ciUpper ?? 0, 3)} (always-valid ${pIs(cs.pValue ?? 1)}), wider than the fixed-horizon interval because it holds at every look.`,
      mistakes: [choiceMistakes(wrong)],
    };
  },
} satisfies ProblemGenerator;
