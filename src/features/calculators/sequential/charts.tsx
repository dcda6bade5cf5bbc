// The sequential screen's charts: the running estimate with both intervals, the p-values over the
// looks on a log scale, and each day's split of new users.
import { memo } from 'react';
import { Area, Bar, BarChart, Cell, ComposedChart, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';
import { formatNumber, formatP, formatPercent } from '../format';
import type { DailySplit, SeriesPoint } from './sequential-data';
import { atFloor, pValueFloor, powerOfTenLabel, powerTicks } from './sequential-data';

const margin = { top: 12, right: 20, bottom: 0, left: 4 };

export const EstimateChart = memo(function EstimateChart({ points, unit, stop, level }: { points: SeriesPoint[]; unit: string; stop: number | null; level: string }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  const fmt = (v: number) => `${formatNumber(v, 3)}${unit}`;
  return (
    <figure className="calc-chart" data-testid="estimate-chart" data-points={points.length}>
      <figcaption>Running difference (B − A) with the fixed-horizon {level} interval and the {level} confidence sequence</figcaption>
      <ComposedChart data={points} responsive style={{ width: '100%', height: 260 }} margin={margin}>
        <XAxis dataKey="label" {...axis} minTickGap={16} />
        <YAxis tickFormatter={fmt} width={64} {...axis} />
        <Tooltip {...tooltip} formatter={(v, name) => [Array.isArray(v) ? `${fmt(Number(v[0]))} to ${fmt(Number(v[1]))}` : fmt(Number(v)), name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: colors.muted }} />
        <ReferenceLine y={0} stroke={colors.muted} strokeDasharray="4 3" />
        <Area dataKey="csBand" name="Confidence sequence (valid at every look)" stroke={colors.success} fill={colors.success} fillOpacity={0.14} isAnimationActive={false} />
        <Area dataKey="fixedBand" name="Fixed-horizon interval (valid once)" stroke={colors.warning} fill={colors.warning} fillOpacity={0.2} isAnimationActive={false} />
        <Line dataKey="diff" name="Difference" stroke={colors.accent} strokeWidth={2} dot={points.length <= 40} isAnimationActive={false} />
        {stop !== null && points[stop] ? (
          <ReferenceLine x={points[stop].label} stroke={colors.danger} strokeDasharray="5 4" label={{ value: 'peeking stops here', position: 'insideTopLeft', fill: colors.danger, fontSize: 12 }} />
        ) : null}
      </ComposedChart>
    </figure>
  );
});

export const PValueChart = memo(function PValueChart({ points, alpha, stop }: { points: SeriesPoint[]; alpha: number; stop: number | null }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  const floor = pValueFloor(points);
  const data = points.map((p) => ({ label: p.label, fixed: atFloor(p.fixedP, floor), cs: atFloor(p.csP, floor), msprt: atFloor(p.msprtP, floor) }));
  return (
    <figure className="calc-chart" data-testid="p-value-chart" data-points={points.length}>
      <figcaption>p-value at each look (log scale): what peeking sees against the always-valid p-values</figcaption>
      <LineChart data={data} responsive style={{ width: '100%', height: 240 }} margin={margin}>
        <XAxis dataKey="label" {...axis} minTickGap={16} />
        <YAxis scale="log" domain={[floor, 1]} ticks={powerTicks(floor)} allowDataOverflow tickFormatter={powerOfTenLabel} width={56} {...axis} />
        <Tooltip {...tooltip} formatter={(v, name) => [formatP(Number(v)), name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: colors.muted }} />
        <ReferenceLine y={alpha} stroke={colors.danger} strokeDasharray="4 3" label={{ value: `α = ${formatNumber(alpha)}`, position: 'insideBottomRight', fill: colors.danger, fontSize: 12 }} />
        {stop !== null && points[stop] ? <ReferenceLine x={points[stop].label} stroke={colors.danger} strokeDasharray="5 4" /> : null}
        <Line dataKey="fixed" name="Fixed-horizon p (this look)" stroke={colors.warning} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
        <Line dataKey="cs" name="Confidence sequence p" stroke={colors.success} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
        <Line dataKey="msprt" name="mSPRT p" stroke={colors.accent} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} connectNulls />
      </LineChart>
    </figure>
  );
});

export const SplitChart = memo(function SplitChart({ days, planned }: { days: DailySplit[]; planned: number }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  return (
    <figure className="calc-chart" data-testid="split-chart" data-flagged={days.filter((d) => d.flagged).length}>
      <figcaption>Share of each {days.length > 1 ? 'day’s' : ''} new users in B, against the planned {formatPercent(planned, 0)}</figcaption>
      <BarChart data={days} responsive style={{ width: '100%', height: 200 }} margin={margin}>
        <XAxis dataKey="label" {...axis} minTickGap={16} />
        <YAxis tickFormatter={(v: number) => formatPercent(v, 0)} width={48} domain={[0, 1]} {...axis} />
        <Tooltip {...tooltip} formatter={(v, _name, item) => [`${formatPercent(Number(v), 1)} (SRM p = ${formatP((item.payload as DailySplit).pValue)})`, 'Share in B']} />
        <ReferenceLine y={planned} stroke={colors.muted} strokeDasharray="4 3" />
        <Bar dataKey="share" name="Share in B" isAnimationActive={false}>
          {days.map((d) => (
            <Cell key={d.label} fill={d.flagged ? colors.danger : colors.accent} fillOpacity={d.flagged ? 0.9 : 0.6} />
          ))}
        </Bar>
      </BarChart>
    </figure>
  );
});
