// The test statistic's distribution under H0, the rejection region shaded, the observed value marked.
import { memo } from 'react';
import { Area, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { SamplingChart as Data } from '../distribution-data';
import { formatFixed } from '../format';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';

export const SamplingChart = memo(function SamplingChart({ data, symbol, title }: { data: Data; symbol: string; title: string }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  const observed = data.marker === null ? null : `${symbol} = ${data.offChart ? '' : ''}${formatFixed(data.marker, 2)}${data.offChart ? ' (beyond the chart)' : ''}`;
  return (
    <figure className="calc-chart" data-testid="sampling-chart" data-critical={data.critical.map((c) => c.toFixed(3)).join(',')}>
      <figcaption>{title}</figcaption>
      <ComposedChart data={data.points} responsive style={{ width: '100%', height: 200 }} margin={{ top: 18, right: 16, bottom: 0, left: 0 }}>
        <XAxis dataKey="x" type="number" domain={data.domain} tickCount={9} tickFormatter={(x: number) => formatFixed(x, 0)} allowDataOverflow {...axis} />
        <YAxis hide domain={[0, 'auto']} />
        <Tooltip {...tooltip} labelFormatter={(x) => `${symbol} = ${formatFixed(Number(x), 2)}`} formatter={(v) => [formatFixed(Number(v), 4), 'density']} />
        <Area dataKey="density" name="Under H0" type="monotone" stroke={colors.muted} fill={colors.faint} fillOpacity={0.15} isAnimationActive={false} />
        <Area dataKey="reject" name="Rejection region" type="monotone" stroke={colors.danger} fill={colors.danger} fillOpacity={0.35} connectNulls={false} isAnimationActive={false} />
        {data.marker !== null ? (
          <ReferenceLine x={data.marker} stroke={colors.accent} strokeWidth={2} label={{ value: observed!, position: 'top', fill: colors.accent, fontSize: 12 }} />
        ) : null}
      </ComposedChart>
      <p className="calc-chart-note">
        Shaded: where the test rejects H0 (critical {symbol} {data.critical.map((c) => formatFixed(c, 2)).join(' and ')}).
      </p>
    </figure>
  );
});
