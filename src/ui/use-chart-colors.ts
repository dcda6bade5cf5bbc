// Chart colors from the theme's CSS variables, re-read when the theme on <html> changes, so
// recharts (which needs literal colors) follows dark mode.
import { useMemo, useSyncExternalStore } from 'react';

const NAMES = ['--accent', '--success', '--warning', '--danger', '--text-muted', '--text-faint', '--border', '--bg-elevated', '--text'] as const;

export interface ChartColors {
  accent: string;
  success: string;
  warning: string;
  danger: string;
  muted: string;
  faint: string;
  grid: string;
  surface: string;
  text: string;
}

// Read once and kept until the theme can have changed: getComputedStyle in a render forces a style
// recalculation, and React asks for the snapshot again for every chart on every commit. One watcher
// for the app's lifetime clears the copy, so a theme changed while no chart is mounted is seen too.
let cached: string | null = null;
const listeners = new Set<() => void>();
let watching = false;

function watchTheme() {
  if (watching) return;
  watching = true;
  const changed = () => {
    cached = null;
    for (const listener of listeners) listener();
  };
  new MutationObserver(changed).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style', 'class'] });
  if (typeof matchMedia === 'function') matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed);
}

function subscribe(onChange: () => void) {
  watchTheme();
  listeners.add(onChange);
  return () => void listeners.delete(onChange);
}

const snapshot = () => {
  watchTheme();
  if (cached === null) {
    const style = getComputedStyle(document.documentElement);
    cached = NAMES.map((n) => style.getPropertyValue(n).trim()).join('|');
  }
  return cached;
};

export function useChartColors(): ChartColors {
  const key = useSyncExternalStore(subscribe, snapshot);
  return useMemo(() => {
    const [accent, success, warning, danger, muted, faint, grid, surface, text] = key.split('|') as string[];
    return { accent: accent!, success: success!, warning: warning!, danger: danger!, muted: muted!, faint: faint!, grid: grid!, surface: surface!, text: text! };
  }, [key]);
}

/** Shared axis and tooltip props. */
export function chartChrome(colors: ChartColors) {
  return {
    axis: { stroke: colors.faint, tick: { fill: colors.muted, fontSize: 12 } },
    tooltip: { contentStyle: { background: colors.surface, borderColor: colors.grid, color: colors.text, fontSize: 12 } },
  };
}
