// The future-due chart: reviews a day from today until the date, as Anki shows it, with the new
// topics' first answers stacked on top, days off shaded and the daily cap as a line. The summary
// under it says the same in words.
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReviewPlan } from '../../domain/plan';
import { ChartBox } from '../../ui/chart-box';
import { gridAtTicks } from '../../ui/chart-grid';
import { chartChrome, useChartColors } from '../../ui/use-chart-colors';
import { futureDueRows, futureDueSummary } from './review-plan-data';

/** Runs of consecutive days off, as first and last day. */
function dayOffRuns(rows: { day: string; dayOff: boolean }[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = [];
  rows.forEach((r, i) => {
    if (!r.dayOff) return;
    const last = runs[runs.length - 1];
    if (last && rows[i - 1]?.dayOff) last.to = r.day;
    else runs.push({ from: r.day, to: r.day });
  });
  return runs;
}

export function FutureDueChart({ plan }: { plan: ReviewPlan }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  const rows = futureDueRows(plan);
  const labelOf = new Map(rows.map((r) => [r.day, r.label]));
  const summary = futureDueSummary(plan);
  return (
    <figure className="future-due">
      <ChartBox testId="future-due-chart" height={200}>
        {(width) => (
          <BarChart width={width} height={200} data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} aria-hidden="true">
            <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
            {dayOffRuns(rows).map((run) => (
              <ReferenceArea key={run.from} x1={run.from} x2={run.to} fill={colors.faint} fillOpacity={0.25} ifOverflow="extendDomain" />
            ))}
            <XAxis dataKey="day" {...axis} tickFormatter={(d: string) => labelOf.get(d) ?? d} minTickGap={16} />
            <YAxis width={36} allowDecimals={false} {...axis} />
            <Tooltip {...tooltip} labelFormatter={(d) => `${labelOf.get(String(d)) ?? String(d)}${rows.find((r) => r.day === d)?.dayOff ? ' (day off)' : ''}`} />
            <Bar name="Reviews" dataKey="reviews" stackId="load" fill={colors.accent} isAnimationActive={false} />
            <Bar name="New topics" dataKey="newReviews" stackId="load" fill={colors.success} isAnimationActive={false} />
            {plan.capPerDay !== null ? (
              <ReferenceLine y={plan.capPerDay} stroke={colors.warning} strokeDasharray="5 3" label={{ value: `Cap ${plan.capPerDay}`, position: 'insideTopRight', fill: colors.muted, fontSize: 12 }} />
            ) : null}
          </BarChart>
        )}
      </ChartBox>
      <figcaption className="muted future-due-summary" data-testid="future-due-summary">
        <span className="legend-swatch legend-reviews" aria-hidden="true" /> Reviews <span className="legend-swatch legend-new" aria-hidden="true" /> New topics{' '}
        {rows.some((r) => r.dayOff) ? (
          <>
            <span className="legend-swatch legend-off" aria-hidden="true" /> Day off{' '}
          </>
        ) : null}
        · {summary}
      </figcaption>
    </figure>
  );
}
