// Hours studied per ISO week (bars), the last six months by default.
import { memo, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekHours } from '../../../domain/progress';
import { weekBars } from '../chart-data';
import { gridAtTicks } from '../../../ui/chart-grid';
import { plainTick } from '../../../ui/chart-tick';
import { useChartColors } from '../../../ui/use-chart-colors';
import { ChartBox } from '../../../ui/chart-box';

// A fixed label interval (about nine labels) instead of recharts measuring every label's width.
const labelInterval = (bars: number) => Math.max(0, Math.ceil(bars / 9) - 1);

export const HoursPerWeekChart = memo(function HoursPerWeekChart({ weeks, needed }: { weeks: WeekHours[]; needed: number | null }) {
  const colors = useChartColors();
  const [all, setAll] = useState(false);
  const data = useMemo(() => weekBars(weeks, all ? 260 : 26), [weeks, all]);
  if (weeks.length === 0) return <p className="cert-chart-empty">No study logged yet. Each session you log adds to its week here.</p>;
  const axis = { stroke: colors.faint };
  return (
    <div className="cert-chart" data-testid="hours-per-week">
      <ChartBox height={220}>
        {(width) => (
          <BarChart width={width} height={220} data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" {...axis} tick={plainTick(colors.muted)} interval={labelInterval(data.length)} />
            <YAxis width={40} allowDecimals={false} tick={plainTick(colors.muted, (v) => `${String(v)} h`)} interval={0} {...axis} />
            <Tooltip
              labelFormatter={(_label, payload) => `Week ${String(payload?.[0]?.payload?.week ?? '')}`}
              formatter={(value) => [`${String(value)} h`, 'Studied']}
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
              cursor={{ fill: colors.grid, opacity: 0.4 }}
            />
            {needed !== null && needed > 0 ? (
              <ReferenceLine y={Math.round(needed * 10) / 10} stroke={colors.warning} strokeDasharray="6 4" label={{ value: 'Needed', fill: colors.warning, position: 'insideTopRight', fontSize: 12 }} />
            ) : null}
            <Bar dataKey="hours" fill={colors.accent} radius={[3, 3, 0, 0]} maxBarSize={32} isAnimationActive={false} />
          </BarChart>
        )}
      </ChartBox>
      {weeks.length > 26 ? (
        <button type="button" className="btn btn-ghost cert-chart-toggle" onClick={() => setAll((v) => !v)}>
          {all ? 'Last 26 weeks' : `All ${Math.min(weeks.length, 260)} weeks`}
        </button>
      ) : null}
    </div>
  );
});
