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

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style', 'class'] });
  return () => observer.disconnect();
}

const snapshot = () => {
  const style = getComputedStyle(document.documentElement);
  return NAMES.map((n) => style.getPropertyValue(n).trim()).join('|');
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
