// Burn-up chart data: finished hours so far, the scope line, forecast lines and date markers.
import { completionSeries, earnedHours, remainingHours, totalHours } from './completion';
import type { CompletionOptions } from './completion';
import { forecastFromPace, weeklyHoursNeeded } from './forecast';
import type { Forecast } from './forecast';
import { buildStudyIndex } from './study-index';
import type { StudyIndex } from './study-index';
import { paceFromIndex } from './weekly-hours';
import type { Certification, IsoDate, StudySession } from './types';

export interface ChartPoint {
  date: IsoDate;
  hours: number;
}

export interface DateMarker {
  date: IsoDate;
  kind: 'target' | 'exam';
  label: string;
}

export interface BurnUp {
  scopeHours: number;
  /** Hours of finished modules per day (see completionSeries). */
  actual: ChartPoint[];
  /** Today's earned hours including partial progress: where the forecast lines start. */
  earnedHours: number;
  /** Two-point lines from (today, earned) to (finish date, scope); null without a pace. */
  forecast: { expected: ChartPoint[]; optimistic: ChartPoint[]; pessimistic: ChartPoint[] } | null;
  forecastDetail: Forecast;
  /**
   * The pace needed to finish by the target (else exam) date: from (today, earned) to (that day,
   * scope), with its hours a week; null without a date ahead or with nothing left.
   */
  needed: { line: ChartPoint[]; hoursPerWeek: number } | null;
  markers: DateMarker[];
}

export function burnUpData(
  cert: Certification,
  sessions: readonly StudySession[],
  today: IsoDate,
  options: CompletionOptions = {},
): BurnUp {
  return burnUpFromIndex(cert, buildStudyIndex(sessions, today, cert.id), today, options);
}

export function burnUpFromIndex(cert: Certification, index: StudyIndex, today: IsoDate, options: CompletionOptions = {}): BurnUp {
  const scope = totalHours(cert);
  const earned = earnedHours(cert);
  const detail = forecastFromPace(remainingHours(cert), paceFromIndex(index, cert.startDate), today);
  const plan = weeklyHoursNeeded(cert, today);
  const line = (end: IsoDate | null): ChartPoint[] =>
    end === null ? [] : [{ date: today, hours: earned }, { date: end, hours: scope }];
  const markers: DateMarker[] = [];
  if (cert.targetDate) markers.push({ date: cert.targetDate, kind: 'target', label: 'Target' });
  if (cert.examDate) markers.push({ date: cert.examDate, kind: 'exam', label: 'Exam' });
  return {
    scopeHours: scope,
    actual: completionSeries(cert, today, options).map((p) => ({ date: p.date, hours: p.hoursDone })),
    earnedHours: earned,
    forecast:
      detail.status === 'forecast'
        ? { expected: line(detail.expected), optimistic: line(detail.optimistic), pessimistic: line(detail.pessimistic) }
        : null,
    forecastDetail: detail,
    needed: plan.targetDate && plan.hoursPerWeek !== null && plan.hoursPerWeek > 0 ? { line: line(plan.targetDate), hoursPerWeek: plan.hoursPerWeek } : null,
    markers,
  };
}
