// The multiple-testing result in words: how many metrics each correction keeps, and a table of every
// adjusted p-value (names come from the pasted list where there is one).
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { formatNumber, formatP } from '../format';
import type { Draft } from '../form-draft';
import type { Summary } from '../summary-types';
import { entryNames, parsePValueList } from './p-value-list';

type Input = CalculatorInput<'multiple-testing-correction'>;
type Output = CalculatorOutput<'multiple-testing-correction'>;
export type CorrectionMethod = keyof Output['byMethod'];

export const correctionMethods: { key: CorrectionMethod; label: string; controls: 'FWER' | 'FDR' }[] = [
  { key: 'bonferroni', label: 'Bonferroni', controls: 'FWER' },
  { key: 'holm', label: 'Holm', controls: 'FWER' },
  { key: 'hochberg', label: 'Hochberg', controls: 'FWER' },
  { key: 'hommel', label: 'Hommel', controls: 'FWER' },
  { key: 'benjaminiHochberg', label: 'Benjamini-Hochberg', controls: 'FDR' },
  { key: 'benjaminiYekutieli', label: 'Benjamini-Yekutieli', controls: 'FDR' },
];

/** The pasted names when the draft still matches the input, else "Metric i". */
export function metricNames(input: Input, draft?: Draft): string[] {
  const text = draft && typeof draft === 'object' && !Array.isArray(draft) ? draft.pValues : undefined;
  const entries = typeof text === 'string' ? parsePValueList(text) : [];
  return entries.length === input.pValues.length ? entryNames(entries) : input.pValues.map((_, i) => `Metric ${i + 1}`);
}

const of = (k: number, m: number) => `${k} of ${m}`;

export function multipleTestingSummary(input: Input, out: Output, draft?: Draft): Summary {
  const { m } = out;
  const raw = input.pValues.filter((p) => p < input.alpha).length;
  const rows = [
    { label: 'p-values', value: String(m) },
    { label: `Below α = ${formatNumber(input.alpha)} uncorrected`, value: of(raw, m) },
    ...correctionMethods.map((c) => ({ label: `${c.label} (${c.controls})`, value: of(out.byMethod[c.key].rejectedCount, m) })),
  ];
  const names = metricNames(input, draft);
  const details = {
    head: ['Metric', 'p', ...correctionMethods.map((c) => c.label)],
    rows: input.pValues.map((p, i) => [
      names[i]!,
      formatP(p),
      ...correctionMethods.map((c) => `${formatP(out.byMethod[c.key].adjustedPValues[i])}${out.byMethod[c.key].rejected[i] ? ' ✓' : ''}`),
    ]),
  };
  const holm = out.byMethod.holm.rejectedCount;
  const bh = out.byMethod.benjaminiHochberg.rejectedCount;
  if (m === 1) {
    return { rows, details, tone: raw ? 'positive' : 'neutral', verdict: `One p-value needs no correction: p = ${formatP(input.pValues[0])} is ${raw ? 'below' : 'not below'} α = ${formatNumber(input.alpha)}. Paste every metric you looked at to see the corrections.` };
  }
  const verdict =
    `${of(raw, m)} p-values are below α = ${formatNumber(input.alpha)} before correction. ` +
    `Holm, which keeps the chance of even one false positive at ${formatNumber(input.alpha)} (family-wise error rate), keeps ${holm}; ` +
    `Benjamini-Hochberg, which keeps the expected share of false discoveries at ${formatNumber(input.alpha)} (false discovery rate), keeps ${bh}. ` +
    (raw > bh ? `The other ${raw - bh} may well be chance findings among ${m} tests.` : 'No significant metric is lost to the corrections.');
  return { rows, details, tone: holm > 0 ? 'positive' : bh > 0 ? 'warning' : 'neutral', verdict };
}
