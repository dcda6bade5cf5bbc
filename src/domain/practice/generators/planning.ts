// Planning an experiment on a conversion rate: sample size per arm, power at a given n, and MDE.
// The pooled method (R's power.prop.test) is the answer; the steps show its formula.
import { calculate } from '../../stats';
import { STEP_DIGITS, count, exactPct, fmt, pct, tex, texPct, withArticle } from './format';
import { mistake, unitMistake, zCritical } from './helpers';
import { createRng, niceCount } from './rng';
import type { Rng } from './rng';
import type { NumericProblem, ProblemGenerator, SolutionStep, Tolerance } from './types';

interface Design {
  baseline: number;
  alpha: number;
  power: number;
}

function drawDesign(rng: Rng): Design {
  return { baseline: rng.round(0.01, 0.3, 3), alpha: rng.pick([0.05, 0.05, 0.05, 0.01, 0.1]), power: rng.pick([0.8, 0.8, 0.9]) };
}

function zSteps(alpha: number, power: number): { steps: SolutionStep[]; za: number; zb: number } {
  const za = zCritical(alpha);
  const zb = calculate('normal-quantile', { p: power }).quantile;
  return {
    za,
    zb,
    steps: [
      {
        label: 'Critical values',
        formula: String.raw`z_{1-\alpha/2},\quad z_{1-\beta}`,
        substituted: String.raw`z_{${tex(1 - alpha / 2)}} = ${tex(za, STEP_DIGITS)},\quad z_{${tex(power)}} = ${tex(zb, STEP_DIGITS)}`,
        value: za,
      },
    ],
  };
}

const nFormula = String.raw`n = \frac{\left(z_{1-\alpha/2}\sqrt{2\bar p\bar q} + z_{1-\beta}\sqrt{p_1q_1 + p_2q_2}\right)^2}{(p_2-p_1)^2}`;

const nTolerance: Tolerance = { relative: 0.03 };

export const sampleSize: ProblemGenerator = {
  topic: 'sample-size',
  label: 'Sample size per arm',
  description: 'Visitors per arm to detect a relative lift with the given alpha and power.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const d = drawDesign(rng);
    // Relative MDEs that keep n between about a thousand and a few million per arm.
    const mde = rng.pick([0.02, 0.03, 0.05, 0.05, 0.08, 0.1, 0.1, 0.15, 0.2, 0.25]);
    const input = { baselineRate: d.baseline, mde, mdeType: 'relative' as const, alpha: d.alpha, power: d.power, alternative: 'two-sided' as const };
    const r = calculate('sample-size-proportions', input);
    const oneSided = calculate('sample-size-proportions', { ...input, alternative: 'one-sided' });
    const answer = r.byMethod.pooled.nPerArm;
    const p1 = d.baseline;
    const p2 = r.treatmentRate;
    const pbar = (p1 + p2) / 2;
    const { steps, za, zb } = zSteps(d.alpha, d.power);
    const asAbsolute = p1 + mde < 1 ? calculate('sample-size-proportions', { ...input, mdeType: 'absolute' }).byMethod.pooled.nPerArm : null;
    return {
      kind: 'numeric',
      topic: 'sample-size',
      seed,
      engine: { calculator: 'sample-size-proportions', input, output: 'byMethod.pooled.nPerArm' },
      prompt:
        `The baseline conversion rate is **${exactPct(p1)}**. You want to detect a **${Math.round(mde * 100)}% relative** lift ` +
        `with a two-sided test at alpha = **${d.alpha}** and power **${Math.round(d.power * 100)}%**.\n\n` +
        `How many visitors do you need **per arm**? (Pooled-variance formula; within 3% counts.)`,
      steps: [
        {
          label: 'Treatment rate',
          formula: String.raw`p_2 = p_1\,(1 + \text{MDE}_{rel})`,
          substituted: String.raw`p_2 = ${tex(p1, STEP_DIGITS)} \times ${tex(1 + mde)} = ${tex(p2, STEP_DIGITS)}`,
          value: p2,
        },
        ...steps,
        {
          label: 'Visitors per arm (rounded up)',
          formula: nFormula,
          substituted: String.raw`n = \frac{\left(${tex(za, STEP_DIGITS)}\sqrt{2 \cdot ${tex(pbar, STEP_DIGITS)} \cdot ${tex(1 - pbar, STEP_DIGITS)}} + ${tex(zb, STEP_DIGITS)}\sqrt{${tex(p1, STEP_DIGITS)} \cdot ${tex(1 - p1, STEP_DIGITS)} + ${tex(p2, STEP_DIGITS)} \cdot ${tex(1 - p2, STEP_DIGITS)}}\right)^2}{(${tex(p2, STEP_DIGITS)} - ${tex(p1, STEP_DIGITS)})^2} = ${tex(r.byMethod.pooled.nExact, 8)} \to ${tex(answer)}`,
          value: answer,
        },
      ],
      answer,
      answerText: count(answer),
      unit: 'count',
      tolerance: nTolerance,
      takeaway: `${count(answer)} per arm, ${count(answer * 2)} in total. Halving the MDE roughly quadruples n.`,
      mistakes: [
        mistake(answer, nTolerance, answer * 2, 'That is the total for both arms; the question asks per arm.'),
        mistake(answer, nTolerance, oneSided.byMethod.pooled.nPerArm, `That is the one-sided sample size. A two-sided test uses z = ${fmt(za, 4)}.`),
        mistake(answer, nTolerance, asAbsolute, `You treated the ${Math.round(mde * 100)}% as an absolute change (to ${exactPct(p1 + mde)}); it is relative: ${exactPct(p1)} → ${pct(p2, 4)}.`),
        mistake(answer, nTolerance, Math.ceil((za * za * 2 * pbar * (1 - pbar)) / ((p2 - p1) * (p2 - p1))), 'That sample size has no power term: add z for 1 − β to the critical value.'),
      ],
    };
  },
};

const powerTolerance: Tolerance = { absolute: 0.02 };

export const powerAtN: ProblemGenerator = {
  topic: 'power',
  label: 'Power at a given n',
  description: 'Chance the test detects a given lift with the sample you have.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const d = drawDesign(rng);
    const lift = rng.pick([0.03, 0.05, 0.08, 0.1, 0.15, 0.2]);
    const target = rng.float(0.25, 0.95);
    const plan = calculate('sample-size-proportions', { baselineRate: d.baseline, mde: lift, mdeType: 'relative', alpha: d.alpha, power: target, alternative: 'two-sided' });
    const n = Math.max(500, niceCount(plan.byMethod.pooled.nExact));
    const p1 = d.baseline;
    const p2 = plan.treatmentRate;
    const input = { baselineRate: p1, treatmentRate: p2, nPerArm: n, alpha: d.alpha, alternative: 'two-sided' as const };
    const r = calculate('power-proportions', input);
    const oneSided = calculate('power-proportions', { ...input, alternative: 'one-sided' });
    const answer = r.byMethod.pooled.power;
    const za = zCritical(d.alpha);
    const pbar = (p1 + p2) / 2;
    const seNull = Math.sqrt((2 * pbar * (1 - pbar)) / n);
    const seAlt = Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n);
    const zPower = (Math.abs(p2 - p1) - za * seNull) / seAlt;
    return {
      kind: 'numeric',
      topic: 'power',
      seed,
      engine: { calculator: 'power-proportions', input, output: 'byMethod.pooled.power' },
      prompt:
        `Baseline conversion is **${exactPct(p1)}** and the treatment would lift it to **${exactPct(p2)}** (${Math.round(lift * 100)}% relative). ` +
        `You can run **${count(n)}** visitors per arm, two-sided, alpha = **${d.alpha}**.\n\n` +
        `What is the **power** of the test? Give it as a proportion (e.g. 0.72).`,
      steps: [
        {
          label: 'Critical value',
          formula: String.raw`z_{1-\alpha/2}`,
          substituted: String.raw`z_{${tex(1 - d.alpha / 2)}} = ${tex(za, STEP_DIGITS)}`,
          value: za,
        },
        {
          label: 'Standard errors under H0 (pooled) and H1',
          formula: String.raw`SE_0 = \sqrt{\frac{2\bar p\bar q}{n}},\quad SE_1 = \sqrt{\frac{p_1q_1 + p_2q_2}{n}}`,
          substituted: String.raw`SE_0 = ${tex(seNull, STEP_DIGITS)},\quad SE_1 = ${tex(seAlt, STEP_DIGITS)}`,
          value: seAlt,
        },
        {
          label: 'Power (near rejection tail)',
          formula: String.raw`1-\beta = \Phi\!\left(\frac{|p_2-p_1| - z_{1-\alpha/2}\,SE_0}{SE_1}\right)`,
          substituted: String.raw`\Phi\!\left(\frac{${tex(Math.abs(p2 - p1), STEP_DIGITS)} - ${tex(za, STEP_DIGITS)} \times ${tex(seNull, STEP_DIGITS)}}{${tex(seAlt, STEP_DIGITS)}}\right) = \Phi(${tex(zPower, 5)}) = ${tex(answer)}`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'proportion',
      tolerance: powerTolerance,
      takeaway: `Power ${pct(answer, 3)}: ${answer < 0.8 ? 'below the usual 80%, so a null result would say little' : 'at or above the usual 80%'}.`,
      mistakes: [
        mistake(answer, powerTolerance, oneSided.byMethod.pooled.power, 'That is the one-sided power; this test is two-sided, so use z for alpha/2.'),
        mistake(answer, powerTolerance, 1 - answer, 'That is β, the chance of missing the effect. Power is 1 − β.'),
        unitMistake(answer, 'proportion', powerTolerance),
      ],
    };
  },
};

const mdeTolerance: Tolerance = { relative: 0.05 };

export const minimumDetectableEffect: ProblemGenerator = {
  topic: 'mde',
  label: 'Minimum detectable effect',
  description: 'Smallest absolute lift a given sample can detect.',
  generate(seed): NumericProblem {
    const rng = createRng(seed);
    const d = drawDesign(rng);
    const relative = rng.float(0.03, 0.25);
    const plan = calculate('sample-size-proportions', { baselineRate: d.baseline, mde: relative, mdeType: 'relative', alpha: d.alpha, power: d.power, alternative: 'two-sided' });
    const n = Math.max(500, niceCount(plan.byMethod.pooled.nExact));
    const p1 = d.baseline;
    const input = { baselineRate: p1, nPerArm: n, alpha: d.alpha, power: d.power, alternative: 'two-sided' as const };
    const r = calculate('mde-proportions', input).byMethod.pooled;
    const answer = r.absoluteMde ?? 0;
    const { steps, za, zb } = zSteps(d.alpha, d.power);
    const approx = (za + zb) * Math.sqrt((2 * p1 * (1 - p1)) / n);
    const halfPower = calculate('mde-proportions', { ...input, power: 0.5 }).byMethod.pooled.absoluteMde;
    return {
      kind: 'numeric',
      topic: 'mde',
      seed,
      engine: { calculator: 'mde-proportions', input, output: 'byMethod.pooled.absoluteMde' },
      prompt:
        `Baseline conversion is **${exactPct(p1)}** and you have **${count(n)}** visitors per arm. Two-sided test, alpha = **${d.alpha}**, power **${Math.round(d.power * 100)}%**.\n\n` +
        `What is the **minimum detectable effect** as an absolute change in the rate? Give it as a proportion (e.g. 0.004 for 0.4 percentage points); within 5% counts.`,
      steps: [
        ...steps,
        {
          label: 'Quick approximation (baseline variance in both arms)',
          formula: String.raw`\text{MDE} \approx (z_{1-\alpha/2} + z_{1-\beta})\sqrt{\frac{2p_1q_1}{n}}`,
          substituted: String.raw`(${tex(za, STEP_DIGITS)} + ${tex(zb, STEP_DIGITS)})\sqrt{\frac{2 \cdot ${tex(p1, STEP_DIGITS)} \cdot ${tex(1 - p1, STEP_DIGITS)}}{${tex(n)}}} = ${tex(approx)}`,
          value: approx,
        },
        {
          label: 'Exact: solve the pooled sample-size formula for p₂',
          formula: nFormula.replace('n =', String.raw`n_{\text{given}} =`),
          substituted: String.raw`p_2 = ${tex(r.treatmentRate ?? 0, STEP_DIGITS)} \Rightarrow \text{MDE} = ${tex(r.treatmentRate ?? 0, STEP_DIGITS)} - ${tex(p1, STEP_DIGITS)} = ${tex(answer)}\ (${texPct(r.relativeMde ?? 0)}\text{ relative})`,
          value: answer,
        },
      ],
      answer,
      answerText: fmt(answer, 4),
      unit: 'proportion',
      tolerance: mdeTolerance,
      takeaway: `With ${count(n)} per arm you can detect ${exactPct(p1)} → ${pct(r.treatmentRate ?? 0, 4)}, ${withArticle(pct(r.relativeMde ?? 0))} relative lift; smaller true effects will often be missed.`,
      mistakes: [
        mistake(answer, mdeTolerance, r.relativeMde, 'That is the relative MDE. The question asks for the absolute change in the rate (relative × baseline).'),
        mistake(answer, mdeTolerance, halfPower, 'That MDE ignores power (it is the effect detected only half the time): add z for 1 − β.'),
        unitMistake(answer, 'proportion', mdeTolerance),
      ],
    };
  },
};
