// Completion over time and per module. History is known only through completedOn, so the
// series counts finished modules; partial credit (percent) is known only for today and is
// reported by earnedHours/remainingHours, which the forecast uses.
import { dayNumber, fromDayNumber, isoWeekday } from './day-math';
import type { StudyIndex } from './study-index';
import type { Certification, IsoDate, Module, ModuleStatus } from './types';

export interface CompletionPoint {
  date: IsoDate;
  modulesDone: number;
  hoursDone: number;
  percentByModules: number;
  percentByHours: number;
}

export interface CompletionOptions {
  /** First day of the series; defaults to startDate, else the earliest of createdAt and module dates. */
  from?: IsoDate;
  /**
   * 'week' keeps each Sunday (and today): one point a week. 'auto' (the default) is daily for
   * up to AUTO_DAILY_LIMIT days and weekly beyond, so a five-year history is ~260 points, not 1,800.
   */
  step?: 'day' | 'week' | 'auto';
}

export const AUTO_DAILY_LIMIT = 400;

export function totalHours(cert: Certification): number {
  return cert.modules.reduce((sum, m) => sum + m.estimatedHours, 0);
}

/** Hours of estimated work already done, counting partial progress. */
export function earnedHours(cert: Certification): number {
  return cert.modules.reduce((sum, m) => sum + (m.estimatedHours * m.percent) / 100, 0);
}

/** Sum of estimatedHours * (1 - percent/100). */
export function remainingHours(cert: Certification): number {
  return cert.modules.reduce((sum, m) => sum + (m.estimatedHours * (100 - m.percent)) / 100, 0);
}

/** A certification's hours in three numbers: all a plan, a forecast or a progress bar needs of its modules. */
export interface HoursSummary {
  moduleCount: number;
  totalHours: number;
  earnedHours: number;
  remainingHours: number;
}

export function hoursSummary(cert: Certification): HoursSummary {
  return { moduleCount: cert.modules.length, totalHours: totalHours(cert), earnedHours: earnedHours(cert), remainingHours: remainingHours(cert) };
}

/** A certification without its modules, with their hours summed (what the dashboard reads). */
export type CertificationSummary = Omit<Certification, 'modules'> & HoursSummary;

/** The hours left, from the modules or from a summary of them. */
export function hoursLeft(cert: Certification | CertificationSummary): number {
  return 'modules' in cert ? remainingHours(cert) : cert.remainingHours;
}

export function seriesStart(cert: Certification, today: IsoDate): IsoDate {
  if (cert.startDate) return cert.startDate < today ? cert.startDate : today;
  let start = cert.createdAt < today ? cert.createdAt : today;
  for (const m of cert.modules) {
    if (m.startedOn && m.startedOn < start) start = m.startedOn;
    if (m.completedOn && m.completedOn < start) start = m.completedOn;
  }
  return start;
}

/**
 * One point per day (or week, see CompletionOptions.step) from the start to today. A done module without completedOn (for example
 * imported from markdown) counts from the first day; completions after today are ignored.
 * percentByHours falls back to percentByModules when no module has an estimate.
 */
export function completionSeries(cert: Certification, today: IsoDate, options: CompletionOptions = {}): CompletionPoint[] {
  const first = dayNumber(options.from ?? seriesStart(cert, today));
  const last = dayNumber(today);
  if (first > last) return [];
  const doneOn = new Map<number, { count: number; hours: number }>();
  for (const m of cert.modules) {
    if (m.status !== 'done') continue;
    const day = m.completedOn ? Math.max(first, dayNumber(m.completedOn)) : first;
    if (day > last) continue;
    const entry = doneOn.get(day) ?? { count: 0, hours: 0 };
    entry.count += 1;
    entry.hours += m.estimatedHours;
    doneOn.set(day, entry);
  }
  const weekly = options.step === 'week' || (options.step !== 'day' && last - first + 1 > AUTO_DAILY_LIMIT);
  const moduleCount = cert.modules.length;
  const scope = totalHours(cert);
  const out: CompletionPoint[] = [];
  let modulesDone = 0;
  let hoursDone = 0;
  for (let day = first; day <= last; day++) {
    const entry = doneOn.get(day);
    if (entry) {
      modulesDone += entry.count;
      hoursDone += entry.hours;
    }
    if (weekly && isoWeekday(day) !== 6 && day !== last) continue;
    const percentByModules = moduleCount === 0 ? 0 : (modulesDone / moduleCount) * 100;
    out.push({
      date: fromDayNumber(day),
      modulesDone,
      hoursDone,
      percentByModules,
      percentByHours: scope === 0 ? percentByModules : (hoursDone / scope) * 100,
    });
  }
  return out;
}

export interface ModuleProgress {
  moduleId: string;
  title: string;
  course?: string;
  status: ModuleStatus;
  percent: number;
  estimatedHours: number;
  earnedHours: number;
  remainingHours: number;
  /** Minutes logged against the module in study sessions. */
  minutesLogged: number;
  startedOn?: IsoDate;
  completedOn?: IsoDate;
}

export function moduleProgressFromIndex(cert: Certification, index: StudyIndex): ModuleProgress[] {
  return cert.modules.map((m) => {
    const row: ModuleProgress = {
      moduleId: m.id,
      title: m.title,
      status: m.status,
      percent: m.percent,
      estimatedHours: m.estimatedHours,
      earnedHours: (m.estimatedHours * m.percent) / 100,
      remainingHours: (m.estimatedHours * (100 - m.percent)) / 100,
      minutesLogged: index.minutesByModule.get(m.id) ?? 0,
    };
    if (m.course) row.course = m.course;
    if (m.startedOn) row.startedOn = m.startedOn;
    if (m.completedOn) row.completedOn = m.completedOn;
    return row;
  });
}

export interface CourseProgress {
  /** '' for modules without a course. */
  course: string;
  modules: number;
  modulesDone: number;
  estimatedHours: number;
  earnedHours: number;
  /** Earned hours over estimated hours, 0-100 (by modules when the course has no estimate). */
  percent: number;
}

/** Course groups in the order they first appear. */
export function courseProgress(cert: Certification): CourseProgress[] {
  const groups = new Map<string, Module[]>();
  for (const m of cert.modules) {
    const key = m.course ?? '';
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups].map(([course, modules]) => {
    const estimated = modules.reduce((s, m) => s + m.estimatedHours, 0);
    const earned = modules.reduce((s, m) => s + (m.estimatedHours * m.percent) / 100, 0);
    const done = modules.filter((m) => m.status === 'done').length;
    const meanPercent = modules.reduce((s, m) => s + m.percent, 0) / modules.length;
    return {
      course,
      modules: modules.length,
      modulesDone: done,
      estimatedHours: estimated,
      earnedHours: earned,
      percent: estimated === 0 ? meanPercent : (earned / estimated) * 100,
    };
  });
}
