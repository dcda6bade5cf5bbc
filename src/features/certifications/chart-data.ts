// Chart series shaped for recharts and the SVG heatmap, from the domain's ProgressCharts.
// Dates become integer day indexes so the burn-up's x axis is a real time scale; every series
// stays small (weekly points, a capped number of bars) whatever the size of the history.
import { format } from 'date-fns';
import { formatHours } from '../../domain/progress';
import type { BurnUp, ChartPoint, Heatmap, IsoDate, ModuleProgress, WeekHours } from '../../domain/progress';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a 'yyyy-MM-dd' day (UTC arithmetic: no DST drift). */
export function dayIndex(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dayFromIndex(index: number): Date {
  const d = new Date(index * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

export interface XY {
  x: number;
  hours: number;
}

export interface BurnUpChartData {
  actual: XY[];
  /** The pace needed to reach the target: from today to the target day. */
  needed: XY[];
  neededHoursPerWeek: number | null;
  expected: XY[];
  optimistic: XY[];
  pessimistic: XY[];
  scope: number;
  /** `side`: where the label goes, so it stays inside the plot near either edge. */
  markers: { x: number; label: string; kind: 'target' | 'exam'; side: 'left' | 'right' }[];
  today: number;
  domain: [number, number];
  ticks: number[];
  /** 'MMM yyyy' for long spans, 'd MMM' for short ones. */
  tickFormat: string;
  /** The history reaches back further than the recent view shows, so "All" would show more. */
  zoomable: boolean;
}

/** Days of history the burn-up shows by default: about three months before today. */
export const RECENT_DAYS = 91;

export type BurnUpRange = 'recent' | 'all';

/** The step line from `min` on: earlier points dropped, with the value it had at `min` as its first. */
function fromX(line: XY[], min: number): XY[] {
  const before = line.filter((p) => p.x < min);
  const after = line.filter((p) => p.x >= min);
  const start = before.at(-1);
  return start && after[0]?.x !== min ? [{ x: min, hours: start.hours }, ...after] : after;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const toXY = (points: ChartPoint[]): XY[] => points.map((p) => ({ x: dayIndex(p.date), hours: round1(p.hours) }));

/**
 * A step line drawn with type="stepAfter" keeps its shape with only the points where the value
 * changes, plus the last one: five years of daily points become one per finished module.
 */
export function stepChanges(line: XY[]): XY[] {
  return line.filter((p, i) => i === 0 || i === line.length - 1 || p.hours !== line[i - 1]!.hours);
}

/** Cuts a two-point line at x = max, so a far pessimistic forecast does not stretch the axis. */
export function clipLine(line: XY[], max: number): XY[] {
  if (line.length !== 2) return line;
  const [a, b] = line as [XY, XY];
  if (b.x <= max) return line;
  if (a.x >= max) return [];
  const t = (max - a.x) / (b.x - a.x);
  return [a, { x: max, hours: round1(a.hours + t * (b.hours - a.hours)) }];
}

export function evenTicks(min: number, max: number, count = 6): number[] {
  if (max <= min) return [min];
  const step = Math.max(1, Math.round((max - min) / (count - 1)));
  const ticks: number[] = [];
  for (let x = min; x < max - step / 2; x += step) ticks.push(x);
  ticks.push(max);
  return ticks;
}

/** Recent months by default; `range: 'all'` from the first day of the series. */
export function burnUpChart(burnUp: BurnUp, today: IsoDate, range: BurnUpRange = 'recent'): BurnUpChartData {
  const todayX = dayIndex(today);
  const history = stepChanges(toXY(burnUp.actual));
  const forecast = burnUp.forecast;
  const markerXs = burnUp.markers.map((m) => dayIndex(m.date));
  const earliest = Math.min(history[0]?.x ?? todayX, todayX, ...markerXs);
  const zoomable = earliest < todayX - RECENT_DAYS;
  const min = range === 'recent' && zoomable ? todayX - RECENT_DAYS : earliest;
  const actual = fromX(history, min);
  const ends = [todayX, ...markerXs];
  if (forecast) ends.push(dayIndex(forecast.expected[1]!.date), dayIndex(forecast.optimistic[1]!.date));
  let max = Math.max(...ends);
  max += Math.max(3, Math.round((max - min) * 0.03));
  const span = max - min;
  const markers = burnUp.markers.map((m, i) => {
    const x = markerXs[i]!;
    return { x, label: m.label, kind: m.kind, side: (x - min) / Math.max(1, span) > 0.8 ? ('left' as const) : ('right' as const) };
  });
  return {
    actual,
    needed: burnUp.needed ? clipLine(toXY(burnUp.needed.line), max) : [],
    neededHoursPerWeek: burnUp.needed?.hoursPerWeek ?? null,
    expected: forecast ? clipLine(toXY(forecast.expected), max) : [],
    optimistic: forecast ? clipLine(toXY(forecast.optimistic), max) : [],
    pessimistic: forecast ? clipLine(toXY(forecast.pessimistic), max) : [],
    scope: round1(burnUp.scopeHours),
    markers,
    today: todayX,
    domain: [min, max],
    ticks: evenTicks(min, max),
    tickFormat: span > 300 ? 'MMM yyyy' : 'd MMM',
    zoomable,
  };
}

export function formatTick(x: number, pattern: string): string {
  return format(dayFromIndex(x), pattern);
}

export interface WeekBar {
  week: string;
  label: string;
  hours: number;
}

/** The last `limit` ISO weeks (all when limit is null), labelled by their Monday. */
export function weekBars(weeks: readonly WeekHours[], limit: number | null = 26): WeekBar[] {
  const shown = limit === null ? weeks : weeks.slice(-limit);
  return shown.map((w) => ({ week: w.week, label: format(dayFromIndex(dayIndex(w.weekStart)), 'd MMM'), hours: round1(w.hours) }));
}

export interface ModuleBar {
  id: string;
  title: string;
  percent: number;
  hoursLogged: number;
  estimatedHours: number;
}

/**
 * Where the time went: modules with the most logged study first, then the most progressed, then
 * checklist order. `limit` null shows all.
 */
export function moduleBars(modules: readonly ModuleProgress[], limit: number | null = 10): ModuleBar[] {
  const ranked = modules
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.minutesLogged - a.m.minutesLogged || b.m.percent - a.m.percent || a.order - b.order);
  const shown = limit === null ? ranked : ranked.slice(0, limit);
  return shown.map(({ m }) => ({
    id: m.moduleId,
    title: m.title,
    percent: m.percent,
    hoursLogged: round1(m.minutesLogged / 60),
    estimatedHours: m.estimatedHours,
  }));
}

export interface HeatRect {
  x: number;
  y: number;
  level: number;
  date: IsoDate;
  minutes: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cell: number;
  /** Column and row pitch (cell plus gap). */
  pitch: number;
  rects: HeatRect[];
  /** One SVG path per level (0 = no study … 4): five elements draw the year instead of 365. */
  paths: string[];
  months: { x: number; label: string }[];
  weekdays: { y: number; label: string }[];
}

export const HEAT_LEFT = 30;
export const HEAT_TOP = 16;
export const HEAT_LEVELS = 5;

function minutesPhrase(minutes: number): string {
  if (minutes === 0) return 'no study';
  return minutes < 60 ? `${minutes} min` : `${formatHours(minutes / 60)} h`;
}

/** What the tooltip says about a day (worked out on hover, not for all 365 days up front). */
export function heatTitle(rect: Pick<HeatRect, 'date' | 'minutes'>): string {
  return `${format(dayFromIndex(dayIndex(rect.date)), 'EEE d MMM yyyy')}: ${minutesPhrase(rect.minutes)}`;
}

/** A rounded square as a closed subpath, starting on its top edge. */
function roundedSquare(x: number, y: number, size: number, r: number): string {
  const side = size - 2 * r;
  return `M${x + r} ${y}h${side}a${r} ${r} 0 0 1 ${r} ${r}v${side}a${r} ${r} 0 0 1 ${-r} ${r}h${-side}a${r} ${r} 0 0 1 ${-r} ${-r}v${-side}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}

/** The day under a point in the grid's own coordinates, or null over a gap, a label or outside. */
export function heatRectAt(layout: HeatmapLayout, x: number, y: number): number | null {
  const col = Math.floor((x - HEAT_LEFT) / layout.pitch);
  const row = Math.floor((y - HEAT_TOP) / layout.pitch);
  if (col < 0 || row < 0 || row > 6) return null;
  const inX = x - HEAT_LEFT - col * layout.pitch;
  const inY = y - HEAT_TOP - row * layout.pitch;
  if (inX > layout.cell || inY > layout.cell) return null;
  const cx = HEAT_LEFT + col * layout.pitch;
  const cy = HEAT_TOP + row * layout.pitch;
  const at = layout.rects.findIndex((r) => r.x === cx && r.y === cy);
  return at < 0 ? null : at;
}

/** GitHub-style grid: a column per week, Monday on top; month labels where a month starts. */
export function heatmapLayout(heatmap: Heatmap, cell = 11, gap = 3): HeatmapLayout {
  const pitch = cell + gap;
  const radius = Math.min(2, cell / 4);
  const rects = heatmap.cells.map((c) => ({ x: HEAT_LEFT + c.week * pitch, y: HEAT_TOP + c.weekday * pitch, level: c.level, date: c.date, minutes: c.minutes }));
  const paths = Array.from({ length: HEAT_LEVELS }, () => '');
  for (const r of rects) paths[Math.min(HEAT_LEVELS - 1, Math.max(0, r.level))] += roundedSquare(r.x, r.y, cell, radius);
  const months: HeatmapLayout['months'] = [];
  let lastWeek = -10;
  for (const m of heatmap.months) {
    if (m.week - lastWeek < 3) continue;
    months.push({ x: HEAT_LEFT + m.week * pitch, label: m.label });
    lastWeek = m.week;
  }
  const weekdays = [
    { y: HEAT_TOP + 0 * pitch + cell - 2, label: 'Mon' },
    { y: HEAT_TOP + 2 * pitch + cell - 2, label: 'Wed' },
    { y: HEAT_TOP + 4 * pitch + cell - 2, label: 'Fri' },
  ];
  return { width: HEAT_LEFT + heatmap.weeks * pitch, height: HEAT_TOP + 7 * pitch, cell, pitch, rects, paths, months, weekdays };
}
