// Standalone SVG charts as strings: the preview shows them and every export writes them as files,
// so they carry no script, no external reference and no style sheet (see svgProblem). Text uses a
// mid-tone grey and the marks mid-tone colours, readable on a light and on a dark page; the app
// recolours the text through CSS (.chart-svg text) where it draws them inline.

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;

export const CHART_COLORS = {
  text: '#6b7280',
  grid: '#9ca3af',
  primary: '#3b82f6',
  secondary: '#f59e0b',
} as const;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** 3.5, 4, 12.3: one decimal at most, no trailing zero. */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A round upper bound for an axis and its tick step (1, 2, 2.5 or 5 times a power of ten). */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9)!;
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}

const px = (n: number) => formatNumber(n);
function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}
function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

function frame(title: string, description: string, body: string[], titleChars = 56): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" role="img" class="chart-svg" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="15">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    `<g fill="${CHART_COLORS.text}">${text(16, 26, truncate(title, titleChars), 'font-size="17" font-weight="600"')}</g>`,
    ...body,
    '</svg>',
  ].join('\n');
}

const PLOT = { left: 68, right: 28, top: 50, bottom: 58 };

/** Grid lines and value labels for a vertical value axis from 0 to `max`. */
function valueAxis(max: number, step: number, unit: string, bottom: number, top: number): string[] {
  const out: string[] = [];
  const scale = (v: number) => bottom - (v / max) * (bottom - top);
  for (let v = 0; v <= max + 1e-9; v += step) {
    const y = scale(v);
    out.push(`<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${px(y)}" y2="${px(y)}" stroke="${CHART_COLORS.grid}" stroke-opacity="0.35" stroke-width="1"/>`);
    out.push(`<g fill="${CHART_COLORS.text}">${text(PLOT.left - 8, y + 5, `${formatNumber(v)}${unit}`, 'text-anchor="end"')}</g>`);
  }
  return out;
}

function axisTitles(xTitle: string, yTitle: string): string[] {
  const midY = (PLOT.top + CHART_HEIGHT - PLOT.bottom) / 2;
  return [
    `<g fill="${CHART_COLORS.text}">`,
    text((PLOT.left + CHART_WIDTH - PLOT.right) / 2, CHART_HEIGHT - 10, xTitle, 'text-anchor="middle"'),
    text(18, midY, yTitle, `text-anchor="middle" transform="rotate(-90 18 ${px(midY)})"`),
    '</g>',
  ];
}

/** Every k-th label so at most about 8 show along the x axis (the last always shows). */
function labelStride(count: number): number {
  return Math.max(1, Math.ceil(count / 8));
}
const showsLabel = (i: number, count: number, stride: number) => i === count - 1 || (i % stride === 0 && count - 1 - i >= stride);

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartInput {
  title: string;
  /** The text alternative: said by screen readers and kept as the image's alt text in exports. */
  description: string;
  bars: readonly Bar[];
  xTitle: string;
  yTitle: string;
  /** Written after each value: ' h', '%'. */
  unit: string;
  /** A fixed top of the scale (100 for percentages); else a round number above the largest bar. */
  max?: number;
  /** Horizontal bars suit long labels (topics); vertical ones a time axis (weeks). */
  orientation?: 'vertical' | 'horizontal';
}

export function barChartSvg(input: BarChartInput): string {
  return frame(input.title, input.description, input.orientation === 'horizontal' ? horizontalBars(input) : verticalBars(input));
}

function verticalBars(input: BarChartInput): string[] {
  const { bars, unit } = input;
  const bottom = CHART_HEIGHT - PLOT.bottom;
  const width = CHART_WIDTH - PLOT.left - PLOT.right;
  const scale = input.max !== undefined ? { max: input.max, step: input.max / 4 } : niceScale(Math.max(0, ...bars.map((b) => b.value)));
  const out = valueAxis(scale.max, scale.step, unit.trim() === '%' ? '%' : '', bottom, PLOT.top);
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.max(2, slot * 0.64);
  const stride = labelStride(bars.length);
  const values = bars.length <= 16;
  out.push(`<g fill="${CHART_COLORS.primary}">`);
  bars.forEach((bar, i) => {
    const h = (Math.max(0, Math.min(bar.value, scale.max)) / scale.max) * (bottom - PLOT.top);
    out.push(`<rect class="bar" x="${px(PLOT.left + i * slot + (slot - barWidth) / 2)}" y="${px(bottom - h)}" width="${px(barWidth)}" height="${px(h)}" rx="2"><title>${escapeXml(`${bar.label}: ${formatNumber(bar.value)}${unit}`)}</title></rect>`);
  });
  out.push('</g>', `<g fill="${CHART_COLORS.text}">`);
  bars.forEach((bar, i) => {
    const cx = PLOT.left + i * slot + slot / 2;
    if (showsLabel(i, bars.length, stride)) out.push(text(cx, bottom + 20, truncate(bar.label, 8), 'text-anchor="middle"'));
    if (values && bar.value > 0) out.push(text(cx, bottom - (Math.min(bar.value, scale.max) / scale.max) * (bottom - PLOT.top) - 5, formatNumber(bar.value), 'text-anchor="middle" font-size="13"'));
  });
  out.push('</g>', `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${bottom}" y2="${bottom}" stroke="${CHART_COLORS.grid}" stroke-width="1"/>`);
  return [...out, ...axisTitles(input.xTitle, input.yTitle)];
}

function horizontalBars(input: BarChartInput): string[] {
  const { bars, unit } = input;
  const left = 200;
  const right = CHART_WIDTH - 56;
  const top = PLOT.top;
  const bottom = CHART_HEIGHT - 52;
  const max = input.max ?? niceScale(Math.max(0, ...bars.map((b) => b.value))).max;
  const out: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const x = left + ((right - left) * i) / 4;
    out.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${top}" y2="${bottom}" stroke="${CHART_COLORS.grid}" stroke-opacity="0.35" stroke-width="1"/>`);
    out.push(`<g fill="${CHART_COLORS.text}">${text(x, bottom + 20, `${formatNumber((max * i) / 4)}${unit.trim()}`, 'text-anchor="middle"')}</g>`);
  }
  const slot = (bottom - top) / Math.max(1, bars.length);
  const barHeight = Math.min(24, slot * 0.66);
  out.push(`<g fill="${CHART_COLORS.primary}">`);
  bars.forEach((bar, i) => {
    const w = (Math.max(0, Math.min(bar.value, max)) / max) * (right - left);
    out.push(`<rect class="bar" x="${left}" y="${px(top + i * slot + (slot - barHeight) / 2)}" width="${px(w)}" height="${px(barHeight)}" rx="2"><title>${escapeXml(`${bar.label}: ${formatNumber(bar.value)}${unit}`)}</title></rect>`);
  });
  out.push('</g>', `<g fill="${CHART_COLORS.text}">`);
  bars.forEach((bar, i) => {
    const cy = top + i * slot + slot / 2 + 5;
    const w = (Math.max(0, Math.min(bar.value, max)) / max) * (right - left);
    out.push(text(left - 8, cy, truncate(bar.label, 22), 'text-anchor="end"'));
    out.push(text(left + w + 6, cy, `${formatNumber(bar.value)}${unit.trim()}`, 'font-size="13"'));
  });
  out.push('</g>', `<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="${CHART_COLORS.grid}" stroke-width="1"/>`);
  out.push(`<g fill="${CHART_COLORS.text}">${text((left + right) / 2, CHART_HEIGHT - 6, input.xTitle, 'text-anchor="middle"')}</g>`);
  return out;
}

export interface LineSeries {
  name: string;
  values: readonly number[];
  /** A reference line (the scope, a target) drawn dashed in the second colour. */
  reference?: boolean;
}

export interface LineChartInput {
  title: string;
  description: string;
  xLabels: readonly string[];
  series: readonly LineSeries[];
  xTitle: string;
  yTitle: string;
  unit: string;
}

export function lineChartSvg(input: LineChartInput): string {
  const bottom = CHART_HEIGHT - PLOT.bottom;
  const width = CHART_WIDTH - PLOT.left - PLOT.right;
  const count = input.xLabels.length;
  const scale = niceScale(Math.max(0, ...input.series.flatMap((s) => s.values)));
  const out = valueAxis(scale.max, scale.step, '', bottom, PLOT.top);
  const x = (i: number) => PLOT.left + (count <= 1 ? width / 2 : (i / (count - 1)) * width);
  const y = (v: number) => bottom - (Math.max(0, v) / scale.max) * (bottom - PLOT.top);
  for (const series of input.series) {
    const colour = series.reference ? CHART_COLORS.secondary : CHART_COLORS.primary;
    const points = series.values.map((v, i) => `${px(x(i))},${px(y(v))}`).join(' ');
    out.push(`<polyline class="series" points="${points}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"${series.reference ? ' stroke-dasharray="6 4"' : ''}/>`);
    if (!series.reference) {
      out.push(`<g fill="${colour}">`);
      series.values.forEach((v, i) => out.push(`<circle class="point" cx="${px(x(i))}" cy="${px(y(v))}" r="3.5"><title>${escapeXml(`${input.xLabels[i] ?? ''}: ${formatNumber(v)}${input.unit}`)}</title></circle>`));
      out.push('</g>');
    }
  }
  const stride = labelStride(count);
  out.push(`<g fill="${CHART_COLORS.text}">`);
  input.xLabels.forEach((label, i) => showsLabel(i, count, stride) && out.push(text(x(i), bottom + 20, truncate(label, 8), 'text-anchor="middle"')));
  // A legend at the top right: a short stroke and the series name.
  let lx = CHART_WIDTH - PLOT.right;
  for (const series of [...input.series].reverse()) {
    const name = truncate(series.name, 24);
    lx -= name.length * 8.2 + 8;
    out.push(text(lx, 26, name));
    lx -= 26;
    out.push(`<line x1="${px(lx)}" x2="${px(lx + 18)}" y1="21" y2="21" stroke="${series.reference ? CHART_COLORS.secondary : CHART_COLORS.primary}" stroke-width="2.5"${series.reference ? ' stroke-dasharray="6 4"' : ''}/>`);
    lx -= 12;
  }
  out.push('</g>', `<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${bottom}" y2="${bottom}" stroke="${CHART_COLORS.grid}" stroke-width="1"/>`);
  return frame(input.title, input.description, [...out, ...axisTitles(input.xTitle, input.yTitle)], Math.max(16, Math.floor((lx - 28) / 10.2)));
}
