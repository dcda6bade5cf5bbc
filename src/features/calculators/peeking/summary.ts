// The simulation in words: how often each rule declared a difference, against the α it promises
// (an A/A test) or as the power to find a real one (an A/B test).
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { formatCount, formatFixed, formatNumber, formatPercent } from '../format';
import type { Summary } from '../summary-types';

type Input = CalculatorInput<'peeking-simulator'>;
type Output = CalculatorOutput<'peeking-simulator'>;

export const simulatedMethods = [
  { key: 'fixedHorizon', label: 'Fixed-horizon z-test' },
  { key: 'confidenceSequence', label: 'Confidence sequence' },
  { key: 'mSPRT', label: 'mSPRT' },
] as const;

/** Armitage, McPherson & Rowe (1969): two-sided 0.05 test of normal data checked at K equally spaced looks. */
export const armitage: readonly { looks: number; rate: number }[] = [
  { looks: 1, rate: 0.05 },
  { looks: 2, rate: 0.083 },
  { looks: 5, rate: 0.142 },
  { looks: 10, rate: 0.193 },
  { looks: 20, rate: 0.248 },
];

const rate = (r: { rejectionRate: number; mcError: number }) => `${formatPercent(r.rejectionRate, 1)} ± ${formatPercent(2 * r.mcError, 1)}`;

export function peekingSummary(input: Input, out: Output): Summary {
  const aa = input.controlRate === input.treatmentRate;
  const rows = [
    { label: 'Experiments × looks', value: `${formatCount(input.runs)} × ${input.looks}` },
    ...simulatedMethods.map((m) => ({ label: `${m.label}: ${aa ? 'false positives' : 'detected'}`, value: rate(out.byMethod[m.key]), exact: String(out.byMethod[m.key].rejectionRate) })),
    { label: 'Visitors per arm at the end', value: formatCount(input.looks * input.nPerLookPerArm) },
  ];
  const fixed = out.byMethod.fixedHorizon;
  const cs = out.byMethod.confidenceSequence;
  const ms = out.byMethod.mSPRT;
  const looks = `${input.looks} look${input.looks === 1 ? '' : 's'}`;
  if (aa) {
    const times = fixed.rejectionRate / input.alpha;
    return {
      rows,
      tone: input.looks > 1 && fixed.rejectionRate > input.alpha + 2 * fixed.mcError ? 'warning' : 'neutral',
      verdict:
        `Both arms convert at ${formatPercent(input.controlRate, 1)}, so every “significant” result is a false positive. Checked at each of ${looks}, the fixed-horizon test declared one in ${formatPercent(fixed.rejectionRate, 1)} of ${formatCount(input.runs)} experiments` +
        (input.looks > 1 ? `, ${formatFixed(times, 1)} times the ${formatPercent(input.alpha, 0)} it promises.` : '.') +
        ` The confidence sequence did in ${formatPercent(cs.rejectionRate, 1)} and the mSPRT in ${formatPercent(ms.rejectionRate, 1)}: at most α however often you look.`,
    };
  }
  return {
    rows,
    tone: 'neutral',
    verdict:
      `With a real difference (${formatPercent(input.controlRate, 1)} against ${formatPercent(input.treatmentRate, 1)}) and ${looks} of ${formatCount(input.nPerLookPerArm)} visitors per arm, the confidence sequence found it in ${formatPercent(cs.rejectionRate, 1)} of experiments and the mSPRT in ${formatPercent(ms.rejectionRate, 1)}. ` +
      `The fixed-horizon test with peeking “finds” it in ${formatPercent(fixed.rejectionRate, 1)}, but that rate comes with an inflated false-positive rate (set B’s rate equal to A’s to see it): the sequential tests pay for their validity with power, or with a longer test at α = ${formatNumber(input.alpha)}.`,
  };
}
