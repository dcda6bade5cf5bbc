// Chi-square tests on experiment counts: the sample ratio mismatch check and an A/B/n comparison.
import { calculate } from '../../stats';
import { count, fmt, pIs, tex } from './format';
import { mistake } from './helpers';
import { createRng, niceCount } from './rng';
import type { NumericProblem, ProblemGenerator, Tolerance } from './types';

const statTolerance: Tolerance = { absolute: 0.05, relative: 0.02 };
const chiSquareFloor = { value: 0, message: 'A chi-square statistic adds up squares divided by positive counts, so it is never negative.' };

const splits = [
  { ratios: [0.5, 0.5], label: '50/50' },
  { ratios: [0.5, 0.5], label: '50/50' },
  { ratios: [0.9, 0.1], label: '90/10' },
  { ratios: [0.8, 0.2], label: '80/20' },
];

export const srmCheck: ProblemGenerator = {
  topic: 'srm-check',
  label: 'SRM check',
  description: 'Chi-square goodness of fit of the observed split against the planned one.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const split = rng.pick(splits);
    const total = niceCount(rng.logInt(5000, 400_000));
    // Imbalance sized so the statistic lands anywhere from harmless to alarming.
    const target = rng.float(0, 5) ** 2;
    const expectedA = total * split.ratios[0]!;
    const shift = Math.round(Math.sqrt(target * expectedA * split.ratios[1]!) * (rng.chance(0.5) ? 1 : -1));
    const observed = [Math.round(expectedA) + shift, total - Math.round(expectedA) - shift];
    const r = calculate('srm-check', { observed, expectedRatios: split.ratios, threshold: 0.001 });
    const answer = r.statistic;
    const [eA, eB] = r.expectedCounts as [number, number];
    const [oA, oB] = observed as [number, number];
    const termA = (oA - eA) ** 2 / eA;
    const byObserved = (oA - eA) ** 2 / oA + (oB - eB) ** 2 / oB;
    return {
      kind: 'numeric',
      topic: 'srm-check',
      seed,
      engine: { calculator: 'srm-check', input: { observed, expectedRatios: split.ratios, threshold: 0.001 }, output: 'statistic' },
      prompt:
        `An experiment was configured for a **${split.label}** split. The assignment log shows **${count(oA)}** users in A and **${count(oB)}** in B.\n\n` +
        `What is the **chi-square statistic** of the sample ratio mismatch check? (Two decimals.)`,
      steps: [
        {
          label: 'Expected counts',
          formula: String.raw`E_i = N \cdot r_i`,
          substituted: String.raw`E_A = ${tex(oA + oB)} \times ${split.ratios[0]} = ${tex(eA, 7)},\quad E_B = ${tex(eB, 7)}`,
          value: eA,
        },
        {
          label: 'Chi-square statistic',
          formula: String.raw`\chi^2 = \sum_i \frac{(O_i - E_i)^2}{E_i}`,
          substituted: String.raw`\frac{(${tex(oA)} - ${tex(eA, 7)})^2}{${tex(eA, 7)}} + \frac{(${tex(oB)} - ${tex(eB, 7)})^2}{${tex(eB, 7)}} = ${tex(answer)}`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'number',
      tolerance: statTolerance,
      atLeast: chiSquareFloor,
      takeaway: `χ² = ${fmt(answer, 4)} on 1 df, ${pIs(r.pValue)}: ${r.srmDetected ? 'a sample ratio mismatch (p < 0.001). Do not trust the results until the cause is found.' : 'no evidence of a mismatch at the usual 0.001 threshold.'}`,
      mistakes: [
        mistake(answer, statTolerance, termA, 'You summed only one arm. Every arm contributes (O − E)² / E.'),
        mistake(answer, statTolerance, byObserved, 'Divide by the expected count, not the observed one.'),
        mistake(answer, statTolerance, Math.sqrt(answer), 'That is the square root of χ² (a z statistic). The question asks for χ² itself.'),
      ],
    };
  },
};

export const chiSquareAbn: ProblemGenerator = {
  topic: 'chi-square-abn',
  label: 'Chi-square for A/B/n',
  description: 'Test whether conversion differs across three or four variants.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const arms = rng.pick([3, 3, 4]);
    const baseline = rng.round(0.02, 0.3, 3);
    const n = niceCount(rng.logInt(1000, 40_000));
    const spread = rng.float(0.2, 2.5) * Math.sqrt(baseline * (1 - baseline) / n);
    const names = ['A', 'B', 'C', 'D'].slice(0, arms);
    const table = names.map(() => {
      const visitors = Math.round(n * rng.float(0.97, 1.03));
      const rate = Math.min(0.95, Math.max(0.005, baseline + spread * rng.float(-1.5, 1.5)));
      const conversions = Math.round(visitors * rate);
      return [conversions, visitors - conversions];
    });
    const r = calculate('chi-square-independence', { table, yatesCorrection: false });
    const answer = r.statistic;
    const totalConv = table.reduce((s, row) => s + row[0]!, 0);
    const total = table.reduce((s, row) => s + row[0]! + row[1]!, 0);
    const overall = totalConv / total;
    const convOnly = table.reduce((s, row, i) => s + (row[0]! - r.expected[i]![0]!) ** 2 / r.expected[i]![0]!, 0);
    const rows = table.map((row, i) => `${names[i]}: **${count(row[0]! + row[1]!)}** visitors, **${count(row[0]!)}** conversions`).join('; ');
    return {
      kind: 'numeric',
      topic: 'chi-square-abn',
      seed,
      engine: { calculator: 'chi-square-independence', input: { table, yatesCorrection: false }, output: 'statistic' },
      prompt: `An A/B/n test with ${arms} variants. ${rows}.\n\nWhat is the **chi-square statistic** for independence of variant and conversion (no continuity correction)? (Two decimals.)`,
      steps: [
        {
          label: 'Overall conversion rate',
          formula: String.raw`\hat p = \frac{\sum x_i}{\sum n_i}`,
          substituted: String.raw`\hat p = \frac{${tex(totalConv)}}{${tex(total)}} = ${tex(overall)}`,
          value: overall,
        },
        {
          label: 'Expected counts per cell',
          formula: String.raw`E_{i,\text{conv}} = n_i\,\hat p,\quad E_{i,\text{no}} = n_i\,(1-\hat p)`,
          substituted: String.raw`E_{A,\text{conv}} = ${tex(table[0]![0]! + table[0]![1]!)} \times ${tex(overall)} = ${tex(r.expected[0]![0]!, 6)}`,
          value: r.expected[0]![0]!,
        },
        {
          label: `Chi-square over all ${arms * 2} cells`,
          formula: String.raw`\chi^2 = \sum_{\text{cells}} \frac{(O - E)^2}{E}`,
          substituted: String.raw`\chi^2 = ${tex(answer)}\quad (df = (${arms}-1)(2-1) = ${r.df})`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'number',
      tolerance: statTolerance,
      atLeast: chiSquareFloor,
      takeaway: `χ² = ${fmt(answer, 4)} on ${r.df} df, ${pIs(r.pValue)}. A significant omnibus test says some variant differs, not which one.`,
      mistakes: [
        mistake(answer, statTolerance, convOnly, 'You used only the converted cells. The non-converted cells count too: sum over every cell of the table.'),
        mistake(answer, statTolerance, Math.sqrt(answer), 'That is the square root of χ². The question asks for χ² itself.'),
      ],
    };
  },
};
