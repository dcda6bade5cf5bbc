// Welch's t-test on revenue-like means with unequal variances and sample sizes.
import { calculate } from '../../stats';
import { STEP_DIGITS, count, fmt, pIs, tex } from './format';
import { mistake } from './helpers';
import { createRng } from './rng';
import type { NumericProblem, ProblemGenerator, Tolerance } from './types';

const tolerance: Tolerance = { absolute: 0.02, relative: 0.01 };

const metrics = [
  { name: 'revenue per user', unit: '$', mean: [18, 80] as const },
  { name: 'session length (minutes)', unit: '', mean: [4, 25] as const },
  { name: 'basket size ($)', unit: '$', mean: [30, 120] as const },
];

export const welchTTest: ProblemGenerator = {
  topic: 'welch-t-test',
  label: "Welch's t-test",
  description: 'Compare two means with unequal variances; give the t statistic.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const metric = rng.pick(metrics);
    const meanA = rng.round(metric.mean[0], metric.mean[1], 2);
    const sdA = rng.round(meanA * 0.6, meanA * 2.2, 2);
    const nA = rng.int(150, 5000);
    const nB = Math.max(100, Math.round(nA * rng.float(0.6, 1.5)));
    const sdB = rng.round(sdA * 0.8, sdA * 1.25, 2);
    // An effect between about 0.3 and 3.5 standard errors, either way.
    const seGuess = Math.sqrt((sdA * sdA) / nA + (sdB * sdB) / nB);
    const meanB = Number((meanA + rng.float(0.3, 3.5) * seGuess * (rng.chance(0.2) ? -1 : 1)).toFixed(2));
    const control = { mean: meanA, sd: sdA, n: nA };
    const treatment = { mean: meanB, sd: sdB, n: nB };
    const w = calculate('welch-t-test', { control, treatment, alpha: 0.05, alternative: 'two-sided' });
    const s = calculate('student-t-test', { control, treatment, alpha: 0.05, alternative: 'two-sided' });
    const answer = w.t;
    const noSqrtN = w.diff / Math.sqrt(sdA * sdA + sdB * sdB);
    const sdSum = w.diff / Math.sqrt(sdA / nA + sdB / nB);
    return {
      kind: 'numeric',
      topic: 'welch-t-test',
      seed,
      engine: { calculator: 'welch-t-test', input: { control, treatment, alpha: 0.05, alternative: 'two-sided' }, output: 't' },
      prompt:
        `An experiment compares **${metric.name}**.\n\n` +
        `Control (A): mean **${meanA}**, sd **${sdA}**, n = **${count(nA)}**. Treatment (B): mean **${meanB}**, sd **${sdB}**, n = **${count(nB)}**.\n\n` +
        `What is **Welch's t statistic** for B − A? Round to two decimals.`,
      steps: [
        {
          label: 'Difference in means',
          formula: String.raw`\bar x_B - \bar x_A`,
          substituted: String.raw`${tex(meanB)} - ${tex(meanA)} = ${tex(w.diff, STEP_DIGITS)}`,
          value: w.diff,
        },
        {
          label: 'Standard error (each arm its own variance)',
          formula: String.raw`SE = \sqrt{\frac{s_A^2}{n_A} + \frac{s_B^2}{n_B}}`,
          substituted: String.raw`SE = \sqrt{\frac{${tex(sdA)}^2}{${tex(nA)}} + \frac{${tex(sdB)}^2}{${tex(nB)}}} = ${tex(w.se, STEP_DIGITS)}`,
          value: w.se,
        },
        {
          label: 'Welch–Satterthwaite degrees of freedom',
          formula: String.raw`\nu = \frac{(s_A^2/n_A + s_B^2/n_B)^2}{\frac{(s_A^2/n_A)^2}{n_A-1} + \frac{(s_B^2/n_B)^2}{n_B-1}}`,
          substituted: String.raw`\nu = ${tex(w.df)}`,
          value: w.df,
        },
        {
          label: 't statistic',
          formula: String.raw`t = \frac{\bar x_B - \bar x_A}{SE}`,
          substituted: String.raw`t = \frac{${tex(w.diff, STEP_DIGITS)}}{${tex(w.se, STEP_DIGITS)}} = ${tex(w.t)}`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'number',
      tolerance,
      takeaway: `t = ${fmt(w.t, 3)} on ${fmt(w.df, 4)} df gives a two-sided ${pIs(w.pValue)}${w.pValue < 0.05 ? ' (significant at 5%)' : ' (not significant at 5%)'}.`,
      mistakes: [
        mistake(answer, tolerance, noSqrtN, 'You divided by the standard deviations, not the standard error: divide each variance by its sample size.'),
        mistake(answer, tolerance, sdSum, 'Square the standard deviations: the SE adds variances s²/n, not s/n.'),
        mistake(answer, tolerance, -answer, 'The sign is flipped: the statistic is for B − A.'),
        mistake(answer, { absolute: 0.005 }, s.t, "That is Student's t with a pooled variance; Welch's test keeps each arm's variance separate."),
      ],
    };
  },
};
