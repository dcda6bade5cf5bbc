import { describe, expect, it } from 'vitest';
import { calendarHeatmap, heatLevel } from '../../../../src/domain/progress';
import { session } from './builders';

describe('heatLevel', () => {
  it.each([
    [0, 0],
    [1, 1],
    [29, 1],
    [30, 2],
    [59, 2],
    [60, 3],
    [119, 3],
    [120, 4],
    [600, 4],
  ])('%i min -> level %i', (minutes, level) => {
    expect(heatLevel(minutes)).toBe(level);
  });
});

describe('calendarHeatmap', () => {
  // today 2026-06-15 is a Monday; 364 days earlier, 2025-06-16, is also a Monday (Python).
  const map = calendarHeatmap([session('2026-06-14', 20), session('2026-06-14', 25), session('2025-06-15', 500)], '2026-06-15');

  it('has 365 cells in 53 Monday-first columns', () => {
    expect(map.cells).toHaveLength(365);
    expect(map.weeks).toBe(53); // day index 364 -> column floor(364 / 7) = 52
    expect(map.cells[0]).toEqual({ date: '2025-06-16', minutes: 0, weekday: 0, week: 0, level: 0 });
    expect(map.cells[364]).toEqual({ date: '2026-06-15', minutes: 0, weekday: 0, week: 52, level: 0 });
  });

  it('sums a day: 20 + 25 = 45 min -> level 2, Sunday row 6, column floor(363 / 7) = 51', () => {
    expect(map.cells[363]).toEqual({ date: '2026-06-14', minutes: 45, weekday: 6, week: 51, level: 2 });
    expect(map.maxMinutes).toBe(45);
    expect(map.totalMinutes).toBe(45); // 2025-06-15 is one day before the window
  });

  it('labels 13 months, July starting in column floor(15 / 7) = 2', () => {
    expect(map.months).toHaveLength(13);
    expect(map.months.slice(0, 2)).toEqual([{ week: 0, label: 'Jun' }, { week: 2, label: 'Jul' }]);
  });

  it('a window starting mid-week is offset: 7 days from Tue 2026-02-24 to Mon 2026-03-02', () => {
    const small = calendarHeatmap([], '2026-03-02', 7);
    expect(small.cells.map((c) => [c.weekday, c.week])).toEqual([[1, 0], [2, 0], [3, 0], [4, 0], [5, 0], [6, 0], [0, 1]]);
    expect(small.weeks).toBe(2);
  });
});
