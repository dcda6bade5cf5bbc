// Axis labels as plain SVG text. Recharts' default tick is its <Text>, which measures every label
// in the DOM to wrap it (a forced layout per label); these labels are short and never wrap.
import type { ReactElement } from 'react';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
}

const DY: Record<string, string> = { start: '0.71em', middle: '0.355em', end: '0' };

/**
 * A `tick` renderer for an XAxis or YAxis: `format` turns the tick value into its label (add the
 * unit there: a custom tick does not get the axis unit). Recharts passes the anchors it would use.
 */
export function plainTick(fill: string, format: (value: unknown) => string = String, fontSize = 12): (props: TickProps) => ReactElement {
  return function PlainTick({ x, y, payload, textAnchor = 'middle', verticalAnchor = 'start' }: TickProps) {
    return (
      <text x={x} y={y} dy={DY[verticalAnchor] ?? '0.355em'} textAnchor={textAnchor} fill={fill} fontSize={fontSize} className="recharts-cartesian-axis-tick-value">
        {format(payload?.value)}
      </text>
    );
  };
}
