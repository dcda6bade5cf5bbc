// Share of experiments rejected by look k: the false-positive rate of peeking k times, per rule.
import { memo } from 'react';
import { ComposedChart, Legend, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { chartChrome, useChartColors } from '../../../ui/use-chart-colors';
import { formatNumber, formatPercent } from '../format';
import type { PeekingPoint } from './peeking-data';
import { rateTicks } from './peeking-data';

export const PeekingChart = memo(function PeekingChart({ points, alpha, aa }: { points: PeekingPoint[]; alpha: number; aa: boolean }) {
  const colors = useChartColors();
  const { axis, tooltip } = chartChrome(colors);
  const pct = (v: number) => formatPercent(v, v > 0 && v < 0.1 ? 1 : 0);
  const ticks = rateTicks(points);
  return (
    <figure className="calc-chart" data-testid="peeking-chart" data-points={points.length}>
      <figcaption>{aa ? 'False-positive rate against the number of looks taken' : 'Share of experiments that detect the difference, by the number of looks taken'}</figcaption>
      <ComposedChart data={points} responsive style={{ width: '100%', height: 280 }} margin={{ top: 12, right: 20, bottom: 0, left: 4 }}>
        <XAxis dataKey="look" type="number" domain={[1, 'dataMax']} allowDecimals={false} tickCount={Math.min(points.length, 10)} {...axis} />
        <YAxis tickFormatter={pct} width={52} domain={[0, ticks[ticks.length - 1]!]} ticks={ticks} {...axis} />
        <Tooltip {...tooltip} labelFormatter={(k) => `After ${k} look${Number(k) === 1 ? '' : 's'}`} formatter={(v, name) => [pct(Number(v)), name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: colors.muted }} />
        <ReferenceLine y={alpha} stroke={colors.danger} strokeDasharray="4 3" label={{ value: `α = ${formatNumber(alpha)}`, position: 'insideTopLeft', fill: colors.danger, fontSize: 12 }} />
        <Line dataKey="fixedHorizon" name="Fixed-horizon z-test (peeking)" stroke={colors.warning} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="confidenceSequence" name="Confidence sequence" stroke={colors.success} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="mSPRT" name="mSPRT" stroke={colors.accent} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        {aa ? <Scatter dataKey="armitage" name="Armitage et al. (1969), normal data" fill={colors.text} shape="diamond" isAnimationActive={false} /> : null}
      </ComposedChart>
    </figure>
  );
});

