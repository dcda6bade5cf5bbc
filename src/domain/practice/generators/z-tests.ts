// Two-proportion z-test: the p-value, the decision at a given alpha, and one- versus two-sided p-values.
import { calculate } from '../../stats';
import { STEP_DIGITS, count, digitsAgainst, fmt, pIs, pct, tex } from './format';
import { choiceMistakes, drawExperiment, mistake, twoSidedP, unitMistake } from './helpers';
import type { ProportionExperiment } from './helpers';
import { createRng } from './rng';
import type { ChoiceProblem, NumericProblem, ProblemGenerator, SolutionStep, Tolerance } from './types';

function describe(e: ProportionExperiment): string {
  return (
    `Control (A): **${count(e.control.visitors)}** visitors, **${count(e.control.conversions)}** conversions. ` +
    `Treatment (B): **${count(e.treatment.visitors)}** visitors, **${count(e.treatment.conversions)}** conversions.`
  );
}

/** The steps of a pooled z-test up to the statistic, every value from the engine. */
export function zTestSteps(e: ProportionExperiment): { steps: SolutionStep[]; z: number; result: ReturnType<typeof zTest> } {
  const r = zTest(e, 'two-sided');
  const { control: a, treatment: b } = e;
  const steps: SolutionStep[] = [
    {
      label: 'Conversion rates',
      formula: String.raw`\hat p_A = \frac{x_A}{n_A},\quad \hat p_B = \frac{x_B}{n_B}`,
      substituted: String.raw`\hat p_A = \frac{${tex(a.conversions)}}{${tex(a.visitors)}} = ${tex(r.controlRate, STEP_DIGITS)},\quad \hat p_B = \frac{${tex(b.conversions)}}{${tex(b.visitors)}} = ${tex(r.treatmentRate, STEP_DIGITS)}`,
      value: r.treatmentRate,
    },
    {
      label: 'Pooled rate under H0',
      formula: String.raw`\hat p = \frac{x_A + x_B}{n_A + n_B}`,
      substituted: String.raw`\hat p = \frac{${tex(a.conversions)} + ${tex(b.conversions)}}{${tex(a.visitors)} + ${tex(b.visitors)}} = ${tex(r.pooledRate, STEP_DIGITS)}`,
      value: r.pooledRate,
    },
    {
      label: 'Pooled standard error',
      formula: String.raw`SE = \sqrt{\hat p(1-\hat p)\left(\tfrac{1}{n_A} + \tfrac{1}{n_B}\right)}`,
      substituted: String.raw`SE = \sqrt{${tex(r.pooledRate, STEP_DIGITS)}\,(1-${tex(r.pooledRate, STEP_DIGITS)})\left(\tfrac{1}{${tex(a.visitors)}} + \tfrac{1}{${tex(b.visitors)}}\right)} = ${tex(r.sePooled, STEP_DIGITS)}`,
      value: r.sePooled,
    },
    {
      label: 'Test statistic',
      formula: String.raw`z = \frac{\hat p_B - \hat p_A}{SE}`,
      substituted: String.raw`z = \frac{${tex(r.treatmentRate, STEP_DIGITS)} - ${tex(r.controlRate, STEP_DIGITS)}}{${tex(r.sePooled, STEP_DIGITS)}} = ${tex(r.z ?? 0)}`,
      value: r.z ?? 0,
    },
  ];
  return { steps, z: r.z ?? 0, result: r };
}

function zTest(e: ProportionExperiment, alternative: 'two-sided' | 'greater' | 'less', alpha = 0.05) {
  return calculate('two-proportion-z-test', { control: e.control, treatment: e.treatment, alpha, alternative });
}

function pValueStep(z: number, p: number): SolutionStep {
  return {
    label: 'Two-sided p-value',
    formula: String.raw`p = 2\,\big(1 - \Phi(|z|)\big)`,
    substituted: String.raw`p = 2\,\big(1 - \Phi(${tex(Math.abs(z))})\big) = ${tex(p)}`,
    value: p,
  };
}

const pTolerance: Tolerance = { absolute: 0.001, relative: 0.03 };

export const zTestPValue: ProblemGenerator = {
  topic: 'z-test-p-value',
  label: 'Two-proportion z-test p-value',
  description: 'Pooled z-test on conversion counts; give the two-sided p-value.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const e = drawExperiment(rng, { zFrom: 0.4, zTo: 3.4, signed: true, unequal: true });
    const { steps, z, result } = zTestSteps(e);
    const answer = result.pValue ?? 1;
    const oneSided = zTest(e, z >= 0 ? 'greater' : 'less').pValue;
    const unpooledP = twoSidedP(result.diff / result.seUnpooled);
    return {
      kind: 'numeric',
      topic: 'z-test-p-value',
      seed,
      engine: { calculator: 'two-proportion-z-test', input: { control: e.control, treatment: e.treatment, alpha: 0.05, alternative: 'two-sided' }, output: 'pValue' },
      prompt: `${describe(e)}\n\nRun a **two-sided** pooled two-proportion z-test. What is the p-value? Give it as a proportion (e.g. 0.034).`,
      steps: [...steps, pValueStep(z, answer)],
      answer,
      answerText: fmt(answer, 4),
      unit: 'proportion',
      tolerance: pTolerance,
      takeaway: `z = ${fmt(z, 3)}, ${pIs(answer)}: ${answer < 0.05 ? 'significant' : 'not significant'} at the 5% level.`,
      mistakes: [
        mistake(answer, pTolerance, oneSided, 'That is the one-sided p-value. A two-sided test counts both tails: double it.'),
        mistake(answer, pTolerance, unpooledP, 'That p-value comes from the unpooled standard error. Under H0 both arms share one rate, so the test statistic uses the pooled SE.'),
        mistake(answer, pTolerance, 1 - answer, 'That is 1 − p. The p-value is the tail probability beyond |z|, not the area inside it.'),
        unitMistake(answer, 'proportion', pTolerance),
      ],
    };
  },
};

const decisionOptions = [
  'Significant: reject H0, the conversion rates differ',
  'Not significant: fail to reject H0',
  'Significant only if we switch to a one-sided test after seeing the data',
];

export const zTestDecision: ProblemGenerator = {
  topic: 'z-test-decision',
  label: 'z-test decision at alpha',
  description: 'Compute z and decide at the stated significance level.',
  generate(seed): ChoiceProblem {
    const rng = createRng(seed);
    const e = drawExperiment(rng, { zFrom: 1.2, zTo: 3.2, signed: true });
    const alpha = rng.pick([0.05, 0.05, 0.01, 0.1]);
    const { steps, z, result } = zTestSteps(e);
    const p = result.pValue ?? 1;
    const answer = p < alpha ? 0 : 1;
    const oneSided = zTest(e, z >= 0 ? 'greater' : 'less', alpha).pValue ?? 1;
    const wrong = new Map<number, string>();
    wrong.set(answer === 0 ? 1 : 0, answer === 0
      ? `${pIs(p)} is below alpha = ${alpha}, so H0 is rejected.`
      : `${pIs(p)} is not below alpha = ${alpha}${oneSided < alpha ? ` (only the one-sided ${pIs(oneSided)} is)` : ''}; H0 stands.`);
    wrong.set(2, 'Choosing the direction after seeing the data halves the p-value dishonestly: the test must be fixed before the experiment.');
    return {
      kind: 'choice',
      topic: 'z-test-decision',
      seed,
      engine: { calculator: 'two-proportion-z-test', input: { control: e.control, treatment: e.treatment, alpha, alternative: 'two-sided' }, output: 'pValue' },
      prompt: `${describe(e)}\n\nThe test was planned as **two-sided** at alpha = **${alpha}**. What do you conclude?`,
      options: decisionOptions,
      answer,
      steps: [
        ...steps,
        pValueStep(z, p),
        {
          label: 'Decision',
          formula: String.raw`\text{reject } H_0 \iff p < \alpha`,
          substituted: String.raw`${tex(p, digitsAgainst(p, alpha))} ${p < alpha ? '<' : '\\ge'} ${alpha} \Rightarrow \text{${answer === 0 ? 'reject' : 'fail to reject'} } H_0`,
          value: answer,
        },
      ],
      takeaway: `Observed difference ${pct(result.diff)} (absolute), ${pIs(p)} against alpha = ${alpha}.`,
      mistakes: [choiceMistakes(wrong)],
    };
  },
};

export const oneVsTwoSided: ProblemGenerator = {
  topic: 'one-vs-two-sided',
  label: 'One-sided versus two-sided',
  description: 'Turn a z statistic into the one-sided or two-sided p-value that was asked for.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const z = rng.round(1.1, 3.1, 2);
    const tail = calculate('normal-tail-probability', { z });
    const askOneSided = rng.chance(0.5);
    const answer = askOneSided ? tail.sf : tail.twoSidedP;
    const other = askOneSided ? tail.twoSidedP : tail.sf;
    const hypothesis = askOneSided
      ? 'The team pre-registered a **one-sided** test, H1: B converts better than A.'
      : 'The team planned a **two-sided** test, H1: B converts differently from A.';
    return {
      kind: 'numeric',
      topic: 'one-vs-two-sided',
      seed,
      engine: { calculator: 'normal-tail-probability', input: { z }, output: askOneSided ? 'sf' : 'twoSidedP' },
      prompt: `A two-proportion z-test gives **z = ${z}** (B above A). ${hypothesis}\n\nWhat p-value should be reported? Give it as a proportion.`,
      steps: [
        {
          label: 'Upper-tail probability',
          formula: String.raw`P(Z > z) = 1 - \Phi(z)`,
          substituted: String.raw`1 - \Phi(${z}) = ${tex(tail.sf)}`,
          value: tail.sf,
        },
        askOneSided
          ? {
              label: 'One-sided p-value (only the direction in H1)',
              formula: String.raw`p = 1 - \Phi(z)`,
              substituted: String.raw`p = ${tex(tail.sf)}`,
              value: answer,
            }
          : {
              label: 'Two-sided p-value (both tails)',
              formula: String.raw`p = 2\,\big(1 - \Phi(|z|)\big)`,
              substituted: String.raw`p = 2 \times ${tex(tail.sf)} = ${tex(tail.twoSidedP)}`,
              value: answer,
            },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'proportion',
      tolerance: pTolerance,
      takeaway: 'A two-sided p-value is twice the one-sided one for a symmetric statistic; the choice is made before the data are seen.',
      mistakes: [
        mistake(answer, pTolerance, other, askOneSided
          ? 'That is the two-sided p-value; the pre-registered hypothesis is one-sided, so only the upper tail counts.'
          : 'That is the one-sided p-value. A two-sided test counts both tails: double it.'),
        mistake(answer, pTolerance, tail.cdf, 'That is Φ(z), the area below z. The p-value is the tail area beyond z.'),
        unitMistake(answer, 'proportion', pTolerance),
      ],
    };
  },
};
