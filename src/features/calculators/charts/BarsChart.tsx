// Grouped bars per arm: observed against planned visitors (SRM), or conversion rate per arm.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';

export interface BarSeries {
  key: string;
  name: string;
  tone: 'accent' | 'muted' | 'danger';
}

export const BarsChart = memo(function BarsChart({
  data, series, title, format, testId, yDomain,
}: {
  data: Record<string, number | string>[];
  series: BarSeries[];
  title: string;
  format(v: number): string;
  testId: string;
  yDomain?: [number | string, number | string];
}) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  return (
    <figure className="calc-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <BarChart data={data} responsive style={{ width: '100%', height: 210 }} margin={{ top: 10, right: 20, bottom: 0, left: 4 }}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="arm" {...axis} />
        <YAxis tickFormatter={format} width={64} domain={yDomain ?? [0, 'auto']} {...axis} />
        <Tooltip {...tooltip} cursor={{ fill: colors.grid, fillOpacity: 0.4 }} formatter={(v, name) => [format(Number(v)), name]} />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12, color: colors.muted }} /> : null}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={colors[s.tone]} fillOpacity={s.tone === 'muted' ? 0.45 : 0.85} isAnimationActive={false} />
        ))}
      </BarChart>
    </figure>
  );
});
