// The first recharts chart drawn after the app starts costs far more than any later one: V8 compiles
// recharts, reselect, redux and immer on first use and their caches start cold (measured: a
// certification's detail view takes ~300 ms on a first visit, ~150-250 ms on a second). Once the
// first screen is drawn and the browser is idle, the chart kinds the app uses are drawn into a
// detached element (never attached to the page, so nothing is laid out or painted), one per idle
// period, and thrown away. The first chart screen a person opens then draws at the warm speed.
// recharts itself is fetched then too (chart-warmup-charts.tsx), not with the start-up bundle.
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { whenIdle } from './when-idle';

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
  let CHARTS: ReadonlyArray<ComponentType> = [];
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
  cancel = whenSettled(() => {
    void import('./chart-warmup-charts').then(
      (charts) => {
        CHARTS = charts.CHARTS;
        draw(0);
      },
      // Not fetched (the page is closing): the first chart screen warms itself.
      () => undefined,
    );
  });
  return () => {
    cancel();
    if (stopped) return;
    stopped = true;
    // Not during a React render or commit (an effect's cleanup may run inside one).
    setTimeout(() => root.unmount());
  };
}
