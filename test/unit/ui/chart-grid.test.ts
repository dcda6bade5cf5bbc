import { describe, expect, it } from 'vitest';
import { gridLines } from '../../../src/ui/chart-grid';

// A linear scale from [0, 100] to pixels [50, 450], as recharts hands it to a grid generator.
const scale = { map: (v: unknown) => (typeof v === 'number' ? 50 + v * 4 : undefined) };

describe('grid lines at the axis ticks', () => {
  it('uses the ticks the axis was given, else its nice ticks, placed by the scale', () => {
    expect(gridLines({ scale, ticks: [0, 25, 100] })).toEqual([50, 150, 450]);
    expect(gridLines({ scale, ticks: [], niceTicks: [0, 50, 100] })).toEqual([50, 250, 450]);
  });

  it('draws nothing for a value the scale cannot place, or without an axis', () => {
    expect(gridLines({ scale, ticks: [10, 'x'] })).toEqual([90]);
    expect(gridLines(undefined)).toEqual([]);
    expect(gridLines({ ticks: [1] })).toEqual([]);
  });
});
