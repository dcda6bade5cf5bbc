// Posterior densities of A's and B's conversion rates.
import { memo } from 'react';
import { Area, AreaChart, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { PosteriorPoint } from '../bayes-data';
import { formatPercent } from '../format';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';

export const PosteriorChart = memo(function PosteriorChart({ points }: { points: PosteriorPoint[] }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  return (
    <figure className="calc-chart" data-testid="posterior-chart" data-points={points.length}>
      <figcaption>Posterior distribution of each conversion rate</figcaption>
      <AreaChart data={points} responsive style={{ width: '100%', height: 230 }} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
        <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(x: number) => formatPercent(x, 1)} {...axis} />
        <YAxis hide />
        <Tooltip {...tooltip} labelFormatter={(x) => formatPercent(Number(x), 2)} formatter={(v, name) => [Number(v).toFixed(1), name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: colors.muted }} />
        <Area dataKey="a" name="A (control)" type="monotone" stroke={colors.muted} fill={colors.muted} fillOpacity={0.2} isAnimationActive={false} />
        <Area dataKey="b" name="B (treatment)" type="monotone" stroke={colors.accent} fill={colors.accent} fillOpacity={0.25} isAnimationActive={false} />
      </AreaChart>
    </figure>
  );
});
