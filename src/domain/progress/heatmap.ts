// Calendar heatmap: one cell per day for the last `days` days, laid out in Monday-first columns.
import { fromDayNumber, isoWeekday } from './day-math';
import { buildStudyIndex } from './study-index';
import type { StudyIndex } from './study-index';
import type { IsoDate, StudySession } from './types';

export interface HeatmapCell {
  date: IsoDate;
  minutes: number;
  /** Row: 0 = Monday ... 6 = Sunday. */
  weekday: number;
  /** Column: 0 = the week holding the first day. */
  week: number;
  /** 0 none, 1 under 30 min, 2 under 60, 3 under 120, 4 two hours or more. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface Heatmap {
  cells: HeatmapCell[];
  weeks: number;
  maxMinutes: number;
  totalMinutes: number;
  /** Column where each month first appears, e.g. { week: 4, label: 'Feb' }. */
  months: { week: number; label: string }[];
}

// English short names, as date-fns format(d, 'MMM') gives with its default locale.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function heatLevel(minutes: number): HeatmapCell['level'] {
  if (minutes <= 0) return 0;
  if (minutes < 30) return 1;
  if (minutes < 60) return 2;
  if (minutes < 120) return 3;
  return 4;
}

export function calendarHeatmap(sessions: readonly StudySession[], today: IsoDate, days = 365, certificationId?: string): Heatmap {
  return heatmapFromIndex(buildStudyIndex(sessions, today, certificationId), days);
}

export function heatmapFromIndex(index: StudyIndex, days = 365): Heatmap {
  const first = index.today - days + 1;
  const offset = isoWeekday(first);
  const cells: HeatmapCell[] = [];
  const months: Heatmap['months'] = [];
  let maxMinutes = 0;
  let totalMinutes = 0;
  let lastMonth = '';
  for (let day = first; day <= index.today; day++) {
    const date = fromDayNumber(day);
    const minutes = index.minutesByDay.get(day) ?? 0;
    const week = Math.floor((day - first + offset) / 7);
    cells.push({ date, minutes, weekday: isoWeekday(day), week, level: heatLevel(minutes) });
    maxMinutes = Math.max(maxMinutes, minutes);
    totalMinutes += minutes;
    const month = date.slice(0, 7);
    if (month !== lastMonth) {
      months.push({ week, label: MONTHS[Number(date.slice(5, 7)) - 1]! });
      lastMonth = month;
    }
  }
  const weeks = cells.length === 0 ? 0 : cells[cells.length - 1]!.week + 1;
  return { cells, weeks, maxMinutes, totalMinutes, months };
}
