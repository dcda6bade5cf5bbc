// Confidence intervals as bars against a zero line, the point estimate as a dot.
import { memo } from 'react';
import { Bar, ComposedChart, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { IntervalChart as Data } from '../distribution-data';
import { formatNumber } from '../format';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';

export const IntervalChart = memo(function IntervalChart({ data, unit, title }: { data: Data; unit: string; title: string }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  const rows = data.rows.map((r) => ({ ...r, range: [r.lower, r.upper] as [number, number] }));
  const fmt = (x: number) => `${formatNumber(x, 3)}${unit}`;
  return (
    <figure className="calc-chart" data-testid="interval-chart">
      <figcaption>{title}</figcaption>
      <ComposedChart layout="vertical" data={rows} responsive style={{ width: '100%', height: 44 + rows.length * 44 }} margin={{ top: 6, right: 20, bottom: 0, left: 0 }}>
        <XAxis type="number" domain={data.domain} ticks={data.ticks} tickFormatter={fmt} allowDataOverflow {...axis} />
        <YAxis type="category" dataKey="label" width={120} {...axis} />
        <Tooltip
          {...tooltip}
          formatter={(value, name) => (Array.isArray(value) ? [`${fmt(Number(value[0]))} to ${fmt(Number(value[1]))}`, 'Interval'] : [fmt(Number(value)), String(name)])}
        />
        <ReferenceLine x={0} stroke={colors.muted} strokeDasharray="4 3" />
        <Bar dataKey="range" name="Interval" fill={colors.accent} fillOpacity={0.35} stroke={colors.accent} barSize={14} isAnimationActive={false} />
        <Scatter dataKey="estimate" name="Estimate" fill={colors.accent} isAnimationActive={false} />
      </ComposedChart>
    </figure>
  );
});
