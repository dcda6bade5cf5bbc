import { describe, expect, it } from 'vitest';
import { calendarHeatmap } from '../../../../src/domain/progress';
import type { BurnUp, ModuleProgress, WeekHours } from '../../../../src/domain/progress';
import { HEAT_LEFT, HEAT_TOP, burnUpChart, clipLine, stepChanges, dayIndex, evenTicks, heatRectAt, heatTitle, heatmapLayout, moduleBars, weekBars } from '../../../../src/features/certifications/chart-data';

describe('dayIndex', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017], // date -u -d 2000-03-01 +%s / 86400
    ['2026-11-26', 20783], // date -u -d 2026-11-26 +%s / 86400
  ])('%s -> %i', (date, expected) => {
    expect(dayIndex(date)).toBe(expected);
  });
});

describe('burn-up series', () => {
  it.each([
    { line: [{ x: 0, hours: 10 }, { x: 100, hours: 60 }], max: 50, expected: [{ x: 0, hours: 10 }, { x: 50, hours: 35 }] },
    { line: [{ x: 0, hours: 10 }, { x: 40, hours: 60 }], max: 50, expected: [{ x: 0, hours: 10 }, { x: 40, hours: 60 }] },
    { line: [{ x: 60, hours: 10 }, { x: 100, hours: 60 }], max: 50, expected: [] },
  ])('clips a forecast line at the axis end', ({ line, max, expected }) => {
    expect(clipLine(line, max)).toEqual(expected);
  });

  it('keeps only the points where a step line changes, and its ends', () => {
    const daily = [0, 0, 0, 4, 4, 4, 4, 10, 10, 10].map((hours, x) => ({ x, hours }));
    expect(stepChanges(daily)).toEqual([{ x: 0, hours: 0 }, { x: 3, hours: 4 }, { x: 7, hours: 10 }, { x: 9, hours: 10 }]);
    expect(stepChanges([{ x: 5, hours: 1 }])).toEqual([{ x: 5, hours: 1 }]);
    expect(stepChanges([])).toEqual([]);
  });

  it('spreads ticks evenly and ends on the last day', () => {
    expect(evenTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(evenTicks(5, 5)).toEqual([5]);
  });

  it('puts markers and forecast ends inside the domain, clipping only the pessimistic line', () => {
    const burnUp: BurnUp = {
      scopeHours: 40,
      actual: [
        { date: '2026-11-01', hours: 0 },
        { date: '2026-11-26', hours: 10 },
      ],
      earnedHours: 12,
      forecast: {
        expected: [{ date: '2026-11-26', hours: 12 }, { date: '2027-01-25', hours: 40 }],
        optimistic: [{ date: '2026-11-26', hours: 12 }, { date: '2027-01-05', hours: 40 }],
        pessimistic: [{ date: '2026-11-26', hours: 12 }, { date: '2028-01-01', hours: 40 }],
      },
      forecastDetail: { status: 'forecast', remainingHours: 28, paceHoursPerWeek: 3, expected: '2027-01-25', optimistic: '2027-01-05', pessimistic: '2028-01-01', reason: null },
      needed: null,
      markers: [{ date: '2027-02-01', kind: 'target', label: 'Target' }],
    };
    const chart = burnUpChart(burnUp, '2026-11-26');
    const [min, max] = chart.domain;
    expect(min).toBe(dayIndex('2026-11-01'));
    // the target (Feb 1) is the last thing to show; 92 days of span, padded by max(3, round(92 * 0.03)) = 3
    expect(max).toBe(dayIndex('2027-02-01') + 3);
    expect(chart.expected.at(-1)).toEqual({ x: dayIndex('2027-01-25'), hours: 40 });
    expect(chart.pessimistic.at(-1)!.x).toBe(max);
    expect(chart.markers).toEqual([{ x: dayIndex('2027-02-01'), label: 'Target', kind: 'target', side: 'left' }]);
    expect(chart.tickFormat).toBe('d MMM');
  });
});

describe('burn-up range and needed pace', () => {
  const long: BurnUp = {
    scopeHours: 100,
    // A year of history: 10 h done by 2026-03-01, 40 h by 2026-10-01, 50 h today.
    actual: [
      { date: '2025-11-26', hours: 0 },
      { date: '2026-03-01', hours: 10 },
      { date: '2026-10-01', hours: 40 },
      { date: '2026-11-26', hours: 50 },
    ],
    earnedHours: 50,
    forecast: null,
    forecastDetail: { status: 'no-pace', remainingHours: 50, paceHoursPerWeek: 0, expected: null, optimistic: null, pessimistic: null, reason: 'x' },
    needed: { line: [{ date: '2026-11-26', hours: 50 }, { date: '2027-01-21', hours: 100 }], hoursPerWeek: 6.25 },
    markers: [{ date: '2027-01-21', kind: 'target', label: 'Target' }],
  };

  it('shows the last three months by default, starting the done line at the edge with the value it had there', () => {
    const chart = burnUpChart(long, '2026-11-26');
    const edge = dayIndex('2026-11-26') - 91;
    expect(chart.domain[0]).toBe(edge);
    expect(chart.zoomable).toBe(true);
    expect(chart.actual).toEqual([
      { x: edge, hours: 10 },
      { x: dayIndex('2026-10-01'), hours: 40 },
      { x: dayIndex('2026-11-26'), hours: 50 },
    ]);
  });

  it('shows everything when asked', () => {
    const chart = burnUpChart(long, '2026-11-26', 'all');
    expect(chart.domain[0]).toBe(dayIndex('2025-11-26'));
    expect(chart.actual).toHaveLength(4);
  });

  it('draws the pace needed for the target from today to the target day', () => {
    const chart = burnUpChart(long, '2026-11-26');
    expect(chart.needed).toEqual([{ x: dayIndex('2026-11-26'), hours: 50 }, { x: dayIndex('2027-01-21'), hours: 100 }]);
    expect(chart.neededHoursPerWeek).toBe(6.25);
  });

  it('a short history is not zoomable', () => {
    expect(burnUpChart({ ...long, actual: long.actual.slice(-2) }, '2026-11-26').zoomable).toBe(false);
  });
});

describe('bars', () => {
  const weeks: WeekHours[] = Array.from({ length: 30 }, (_, i) => ({ week: `W${i}`, weekStart: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, minutes: i * 6, hours: i / 10 }));
  it('keeps the last 26 weeks unless asked for all, rounded to 0.1 h', () => {
    expect(weekBars(weeks)).toHaveLength(26);
    expect(weekBars(weeks)[0]).toMatchObject({ week: 'W4', hours: 0.4 });
    expect(weekBars(weeks, null)).toHaveLength(30);
  });

  const row = (id: string, minutesLogged: number, percent: number): ModuleProgress => ({
    moduleId: id,
    title: id,
    status: 'in-progress',
    percent,
    estimatedHours: 2,
    earnedHours: 0,
    remainingHours: 0,
    minutesLogged,
  });
  it('ranks modules by time logged, then progress, then checklist order', () => {
    const bars = moduleBars([row('a', 0, 0), row('b', 90, 10), row('c', 0, 50), row('d', 90, 60), row('e', 0, 0)], 4);
    expect(bars.map((b) => b.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(bars[0]).toMatchObject({ hoursLogged: 1.5, percent: 60 });
  });
});

describe('heatmapLayout', () => {
  // 2026-11-26 is a Thursday; the last 14 days start on Friday 2026-11-13.
  const heat = calendarHeatmap([{ id: 's', date: '2026-11-24', certificationId: 'c', moduleId: 'm', minutes: 45, note: '' }], '2026-11-26', 14);
  const layout = heatmapLayout(heat, 10, 2);

  it('lays out a Monday-first grid with spaced month labels', () => {
    expect(layout.rects).toHaveLength(14);
    expect(layout.rects[0]).toEqual({ x: HEAT_LEFT, y: HEAT_TOP + 4 * 12, level: 0, date: '2026-11-13', minutes: 0 });
    const tuesday = layout.rects.find((r) => r.date === '2026-11-24');
    expect(tuesday).toEqual({ x: HEAT_LEFT + 2 * 12, y: HEAT_TOP + 12, level: 2, date: '2026-11-24', minutes: 45 });
    expect(layout.width).toBe(HEAT_LEFT + 3 * 12);
    expect(layout.months).toEqual([{ x: HEAT_LEFT, label: 'Nov' }]);
  });

  it('says in the tooltip which day it is and how long was studied', () => {
    expect(heatTitle(layout.rects[0]!)).toBe('Fri 13 Nov 2026: no study');
    expect(heatTitle({ date: '2026-11-24', minutes: 45 })).toBe('Tue 24 Nov 2026: 45 min');
    expect(heatTitle({ date: '2026-11-24', minutes: 90 })).toBe('Tue 24 Nov 2026: 1.5 h');
  });

  it('draws one path per level with a closed square per day, each starting on its top edge', () => {
    expect(layout.paths).toHaveLength(5);
    const squares = (d: string) => d.match(/M[^M]*z/g) ?? [];
    expect(squares(layout.paths[0]!)).toHaveLength(13);
    expect(squares(layout.paths[2]!)).toHaveLength(1);
    expect(layout.paths[1]).toBe('');
    // Tuesday 24 Nov: column 2, row 1; the corner radius (2) moves the start right along the top edge.
    expect(layout.paths[2]!.startsWith(`M${HEAT_LEFT + 2 * 12 + 2} ${HEAT_TOP + 12}h6a2 2 0 0 1 2 2v6`)).toBe(true);
  });

  it('finds the day under a point, and nothing over a gap or outside the grid', () => {
    const at = (x: number, y: number) => {
      const i = heatRectAt(layout, x, y);
      return i === null ? null : layout.rects[i]!.date;
    };
    expect(at(HEAT_LEFT + 2 * 12 + 5, HEAT_TOP + 12 + 5)).toBe('2026-11-24');
    expect(at(HEAT_LEFT + 1, HEAT_TOP + 4 * 12 + 1)).toBe('2026-11-13');
    expect(at(HEAT_LEFT + 2 * 12 + 11, HEAT_TOP + 12 + 5)).toBeNull(); // the 2-pixel gap after a cell
    expect(at(HEAT_LEFT - 5, HEAT_TOP + 5)).toBeNull(); // the weekday labels
    expect(at(HEAT_LEFT + 5, HEAT_TOP + 5)).toBeNull(); // Monday 9 Nov is before the 14 days
    expect(at(HEAT_LEFT + 2 * 12 + 5, HEAT_TOP + 7 * 12 + 5)).toBeNull(); // below Sunday
  });
});
