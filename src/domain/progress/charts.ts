// Everything the certification screen draws, computed from one pass over the sessions (or over
// the per-day cells the repository keeps, which give the same charts).
import { completionSeries, courseProgress, moduleProgressFromIndex } from './completion';
import type { CompletionOptions, CompletionPoint, CourseProgress, ModuleProgress } from './completion';
import { burnUpFromIndex } from './burn-up';
import type { BurnUp } from './burn-up';
import { bannerFromIndex, weeklyHoursNeeded } from './forecast';
import type { StatusBanner, TargetPlan } from './forecast';
import { heatmapFromIndex } from './heatmap';
import type { Heatmap } from './heatmap';
import { streaksFromIndex } from './streaks';
import type { Streaks } from './streaks';
import { buildStudyIndex } from './study-index';
import { hoursPerWeekFromIndex, paceFromIndex } from './weekly-hours';
import type { Pace, WeekHours } from './weekly-hours';
import type { StudyMinutes } from './study-cells';
import type { Certification, IsoDate } from './types';

export interface ProgressCharts {
  completion: CompletionPoint[];
  weeks: WeekHours[];
  pace: Pace;
  plan: TargetPlan;
  banner: StatusBanner;
  burnUp: BurnUp;
  streaks: Streaks;
  heatmap: Heatmap;
  modules: ModuleProgress[];
  courses: CourseProgress[];
}

export function progressCharts(
  cert: Certification,
  sessions: readonly StudyMinutes[],
  today: IsoDate,
  options: CompletionOptions = {},
): ProgressCharts {
  const index = buildStudyIndex(sessions, today, cert.id);
  return {
    completion: completionSeries(cert, today, options),
    weeks: hoursPerWeekFromIndex(index, options.from),
    pace: paceFromIndex(index, cert.startDate),
    plan: weeklyHoursNeeded(cert, today),
    banner: bannerFromIndex(cert, index, today),
    burnUp: burnUpFromIndex(cert, index, today, options),
    streaks: streaksFromIndex(index),
    heatmap: heatmapFromIndex(index),
    modules: moduleProgressFromIndex(cert, index),
    courses: courseProgress(cert),
  };
}

/** Per-module rows with minutes logged, without building the other charts. */
export function moduleProgress(cert: Certification, sessions: readonly StudyMinutes[], today: IsoDate): ModuleProgress[] {
  return moduleProgressFromIndex(cert, buildStudyIndex(sessions, today, cert.id));
}
