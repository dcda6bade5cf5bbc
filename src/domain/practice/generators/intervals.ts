// Confidence interval of a difference in conversion rates, and relative lift.
import { calculate } from '../../stats';
import { STEP_DIGITS, count, fmt, pct, tex, texPct, withArticle } from './format';
import { drawExperiment, mistake, unitMistake, zCritical } from './helpers';
import type { ProportionExperiment } from './helpers';
import { createRng } from './rng';
import type { NumericProblem, ProblemGenerator, Tolerance } from './types';

function describe(e: ProportionExperiment): string {
  return (
    `Control (A): **${count(e.control.visitors)}** visitors, **${count(e.control.conversions)}** conversions. ` +
    `Treatment (B): **${count(e.treatment.visitors)}** visitors, **${count(e.treatment.conversions)}** conversions.`
  );
}

/** Half a unit of the fourth decimal the prompt asks for (with room for float rounding). */
const ANSWER_DECIMALS_HALF_UNIT = 0.00005 + 1e-12;

export const ciDifference: ProblemGenerator = {
  topic: 'ci-difference',
  label: 'CI of a difference',
  description: 'Unpooled (Wald) confidence interval for the difference in conversion rates.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const e = drawExperiment(rng, { zFrom: 0.5, zTo: 3.5, signed: true, unequal: true });
    const level = rng.pick([0.95, 0.95, 0.9, 0.99]);
    const alpha = Number((1 - level).toFixed(2));
    const askLower = rng.chance(0.5);
    const r = calculate('two-proportion-z-test', { control: e.control, treatment: e.treatment, alpha, alternative: 'two-sided' });
    const zc = zCritical(alpha);
    const lower = r.ciLower!;
    const upper = r.ciUpper!;
    const answer = askLower ? lower : upper;
    const half = zc * r.seUnpooled;
    // The prompt asks for four decimals: a bound rounded there is right.
    const tolerance: Tolerance = { absolute: Math.max(ANSWER_DECIMALS_HALF_UNIT, Number((half * 0.02).toPrecision(2))) };
    const sign = askLower ? '-' : '+';
    const withPooled = r.diff + (askLower ? -1 : 1) * zc * r.sePooled;
    const wrongZ = r.diff + (askLower ? -1 : 1) * zCritical(alpha * 2) * r.seUnpooled;
    return {
      kind: 'numeric',
      topic: 'ci-difference',
      seed,
      engine: { calculator: 'two-proportion-z-test', input: { control: e.control, treatment: e.treatment, alpha, alternative: 'two-sided' }, output: askLower ? 'ciLower' : 'ciUpper' },
      prompt: `${describe(e)}\n\nWhat is the **${askLower ? 'lower' : 'upper'}** bound of the **${Math.round(level * 100)}%** confidence interval for the difference B − A in conversion rate (unpooled standard error)? Give it as a proportion to four decimals (e.g. 0.0021).`,
      steps: [
        {
          label: 'Difference in rates',
          formula: String.raw`\hat d = \hat p_B - \hat p_A`,
          substituted: String.raw`\hat d = ${tex(r.treatmentRate, STEP_DIGITS)} - ${tex(r.controlRate, STEP_DIGITS)} = ${tex(r.diff, STEP_DIGITS)}`,
          value: r.diff,
        },
        {
          label: 'Unpooled standard error',
          formula: String.raw`SE = \sqrt{\frac{\hat p_A(1-\hat p_A)}{n_A} + \frac{\hat p_B(1-\hat p_B)}{n_B}}`,
          substituted: String.raw`SE = \sqrt{\frac{${tex(r.controlRate, STEP_DIGITS)}(1-${tex(r.controlRate, STEP_DIGITS)})}{${tex(e.control.visitors)}} + \frac{${tex(r.treatmentRate, STEP_DIGITS)}(1-${tex(r.treatmentRate, STEP_DIGITS)})}{${tex(e.treatment.visitors)}}} = ${tex(r.seUnpooled, STEP_DIGITS)}`,
          value: r.seUnpooled,
        },
        {
          label: `Critical value for ${Math.round(level * 100)}%`,
          formula: String.raw`z_{1-\alpha/2}`,
          substituted: String.raw`z_{${tex(1 - alpha / 2)}} = ${tex(zc, STEP_DIGITS)}`,
          value: zc,
        },
        {
          label: `${askLower ? 'Lower' : 'Upper'} bound`,
          formula: String.raw`\hat d ${sign} z_{1-\alpha/2}\, SE`,
          substituted: String.raw`${tex(r.diff, STEP_DIGITS)} ${sign} ${tex(zc, STEP_DIGITS)} \times ${tex(r.seUnpooled, STEP_DIGITS)} = ${tex(answer)}`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'proportion',
      tolerance,
      takeaway: `${Math.round(level * 100)}% CI for B − A: [${pct(lower)}, ${pct(upper)}]; ${lower > 0 || upper < 0 ? 'it excludes 0' : 'it contains 0'}.`,
      mistakes: [
        mistake(answer, tolerance, withPooled, 'You used the pooled standard error. The pooled SE belongs to the test under H0; the interval uses each arm’s own variance (unpooled).'),
        mistake(answer, tolerance, wrongZ, `Check the critical value: a ${Math.round(level * 100)}% two-sided interval uses z = ${fmt(zc, 4)}, not ${fmt(zCritical(alpha * 2), 4)}.`),
        mistake(answer, tolerance, r.diff + (askLower ? -1 : 1) * r.seUnpooled, 'You added one standard error; the margin is the critical value times the SE.'),
        mistake(answer, tolerance, askLower ? upper : lower, `That is the ${askLower ? 'upper' : 'lower'} bound; the question asks for the other end.`),
        unitMistake(answer, 'proportion', tolerance),
      ],
    };
  },
};

const liftTolerance: Tolerance = { absolute: 0.1 };

export const relativeLift: ProblemGenerator = {
  topic: 'relative-lift',
  label: 'Relative lift',
  description: 'Relative change of the treatment rate against the control rate, in percent.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const e = drawExperiment(rng, { zFrom: 0.8, zTo: 4, signed: true, minVisitors: 2000 });
    const r = calculate('relative-lift-ci', { control: e.control, treatment: e.treatment, alpha: 0.05 });
    const z = calculate('two-proportion-z-test', { control: e.control, treatment: e.treatment });
    const lift = r.relativeLift ?? 0;
    const answer = lift * 100;
    return {
      kind: 'numeric',
      topic: 'relative-lift',
      seed,
      engine: { calculator: 'relative-lift-ci', input: { control: e.control, treatment: e.treatment, alpha: 0.05 }, output: 'relativeLift', scale: 100 },
      prompt: `${describe(e)}\n\nWhat is the **relative lift** of B over A? Give it in **percent** (e.g. 4.2 for +4.2%; negative for a drop).`,
      steps: [
        {
          label: 'Conversion rates',
          formula: String.raw`\hat p_A = \frac{x_A}{n_A},\quad \hat p_B = \frac{x_B}{n_B}`,
          substituted: String.raw`\hat p_A = ${texPct(z.controlRate, STEP_DIGITS)},\quad \hat p_B = ${texPct(z.treatmentRate, STEP_DIGITS)}`,
          value: z.treatmentRate,
        },
        {
          label: 'Relative lift',
          formula: String.raw`\text{lift} = \frac{\hat p_B - \hat p_A}{\hat p_A} \times 100\%`,
          substituted: String.raw`\frac{${tex(z.treatmentRate, STEP_DIGITS)} - ${tex(z.controlRate, STEP_DIGITS)}}{${tex(z.controlRate, STEP_DIGITS)}} \times 100\% = ${tex(answer)}\%`,
          value: answer,
        },
      ],
      answer,
      answerText: `${fmt(answer, 4)}%`,
      unit: 'percent',
      tolerance: liftTolerance,
      takeaway: `An absolute change of ${fmt(z.diff * 100, 3)} percentage points is ${withArticle(`${fmt(answer, 3)}%`)} relative lift; 95% CI of the lift (delta method) ${pct(r.ciLower ?? 0)} to ${pct(r.ciUpper ?? 0)}.`,
      mistakes: [
        mistake(answer, liftTolerance, z.diff * 100, 'That is the absolute difference in percentage points. Relative lift divides the difference by the control rate.'),
        mistake(answer, liftTolerance, (z.treatmentRate / z.controlRate) * 100, 'That is the ratio B/A in percent; subtract 100 to get the lift.'),
        mistake(answer, liftTolerance, (z.diff / z.treatmentRate) * 100, 'You divided by the treatment rate; the baseline (control) is the denominator.'),
        mistake(answer, liftTolerance, -answer, 'The sign is flipped: lift is (B − A) / A.'),
        unitMistake(answer, 'percent', liftTolerance),
      ],
    };
  },
};
