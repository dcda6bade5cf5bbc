// The future-due chart: reviews a day from today until the date, as Anki shows it, with the new
// topics' first answers stacked on top, days off shaded and the daily cap as a line. The summary
// under it says the same in words.
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReviewPlan } from '../../domain/plan';
import { ChartBox } from '../../ui/chart-box';
import { gridAtTicks } from '../../ui/chart-grid';
import { chartChrome, useChartColors } from '../../ui/use-chart-colors';
import { futureDueRows, futureDueSummary } from './review-plan-data';

export function FutureDueChart({ plan }: { plan: ReviewPlan }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  // A day off is a shaded full-height bar in the same stack (it has no reviews to stack under it).
  const top = Math.max(plan.capPerDay ?? 0, ...plan.days.map((d) => d.total), 1);
  const rows = futureDueRows(plan).map((r) => ({ ...r, off: r.dayOff ? top : 0 }));
  const labelOf = new Map(rows.map((r) => [r.day, r.label]));
  const summary = futureDueSummary(plan);
  return (
    <figure className="future-due">
      <ChartBox testId="future-due-chart" height={200}>
        {(width) => (
          <BarChart width={width} height={200} data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} aria-hidden="true">
            <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" {...axis} tickFormatter={(d: string) => labelOf.get(d) ?? d} minTickGap={16} />
            <YAxis width={36} allowDecimals={false} {...axis} />
            <Tooltip {...tooltip} labelFormatter={(d) => `${labelOf.get(String(d)) ?? String(d)}${rows.find((r) => r.day === d)?.dayOff ? ' (day off)' : ''}`} />
            <Bar name="Reviews" dataKey="reviews" stackId="load" fill={colors.accent} isAnimationActive={false} />
            <Bar name="New topics" dataKey="newReviews" stackId="load" fill={colors.success} isAnimationActive={false} />
            <Bar name="Day off" dataKey="off" stackId="load" fill={colors.faint} fillOpacity={0.3} tooltipType="none" isAnimationActive={false} />
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
