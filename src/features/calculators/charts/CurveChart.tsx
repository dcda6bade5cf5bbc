// A line across sample sizes (power or MDE) with the planned n and the target marked.
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurvePoint } from '../planning-data';
import { formatCount } from '../format';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';

export const CurveChart = memo(function CurveChart({
  points, title, yLabel, yFormat, markN, markY, testId, yDomain,
}: {
  points: CurvePoint[];
  title: string;
  yLabel: string;
  yFormat(y: number): string;
  markN?: number;
  markY?: number;
  testId: string;
  yDomain?: [number, number];
}) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  return (
    <figure className="calc-chart" data-testid={testId} data-points={points.length}>
      <figcaption>{title}</figcaption>
      <LineChart data={points} responsive style={{ width: '100%', height: 220 }} margin={{ top: 10, right: 20, bottom: 0, left: 4 }}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
        <XAxis dataKey="n" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(n: number) => formatCount(n)} {...axis} />
        <YAxis type="number" domain={yDomain ?? ['auto', 'auto']} tickFormatter={yFormat} width={56} {...axis} />
        <Tooltip {...tooltip} labelFormatter={(n) => `${formatCount(Number(n))} per arm`} formatter={(v) => [yFormat(Number(v)), yLabel]} />
        {markY !== undefined ? <ReferenceLine y={markY} stroke={colors.faint} strokeDasharray="5 4" /> : null}
        {markN !== undefined ? <ReferenceLine x={markN} stroke={colors.success} strokeDasharray="5 4" label={{ value: `n = ${formatCount(markN)}`, position: 'insideTopRight', fill: colors.success, fontSize: 12 }} /> : null}
        <Line dataKey="value" name={yLabel} stroke={colors.accent} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </figure>
  );
});
