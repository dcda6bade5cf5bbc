// The first recharts chart drawn after the app starts costs far more than any later one: V8 compiles
// recharts, reselect, redux and immer on first use and their caches start cold (measured: a
// certification's detail view takes ~300 ms on a first visit, ~150-250 ms on a second). Once the
// first screen is drawn and the browser is idle, the chart kinds the app uses are drawn into a
// detached element (never attached to the page, so nothing is laid out or painted), one per idle
// period, and thrown away. The first chart screen a person opens then draws at the warm speed.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { whenIdle } from './when-idle';

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

const CHARTS = [WarmLine, WarmBars, WarmVerticalBars];

/** Marked (performance.mark) when the warm-up has drawn every chart kind. */
export const CHARTS_WARM_MARK = 'episodes:charts-warm';

/** Waits for an idle period in which no screen says it is still loading (aria-busy). */
function whenSettled(run: () => void): () => void {
  let cancel = () => {};
  const wait = () => {
    cancel = whenIdle(() => {
      if (document.querySelector('[aria-busy="true"]')) {
        const id = setTimeout(wait, 100);
        cancel = () => clearTimeout(id);
      } else run();
    }, 1000);
  };
  wait();
  return () => cancel();
}

/** Starts the warm-up once the first screen has settled; returns a function that stops it. */
export function warmUpCharts(): () => void {
  let stopped = false;
  let cancel = () => {};
  const root = createRoot(document.createElement('div'));
  const draw = (i: number) => {
    if (stopped) return;
    if (i === CHARTS.length) {
      stopped = true;
      root.unmount();
      performance.mark(CHARTS_WARM_MARK);
      return;
    }
    const Chart = CHARTS[i]!;
    flushSync(() => root.render(<Chart />));
    cancel = whenIdle(() => draw(i + 1), 1000);
  };
  cancel = whenSettled(() => draw(0));
  return () => {
    cancel();
    if (stopped) return;
    stopped = true;
    // Not during a React render or commit (an effect's cleanup may run inside one).
    setTimeout(() => root.unmount());
  };
}
