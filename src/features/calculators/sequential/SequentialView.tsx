// The side-by-side view of one experiment's looks: where each rule would first have stopped, the
// running estimate with both intervals, the p-values over time, and each day's split (SRM).
import { useMemo } from 'react';
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { calculate } from '../../../domain/stats';
import { NumberField } from '../Fields';
import { confidenceLabel, formatCount, formatNumber, formatP, formatPercent } from '../format';
import { parseNumberText } from '../form-draft';
import type { CalculatorController } from '../use-calculator';
import { EstimateChart, PValueChart, SplitChart } from './charts';
import type { LookLike, Stops } from './sequential-data';
import { dailySplits, firstStops, sequentialSeries } from './sequential-data';
import { lookLabels } from './summary';

type Kind = 'proportions' | 'means';
interface Arms { control: Record<string, number>; treatment: Record<string, number> }

function StopsPanel({ stops, looks, labels, alpha }: { stops: Stops; looks: readonly LookLike[]; labels: string[]; alpha: number }) {
  const rows = [
    { key: 'fixed', name: 'Fixed-horizon z-test, checked at every look', at: stops.fixed, p: (l: LookLike) => l.fixedPValue },
    { key: 'cs', name: 'Confidence sequence (GrowthBook)', at: stops.confidenceSequence, p: (l: LookLike) => l.csPValue },
    { key: 'msprt', name: 'mSPRT', at: stops.mSPRT, p: (l: LookLike) => l.msprtPValue },
  ];
  return (
    <section className="calc-panel" aria-label="Where peeking would have stopped" data-testid="stops">
      <h3>Where each rule would have stopped</h3>
      <ul className="calc-stops">
        {rows.map((r) => (
          <li key={r.key} data-rule={r.key} className={r.at === null ? undefined : r.key === 'fixed' ? 'calc-stop-early' : 'calc-stop-valid'}>
            <strong>{r.name}</strong>
            <span>
              {r.at === null
                ? `never below α = ${formatNumber(alpha)} in ${looks.length} looks`
                : `stops at ${labels[r.at]} (look ${r.at + 1} of ${looks.length}), p = ${formatP(r.p(looks[r.at]!))}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="calc-chart-note">
        A fixed-horizon p-value is valid only at the one sample size planned in advance; checked at every look, it crosses α by chance far more often than α (see the peeking simulator). The always-valid p-values may be checked as often as you like.
      </p>
    </section>
  );
}

function SplitPanel({ totals, labels, ctl }: { totals: { control: number; treatment: number }[]; labels: string[]; ctl: CalculatorController }) {
  const typed = parseNumberText((ctl.extras.treatmentShare ?? '').replace(/%\s*$/, ''));
  const valid = typeof typed === 'number' && typed > 0 && typed < 100;
  const planned = valid ? typed / 100 : 0.5;
  const days = useMemo(() => dailySplits(totals, labels, planned), [totals, labels, planned]);
  const flagged = days.filter((d) => d.flagged);
  const last = totals[totals.length - 1]!;
  const overall = calculate('srm-check', { observed: [last.control, last.treatment], expectedRatios: [1 - planned, planned], threshold: 0.001 });
  return (
    <section className="calc-panel" aria-label="Sample ratio per day">
      <h3>Sample ratio, day by day</h3>
      <div className="calc-panel-row calc-panel-row-narrow">
        <NumberField compact path="extras.treatmentShare" label="Planned share in B (%)" value={ctl.extras.treatmentShare ?? ''} error={valid ? undefined : 'The planned share must be between 0 and 100 (%)'} onChange={(v) => ctl.setExtra('treatmentShare', v)} />
      </div>
      <SplitChart days={days} planned={planned} />
      <p className="calc-chart-note" data-testid="srm-note">
        {flagged.length === 0
          ? `No day’s split is a sample ratio mismatch (every daily SRM p ≥ 0.001).`
          : `${flagged.length} ${flagged.length === 1 ? 'day has' : 'days have'} a sample ratio mismatch (p < 0.001): ${flagged.map((d) => d.label).join(', ')}. Check assignment and logging on ${flagged.length === 1 ? 'that day' : 'those days'} before trusting the result.`}
        {' '}All {formatCount(last.control + last.treatment)} users together: {formatPercent(last.treatment / (last.control + last.treatment), 2)} in B, SRM p = {formatP(overall.pValue)}.
      </p>
    </section>
  );
}

function SequentialView({ input, output, ctl, kind }: { input: CalculatorInput<'sequential-proportions'> | CalculatorInput<'sequential-means'>; output: CalculatorOutput<'sequential-means'>; ctl: CalculatorController; kind: Kind }) {
  const looks = output.byLook;
  const labels = useMemo(() => lookLabels(ctl.draft, looks.length, kind), [ctl.draft, looks.length, kind]);
  const scale = kind === 'proportions' ? 100 : 1;
  const view = useMemo(() => {
    const z = calculate('normal-critical-value', { alpha: input.alpha, alternative: 'two-sided' }).zCritical;
    const all = [...(input.earlierLooks as Arms[]), { control: input.control, treatment: input.treatment } as Arms];
    const unit = kind === 'proportions' ? 'visitors' : 'n';
    return {
      points: sequentialSeries(looks, labels, z, scale),
      stops: firstStops(looks, input.alpha),
      totals: all.map((l) => ({ control: l.control[unit]!, treatment: l.treatment[unit]! })),
    };
  }, [input, looks, labels, scale, kind]);
  const level = confidenceLabel(input.alpha);
  return (
    <>
      <StopsPanel stops={view.stops} looks={looks} labels={labels} alpha={input.alpha} />
      <div className="calc-charts">
        <EstimateChart points={view.points} unit={kind === 'proportions' ? ' pp' : ''} stop={view.stops.fixed} level={level} />
        <PValueChart points={view.points} alpha={input.alpha} stop={view.stops.fixed} />
      </div>
      <SplitPanel totals={view.totals} labels={labels} ctl={ctl} />
    </>
  );
}

export function SequentialProportionsView(props: { input: CalculatorInput<'sequential-proportions'>; output: CalculatorOutput<'sequential-proportions'>; ctl: CalculatorController }) {
  return <SequentialView {...props} kind="proportions" />;
}

export function SequentialMeansView(props: { input: CalculatorInput<'sequential-means'>; output: CalculatorOutput<'sequential-means'>; ctl: CalculatorController }) {
  return <SequentialView {...props} kind="means" />;
}
