// The sequential result in words: what an always-valid test says now, and whether peeking at the
// fixed-horizon p-value would have stopped the test on an early, unsupported "win".
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { confidenceLabel, exact, formatCount, formatNumber, formatP, formatPoints, formatSigned } from '../format';
import type { Draft } from '../form-draft';
import type { Summary, SummaryRow } from '../summary-types';
import { meanRows, proportionRows } from './forms';
import { firstStops } from './sequential-data';

type ProportionsOut = CalculatorOutput<'sequential-proportions'>;
type MeansOut = CalculatorOutput<'sequential-means'>;
type Core = ProportionsOut | MeansOut;

/** Look names from the pasted table while it still matches the looks, else "Look i". */
export function lookLabels(draft: Draft | undefined, count: number, kind: 'proportions' | 'means'): string[] {
  try {
    const rows = draft ? (kind === 'proportions' ? proportionRows(draft) : meanRows(draft)) : [];
    if (rows.length === count) return rows.map((r) => r.label);
  } catch {
    // An unreadable table has no names to offer.
  }
  return Array.from({ length: count }, (_, i) => `Look ${i + 1}`);
}

function verdict(out: Core, alpha: number, labels: string[], show: (x: number) => string): Pick<Summary, 'verdict' | 'tone'> {
  const stops = firstStops(out.byLook, alpha);
  const looks = out.byLook.length;
  const cs = out.byMethod.confidenceSequence;
  const direction = out.diff > 0 ? 'better' : 'worse';
  const at = (i: number) => `${labels[i]} (look ${i + 1} of ${looks})`;
  if (cs.significant) {
    return {
      tone: out.diff > 0 ? 'positive' : 'negative',
      verdict: `B does ${direction} than A, and the evidence holds up to every look taken: the always-valid p-value is ${formatP(cs.pValue)} (confidence sequence, first below ${formatNumber(alpha)} at ${at(stops.confidenceSequence ?? looks - 1)}). The difference is ${show(out.diff)}, and the ${confidenceLabel(alpha)} confidence sequence is ${show(cs.ciLower ?? 0)} to ${show(cs.ciUpper ?? 0)}.`,
    };
  }
  if (stops.fixed !== null) {
    const early = out.byLook[stops.fixed]!;
    return {
      tone: 'warning',
      verdict: `Peeking trap: the fixed-horizon test dipped below p = ${formatNumber(alpha)} at ${at(stops.fixed)} (p = ${formatP(early.fixedPValue)}, difference ${show(early.diff)}). Stopping there would have declared a winner, but the always-valid p-values never went below ${formatNumber(alpha)} (confidence sequence ${formatP(cs.pValue)}, mSPRT ${formatP(out.byMethod.mSPRT.pValue)}): over ${looks} looks, that dip is what chance alone often produces.`,
    };
  }
  return {
    tone: 'neutral',
    verdict: `No significant difference yet at any look (always-valid p ${formatP(cs.pValue)}; fixed-horizon p now ${formatP(out.fixedHorizon.pValue)}). You may keep collecting and looking: the sequential p-values and intervals stay valid however often you check.`,
  };
}

function commonRows(out: Core, alpha: number, show: (x: number) => string): SummaryRow[] {
  const level = confidenceLabel(alpha);
  const cs = out.byMethod.confidenceSequence;
  return [
    { label: 'Difference (B − A)', value: show(out.diff), exact: exact(out.diff) },
    { label: 'Fixed-horizon p (this look)', value: formatP(out.fixedHorizon.pValue), exact: exact(out.fixedHorizon.pValue) },
    { label: 'Always-valid p (confidence sequence)', value: formatP(cs.pValue), exact: exact(cs.pValue) },
    { label: 'Always-valid p (mSPRT)', value: formatP(out.byMethod.mSPRT.pValue), exact: exact(out.byMethod.mSPRT.pValue) },
    { label: `${level} fixed-horizon CI`, value: out.fixedHorizon.ciLower === null ? '—' : `${show(out.fixedHorizon.ciLower)} to ${show(out.fixedHorizon.ciUpper!)}` },
    { label: `${level} confidence sequence`, value: cs.ciLower === null ? '—' : `${show(cs.ciLower)} to ${show(cs.ciUpper!)}` },
  ];
}

function lookDetails(out: Core, labels: string[], show: (x: number) => string) {
  return {
    head: ['Look', 'Units', 'Difference', 'Fixed p', 'CS p', 'mSPRT p', 'Confidence sequence'],
    rows: out.byLook.map((l, i) => [
      labels[i]!,
      formatCount(l.n),
      show(l.diff),
      formatP(l.fixedPValue),
      formatP(l.csPValue),
      formatP(l.msprtPValue),
      l.csLower === null ? '—' : `${show(l.csLower)} to ${show(l.csUpper!)}`,
    ]),
  };
}

const points = (x: number) => formatPoints(x, 2);

export function sequentialProportionsSummary(input: CalculatorInput<'sequential-proportions'>, out: ProportionsOut, draft?: Draft): Summary {
  const labels = lookLabels(draft, out.byLook.length, 'proportions');
  const rows: SummaryRow[] = [
    { label: 'Looks', value: String(out.byLook.length) },
    { label: 'Visitors (both arms)', value: formatCount(out.n) },
    ...commonRows(out, input.alpha, points),
  ];
  const simple = out.byMethod.simpleSequential;
  if (simple) {
    const words = { 'treatment-wins': 'B wins', 'no-winner': 'no winner', continue: 'keep going' } as const;
    rows.push({ label: `Simple sequential (N = ${formatCount(input.simpleSequentialN)})`, value: `${words[simple.decision]} (${formatSigned(simple.difference)} of ${formatCount(Math.ceil(simple.boundary))} needed)` });
  }
  return { rows, details: lookDetails(out, labels, points), ...verdict(out, input.alpha, labels, points) };
}

export function sequentialMeansSummary(input: CalculatorInput<'sequential-means'>, out: MeansOut, draft?: Draft): Summary {
  const labels = lookLabels(draft, out.byLook.length, 'means');
  const show = (x: number) => formatSigned(x);
  const rows: SummaryRow[] = [{ label: 'Looks', value: String(out.byLook.length) }, { label: 'Units (both arms)', value: formatCount(out.n) }, ...commonRows(out, input.alpha, show)];
  return { rows, details: lookDetails(out, labels, show), ...verdict(out, input.alpha, labels, show) };
}
