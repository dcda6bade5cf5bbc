// Axis labels as plain SVG text. Recharts' default tick is its <Text>, which measures every label
// in the DOM to wrap it (a forced layout per label); these labels are short and never wrap.
import type { ReactElement } from 'react';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
  index?: number;
  visibleTicksCount?: number;
}

const DY: Record<string, string> = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * A `tick` renderer for an XAxis or YAxis: `format` turns the tick value into its label (add the
 * unit there: a custom tick does not get the axis unit; an empty label skips a crowded tick).
 * Recharts passes the anchors it would use.
 */
export function plainTick(fill: string, format: (value: unknown, index: number, count: number) => string = String, options: { lastEndsAtTick?: boolean } = {}): (props: TickProps) => ReactElement {
  return function PlainTick({ x, y, payload, textAnchor = 'middle', verticalAnchor = 'start', index, visibleTicksCount }: TickProps) {
    // A label on the axis' last tick can end there instead of overflowing the chart's right edge.
    const anchor = options.lastEndsAtTick && visibleTicksCount !== undefined && index === visibleTicksCount - 1 ? 'end' : textAnchor;
    return (
      <text x={x} y={y} dy={DY[verticalAnchor] ?? '0.355em'} textAnchor={anchor} fill={fill} fontSize={12} className="recharts-cartesian-axis-tick-value">
        {format(payload?.value, index ?? 0, visibleTicksCount ?? 1)}
      </text>
    );
  };
}
