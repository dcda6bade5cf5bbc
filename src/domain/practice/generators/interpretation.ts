// Reading results correctly: P(B beats A) from a Bayesian analysis, and what a p-value is and is not.
// Multiple choice with generated numbers; each wrong option has its own feedback.
import { calculate } from '../../stats';
import { STEP_DIGITS, count, fmt, pIs, pct, tex, withArticle } from './format';
import { choiceMistakes, drawExperiment, twoSidedP } from './helpers';
import { createRng } from './rng';
import type { ChoiceProblem, ProblemGenerator } from './types';

interface Option {
  text: string;
  /** null for the correct option. */
  feedback: string | null;
}

function shuffled(rng: ReturnType<typeof createRng>, options: Option[]) {
  const order = rng.shuffle(options);
  const answer = order.findIndex((o) => o.feedback === null);
  const wrong = new Map<number, string>();
  order.forEach((o, i) => {
    if (o.feedback !== null) wrong.set(i, o.feedback);
  });
  return { options: order.map((o) => o.text), answer, mistakes: [choiceMistakes(wrong)] };
}

export const probBBeatsA: ProblemGenerator = {
  topic: 'prob-b-beats-a',
  label: 'Reading P(B beats A)',
  description: 'What a Bayesian "probability to beat control" does and does not say.',
  generate(seed): ChoiceProblem {
    const rng = createRng(seed);
    const e = drawExperiment(rng, { zFrom: 0.3, zTo: 2.6, signed: true });
    const b = calculate('bayesian-ab', { control: e.control, treatment: e.treatment, prior: { alpha: 1, beta: 1 } });
    const z = calculate('two-proportion-z-test', { control: e.control, treatment: e.treatment, alternative: 'greater' });
    const prob = b.probBBeatsA;
    const P = pct(prob, 3);
    const lift = z.relativeLift ?? 0;
    const { options, answer, mistakes } = shuffled(rng, [
      { text: `Given the data and a flat prior, there is ${withArticle(P)} probability that B's true conversion rate is higher than A's.`, feedback: null },
      { text: `B's conversion rate is ${P} higher than A's.`, feedback: `P(B > A) is a probability about which arm is better, not the size of the lift (the observed relative lift is ${pct(lift)}).` },
      { text: `If we ship B, ${P} of users will convert more than they would with A.`, feedback: 'It is a statement about the two true rates, not about individual users.' },
      { text: `The p-value of the test is ${fmt(1 - prob, 3)}, so the result is ${1 - prob < 0.05 ? '' : 'not '}significant.`, feedback: `1 − P(B > A) is close to a one-sided p-value here (${pIs(z.pValue ?? 1)}) but is not one; Bayesian probabilities and p-values answer different questions.` },
    ]);
    return {
      kind: 'choice',
      topic: 'prob-b-beats-a',
      seed,
      engine: { calculator: 'bayesian-ab', input: { control: e.control, treatment: e.treatment, prior: { alpha: 1, beta: 1 } }, output: 'probBBeatsA' },
      prompt:
        `Control (A): **${count(e.control.visitors)}** visitors, **${count(e.control.conversions)}** conversions. Treatment (B): **${count(e.treatment.visitors)}** visitors, **${count(e.treatment.conversions)}** conversions.\n\n` +
        `A Bayesian dashboard (Beta(1,1) priors) reports **P(B beats A) = ${P}**. Which statement reads it correctly?`,
      options,
      answer,
      steps: [
        {
          label: 'Posteriors',
          formula: String.raw`p_A \sim \text{Beta}(1 + x_A,\ 1 + n_A - x_A),\quad p_B \sim \text{Beta}(1 + x_B,\ 1 + n_B - x_B)`,
          substituted: String.raw`p_A \sim \text{Beta}(${tex(b.posteriorA.alpha)},\ ${tex(b.posteriorA.beta)}),\quad p_B \sim \text{Beta}(${tex(b.posteriorB.alpha)},\ ${tex(b.posteriorB.beta)})`,
          value: b.posteriorB.alpha,
        },
        {
          label: 'Probability that B beats A',
          formula: String.raw`P(p_B > p_A \mid \text{data})`,
          substituted: String.raw`P(p_B > p_A \mid \text{data}) = ${tex(prob)}`,
          value: prob,
        },
        {
          label: 'Reading',
          formula: String.raw`\text{a probability about the true rates, not a lift}`,
          substituted: String.raw`\text{option } ${answer + 1}`,
          value: answer,
        },
      ],
      takeaway: `Expected loss if you choose B: ${fmt(b.expectedLossChoosingB * 100, 3)} percentage points of conversion; a high P(B beats A) with a tiny lift may still not be worth shipping.`,
      mistakes,
    };
  },
};

export const pValueMeaning: ProblemGenerator = {
  topic: 'p-value-meaning',
  label: 'What a p-value is and is not',
  description: 'Pick the correct reading of a p-value computed from fresh numbers.',
  generate(seed): ChoiceProblem {
    const rng = createRng(seed);
    const e = drawExperiment(rng, { zFrom: 1.5, zTo: 2.9 });
    const r = calculate('two-proportion-z-test', { control: e.control, treatment: e.treatment, alternative: 'two-sided' });
    const p = r.pValue ?? 1;
    const z = r.z ?? 0;
    const P = pct(p, 2);
    const { options, answer, mistakes } = shuffled(rng, [
      { text: `If A and B truly converted at the same rate, a difference at least as large as the one observed would appear in about ${P} of experiments like this.`, feedback: null },
      { text: `There is ${withArticle(P)} probability that there is no real difference between A and B.`, feedback: 'A p-value is computed assuming H0 is true; it cannot be the probability that H0 is true.' },
      { text: `There is ${withArticle(pct(1 - p, 3))} probability that B is better than A.`, feedback: '1 − p is not the probability that B is better; that needs a prior and a Bayesian analysis.' },
      { text: `If we repeated the experiment, we would get a significant result ${pct(1 - p, 3)} of the time.`, feedback: 'The chance of a significant repeat is the power at the true effect, which the p-value does not tell you.' },
      { text: `The lift is large and important because ${pIs(p)}.`, feedback: 'A small p-value says the data are surprising under H0, not that the effect is large: with big samples tiny effects are significant.' },
    ]);
    return {
      kind: 'choice',
      topic: 'p-value-meaning',
      seed,
      engine: { calculator: 'two-proportion-z-test', input: { control: e.control, treatment: e.treatment, alternative: 'two-sided' }, output: 'pValue' },
      prompt:
        `Control (A): **${count(e.control.visitors)}** visitors, **${count(e.control.conversions)}** conversions. Treatment (B): **${count(e.treatment.visitors)}** visitors, **${count(e.treatment.conversions)}** conversions.\n\n` +
        `A two-sided z-test gives **${pIs(p)}**. Which statement is correct?`,
      options,
      answer,
      steps: [
        {
          label: 'Test statistic',
          formula: String.raw`z = \frac{\hat p_B - \hat p_A}{SE_{pooled}}`,
          substituted: String.raw`z = \frac{${tex(r.treatmentRate, STEP_DIGITS)} - ${tex(r.controlRate, STEP_DIGITS)}}{${tex(r.sePooled, STEP_DIGITS)}} = ${tex(z)}`,
          value: z,
        },
        {
          label: 'p-value: probability of data this extreme if H0 holds',
          formula: String.raw`p = P(|Z| \ge |z| \mid H_0)`,
          substituted: String.raw`p = 2\,(1-\Phi(${tex(Math.abs(z))})) = ${tex(twoSidedP(z))}`,
          value: p,
        },
        {
          label: 'Reading',
          formula: String.raw`\text{a statement about the data under } H_0`,
          substituted: String.raw`\text{option } ${answer + 1}`,
          value: answer,
        },
      ],
      takeaway: 'A p-value is P(data at least this extreme | H0), never P(H0 | data), and says nothing about the size of the effect.',
      mistakes,
    };
  },
};
