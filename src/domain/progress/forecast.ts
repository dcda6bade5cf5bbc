// Forecast, required pace and the status banner. Every function takes `today`; none reads the clock.
import { addDaysIso, dayNumber } from './day-math';
import { hoursLeft } from './completion';
import type { CertificationSummary } from './completion';
import { buildStudyIndex, hoursPhrase } from './study-index';
import type { StudyIndex } from './study-index';
import { paceFromIndex } from './weekly-hours';
import type { Pace } from './weekly-hours';
import type { StudyMinutes } from './study-cells';
import type { Certification, IsoDate } from './types';

export type ForecastStatus = 'done' | 'forecast' | 'no-pace';

export interface Forecast {
  status: ForecastStatus;
  remainingHours: number;
  paceHoursPerWeek: number;
  /** At the pace: the last four weeks, or the weeks since study began when fewer. */
  expected: IsoDate | null;
  /** At the fastest of the four weekly totals. */
  optimistic: IsoDate | null;
  /** At the slowest week that had any study (a week off is a break, not a pace). */
  pessimistic: IsoDate | null;
  /** Why there is no date, for the UI to show. */
  reason: string | null;
}

/** today + ceil(remaining / (hours a week) * 7) days. */
export function finishDate(today: IsoDate, remaining: number, hoursPerWeek: number): IsoDate {
  return addDaysIso(today, Math.ceil((remaining / hoursPerWeek) * 7));
}

/** `sessions`: study sessions, or per-day cells (see study-cells.ts); only date, module and minutes count. */
export function forecastCompletion(cert: Certification | CertificationSummary, sessions: readonly StudyMinutes[], today: IsoDate): Forecast {
  const index = buildStudyIndex(sessions, today, cert.id);
  return forecastFromPace(hoursLeft(cert), paceFromIndex(index, cert.startDate), today);
}

export function forecastFromPace(remaining: number, pace: Pace, today: IsoDate): Forecast {
  const base = { remainingHours: remaining, paceHoursPerWeek: pace.hoursPerWeek };
  if (remaining <= 0) return { ...base, status: 'done', expected: today, optimistic: today, pessimistic: today, reason: null };
  if (pace.hoursPerWeek <= 0 || pace.slowestActiveWeekHours === null) {
    return {
      ...base,
      status: 'no-pace',
      expected: null,
      optimistic: null,
      pessimistic: null,
      reason: `No study logged ${pace.days >= 28 ? 'in the last four weeks' : 'since the start'} (${pace.windowStart} to ${pace.windowEnd}), so there is no pace to forecast from.`,
    };
  }
  return {
    ...base,
    status: 'forecast',
    expected: finishDate(today, remaining, pace.hoursPerWeek),
    optimistic: finishDate(today, remaining, pace.maxWeekHours),
    pessimistic: finishDate(today, remaining, pace.slowestActiveWeekHours),
    reason: null,
  };
}

export interface TargetPlan {
  /** targetDate, else examDate. */
  targetDate: IsoDate | null;
  remainingHours: number;
  /** Study days left: today up to the day before the target. */
  daysLeft: number;
  hoursPerWeek: number | null;
  reason: 'no-target' | 'target-passed' | null;
}

/** Hours a week needed to finish the remaining estimate before the target day. */
export function weeklyHoursNeeded(cert: Certification | CertificationSummary, today: IsoDate): TargetPlan {
  const remaining = hoursLeft(cert);
  const target = cert.targetDate ?? cert.examDate ?? null;
  if (target === null) return { targetDate: null, remainingHours: remaining, daysLeft: 0, hoursPerWeek: null, reason: 'no-target' };
  const daysLeft = Math.max(0, dayNumber(target) - dayNumber(today));
  if (remaining <= 0) return { targetDate: target, remainingHours: 0, daysLeft, hoursPerWeek: 0, reason: null };
  if (daysLeft === 0) return { targetDate: target, remainingHours: remaining, daysLeft, hoursPerWeek: null, reason: 'target-passed' };
  return { targetDate: target, remainingHours: remaining, daysLeft, hoursPerWeek: (remaining / daysLeft) * 7, reason: null };
}

export type BannerKind = 'done' | 'on-track' | 'behind' | 'no-target' | 'target-passed';

export interface StatusBanner {
  kind: BannerKind;
  message: string;
  neededHoursPerWeek: number | null;
  paceHoursPerWeek: number;
  /** needed - pace when behind, else 0. */
  shortfallHoursPerWeek: number;
}

/** Behind when the pace is short of the needed pace by at least 0.05 h (0.1 h once rounded). */
export function statusBanner(cert: Certification | CertificationSummary, sessions: readonly StudyMinutes[], today: IsoDate): StatusBanner {
  return bannerFromIndex(cert, buildStudyIndex(sessions, today, cert.id), today);
}

export function bannerFromIndex(cert: Certification | CertificationSummary, index: StudyIndex, today: IsoDate): StatusBanner {
  const pace = paceFromIndex(index, cert.startDate).hoursPerWeek;
  const plan = weeklyHoursNeeded(cert, today);
  const base = { neededHoursPerWeek: plan.hoursPerWeek, paceHoursPerWeek: pace, shortfallHoursPerWeek: 0 };
  if (plan.remainingHours <= 0) return { ...base, kind: 'done', message: 'All modules are done.' };
  if (plan.reason === 'no-target') return { ...base, kind: 'no-target', message: 'Set a target or exam date to see whether you are on track.' };
  if (plan.reason === 'target-passed') {
    return { ...base, kind: 'target-passed', message: `The target date ${plan.targetDate} has passed with ${hoursPhrase(plan.remainingHours)} left.` };
  }
  const needed = plan.hoursPerWeek ?? 0;
  const shortfall = needed - pace;
  if (shortfall < 0.05) return { ...base, kind: 'on-track', message: 'On track.' };
  return { ...base, kind: 'behind', shortfallHoursPerWeek: shortfall, message: `Behind by ${hoursPhrase(shortfall)} a week.` };
}
