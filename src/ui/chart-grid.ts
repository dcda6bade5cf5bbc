// Grid lines at the axis ticks, placed with the axis scale. Recharts' default grid generator works
// the ticks out again with the default label-collision check, which measures every tick label in
// the DOM (a forced layout each); the axes here already say which ticks they draw.
interface GridAxis {
  scale?: { map(value: unknown): number | undefined };
  ticks?: readonly unknown[];
  niceTicks?: readonly unknown[];
}

export function gridLines(axis: GridAxis | undefined): number[] {
  const scale = axis?.scale;
  if (!scale) return [];
  const values = axis.ticks?.length ? axis.ticks : (axis.niceTicks ?? []);
  return values.map((v) => scale.map(v)).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
}

/** Spread on a <CartesianGrid>. */
export const gridAtTicks = {
  horizontalCoordinatesGenerator: ({ yAxis }: { yAxis?: GridAxis }) => gridLines(yAxis),
  verticalCoordinatesGenerator: ({ xAxis }: { xAxis?: GridAxis }) => gridLines(xAxis),
};
