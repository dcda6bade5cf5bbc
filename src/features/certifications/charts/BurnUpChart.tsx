// Burn-up: finished hours so far, the scope, the forecast lines from today, the pace needed to
// reach the target, and date markers; the recent months by default, all of it on request.
import { memo, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BurnUp, IsoDate } from '../../../domain/progress';
import { formatHours } from '../../../domain/progress';
import { burnUpChart, formatTick, type BurnUpRange } from '../chart-data';
import { gridAtTicks } from '../../../ui/chart-grid';
import { plainTick } from '../../../ui/chart-tick';
import { useChartColors } from '../../../ui/use-chart-colors';
import { ChartBox } from '../../../ui/chart-box';
import './burn-up.css';

export const BurnUpChart = memo(function BurnUpChart({ burnUp, today }: { burnUp: BurnUp; today: IsoDate }) {
  const colors = useChartColors();
  const [range, setRange] = useState<BurnUpRange>('recent');
  const data = useMemo(() => burnUpChart(burnUp, today, range), [burnUp, today, range]);
  const tick = (x: number) => formatTick(x, data.tickFormat);
  const axis = { stroke: colors.faint };
  return (
    <div className="cert-chart" data-testid="burn-up" data-points={data.actual.length} data-done={data.actual.at(-1)?.hours ?? 0} data-range={range}>
      {data.zoomable ? (
        <div className="segmented cert-range" role="group" aria-label="Burn-up range">
          <button type="button" aria-pressed={range === 'recent'} onClick={() => setRange('recent')}>
            Last 3 months
          </button>
          <button type="button" aria-pressed={range === 'all'} onClick={() => setRange('all')}>
            All
          </button>
        </div>
      ) : null}
      <ChartBox height={280}>
        {(width) => (
          <LineChart width={width} height={280} margin={{ top: 16, right: 24, bottom: 4, left: 0 }}>
            <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" />
            <XAxis dataKey="x" type="number" domain={data.domain} ticks={data.ticks} tick={plainTick(colors.muted, (x) => tick(Number(x)), { lastEndsAtTick: true })} interval={0} allowDataOverflow {...axis} />
            <YAxis dataKey="hours" type="number" domain={[0, Math.max(1, Math.ceil(data.scope))]} width={48} tick={plainTick(colors.muted, (v) => `${String(v)} h`)} interval={0} {...axis} />
            <Tooltip
              labelFormatter={(x) => formatTick(Number(x), 'd MMM yyyy')}
              formatter={(value, name) => [`${String(value)} h`, name]}
              contentStyle={{ background: colors.surface, borderColor: colors.grid, color: colors.text }}
            />
            <ReferenceLine y={data.scope} stroke={colors.muted} strokeDasharray="6 4" />
            <ReferenceLine x={data.today} stroke={colors.faint} />
            {data.markers.map((m) => (
              <ReferenceLine
                key={m.kind}
                x={m.x}
                stroke={m.kind === 'target' ? colors.warning : colors.danger}
                strokeWidth={2}
                label={{ value: m.label, fill: m.kind === 'target' ? colors.warning : colors.danger, position: `inside${m.kind === 'target' ? 'Top' : 'Bottom'}${m.side === 'left' ? 'Right' : 'Left'}`, fontSize: 12 }}
              />
            ))}
            <Line data={data.actual} dataKey="hours" name="Done" type="stepAfter" stroke={colors.accent} strokeWidth={2.5} dot={false} isAnimationActive={false} />
            <Line data={data.needed} dataKey="hours" name="Needed for the target" stroke={colors.danger} strokeWidth={1.5} strokeDasharray="8 3 2 3" dot={false} isAnimationActive={false} />
            <Line data={data.expected} dataKey="hours" name="Forecast" stroke={colors.success} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line data={data.optimistic} dataKey="hours" name="Best four-week pace" stroke={colors.success} strokeOpacity={0.45} strokeDasharray="2 4" dot={false} isAnimationActive={false} />
            <Line data={data.pessimistic} dataKey="hours" name="Slowest week's pace" stroke={colors.warning} strokeOpacity={0.55} strokeDasharray="2 4" dot={false} isAnimationActive={false} />
          </LineChart>
        )}
      </ChartBox>
      <ul className="cert-legend" aria-label="Legend">
        <li className="cert-legend-done">Done</li>
        {data.expected.length > 0 ? <li className="cert-legend-forecast">Forecast at your pace</li> : null}
        {data.neededHoursPerWeek !== null ? <li className="cert-legend-needed">Needed for the target ({formatHours(data.neededHoursPerWeek)} h a week)</li> : null}
        {data.optimistic.length > 0 ? <li className="cert-legend-range">Best and slowest week</li> : null}
        <li className="cert-legend-scope">Scope ({data.scope} h)</li>
        <li className="cert-legend-today">Today</li>
        {data.markers.map((m) => (
          <li key={m.kind} className={`cert-legend-${m.kind}`}>
            {m.label}
          </li>
        ))}
      </ul>
    </div>
  );
});
