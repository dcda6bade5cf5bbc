// The chart kinds the warm-up draws (chart-warmup.tsx), in a chunk of their own: recharts is not in
// the start-up bundle, it is fetched and compiled here, when the app is idle.
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

const points = Array.from({ length: 12 }, (_, i) => ({ x: i, y: (i * 7) % 10, label: `w${i}` }));

function WarmLine() {
  return (
    <LineChart width={320} height={200} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="x" type="number" domain={[0, 12]} ticks={[0, 6, 12]} interval={0} allowDataOverflow />
      <YAxis dataKey="y" type="number" domain={[0, 10]} width={40} interval={0} />
      <Tooltip />
      <ReferenceLine y={5} strokeDasharray="6 4" />
      <ReferenceLine x={6} label={{ value: 'x', position: 'insideTopRight', fontSize: 12 }} />
      <Line data={points} dataKey="y" type="stepAfter" dot={false} isAnimationActive={false} />
      <Line data={points.slice(0, 2)} dataKey="y" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
    </LineChart>
  );
}

function WarmBars() {
  return (
    <BarChart width={320} height={200} data={points} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" interval={2} />
      <YAxis width={40} allowDecimals={false} interval={0} />
      <Tooltip />
      <ReferenceLine y={4} strokeDasharray="6 4" label={{ value: 'y', position: 'insideTopRight', fontSize: 12 }} />
      <Bar dataKey="y" radius={[3, 3, 0, 0]} maxBarSize={32} isAnimationActive={false} />
    </BarChart>
  );
}

function WarmVerticalBars() {
  return (
    <BarChart width={320} height={200} layout="vertical" data={points} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, 100]} interval={0} />
      <YAxis type="category" dataKey="label" width={80} interval={0} />
      <Tooltip />
      <Bar dataKey="y" radius={[0, 3, 3, 0]} background={{ opacity: 0.35 }} isAnimationActive={false} />
    </BarChart>
  );
}

export const CHARTS = [WarmLine, WarmBars, WarmVerticalBars];
