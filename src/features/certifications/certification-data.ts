// What the certification screens show, computed: list summaries, course groups for the checklist,
// keyboard moves, the forecast sentence and file import/export. Components only lay these out.
import { format } from 'date-fns';
import {
  certificationFromJson,
  certificationFromMarkdown,
  certificationToJson,
  certificationToMarkdown,
  earnedHours,
  formatHours,
  totalHours,
} from '../../domain/progress';
import type { Certification, Forecast, IsoDate, Module, TargetPlan } from '../../domain/progress';

export interface CertificationSummary {
  id: string;
  name: string;
  provider: string;
  archived: boolean;
  /** Earned over estimated hours, 0-100 (by modules when nothing has an estimate). */
  percent: number;
  modulesDone: number;
  moduleCount: number;
  targetDate?: IsoDate;
  examDate?: IsoDate;
}

export function summarize(cert: Certification): CertificationSummary {
  const total = totalHours(cert);
  const done = cert.modules.filter((m) => m.status === 'done').length;
  const byModules = cert.modules.length === 0 ? 0 : (done / cert.modules.length) * 100;
  const summary: CertificationSummary = {
    id: cert.id,
    name: cert.name,
    provider: cert.provider,
    archived: cert.archived,
    percent: Math.round(total === 0 ? byModules : (earnedHours(cert) / total) * 100),
    modulesDone: done,
    moduleCount: cert.modules.length,
  };
  if (cert.targetDate) summary.targetDate = cert.targetDate;
  if (cert.examDate) summary.examDate = cert.examDate;
  return summary;
}

/** Active first (in the given order), archived apart. */
export function splitByArchived(certs: readonly Certification[]): { active: CertificationSummary[]; archived: CertificationSummary[] } {
  const all = certs.map(summarize);
  return { active: all.filter((c) => !c.archived), archived: all.filter((c) => c.archived) };
}

export interface ModuleGroup {
  /** '' for modules without a course. */
  course: string;
  modules: { module: Module; index: number }[];
  done: number;
}

/** Courses in the order they first appear; each module keeps its index in the certification. */
export function groupByCourse(modules: readonly Module[]): ModuleGroup[] {
  const groups = new Map<string, ModuleGroup>();
  modules.forEach((module, index) => {
    const key = module.course ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { course: key, modules: [], done: 0 };
      groups.set(key, group);
    }
    group.modules.push({ module, index });
    if (module.status === 'done') group.done += 1;
  });
  return [...groups.values()];
}

/** Module ids in the order the grouped checklist shows them (arrow keys walk this list). */
export function displayOrder(groups: readonly ModuleGroup[]): string[] {
  return groups.flatMap((g) => g.modules.map((m) => m.module.id));
}

/**
 * Where a module moves to when it goes one place up or down inside its course: the index of its
 * neighbour in the same group, or null at the edge of the group.
 */
export function moveTarget(groups: readonly ModuleGroup[], moduleId: string, direction: -1 | 1): { from: number; to: number } | null {
  for (const group of groups) {
    const at = group.modules.findIndex((m) => m.module.id === moduleId);
    if (at < 0) continue;
    const neighbour = group.modules[at + direction];
    return neighbour ? { from: group.modules[at]!.index, to: neighbour.index } : null;
  }
  return null;
}

/** +/- keys step the percent by 10, to the next multiple of 10, within 0-100. */
export function stepPercent(percent: number, direction: -1 | 1): number {
  const next = direction > 0 ? Math.floor(percent / 10) * 10 + 10 : Math.ceil(percent / 10) * 10 - 10;
  return Math.max(0, Math.min(100, next));
}

export function formatDay(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return format(new Date(y!, m! - 1, d!), 'd MMM yyyy');
}

/** The sentence under the burn-up chart. */
export function forecastText(forecast: Forecast, plan: TargetPlan): string {
  if (forecast.status === 'done') return 'Every module is done.';
  if (forecast.status === 'no-pace') return `${formatHours(forecast.remainingHours)} h left. Log a study session to see a forecast.`;
  const range =
    forecast.optimistic && forecast.pessimistic && forecast.optimistic !== forecast.pessimistic
      ? ` (between ${formatDay(forecast.optimistic)} and ${formatDay(forecast.pessimistic)})`
      : '';
  const against = plan.targetDate ? `; target ${formatDay(plan.targetDate)}` : '';
  return `At ${formatHours(forecast.paceHoursPerWeek)} h a week, ${formatHours(forecast.remainingHours)} h left: expected finish ${formatDay(forecast.expected!)}${range}${against}.`;
}

/**
 * Why the burn-up's "Done" and the logged hours differ, with both figures: Done counts estimates
 * of finished work, the pace and the weekly chart count the time logged.
 */
export function doneVersusLogged(doneHours: number, loggedMinutes: number): string {
  return (
    `Done (${formatHours(doneHours)} h) counts the estimated hours of finished modules and the done share of started ones; ` +
    `the pace and the hours per week count the ${formatHours(loggedMinutes / 60)} h of study you logged. ` +
    'They differ when a module takes longer or shorter than its estimate.'
  );
}

export type FileResult = { ok: true; certification: Certification } | { ok: false; message: string };

/** A picked file as a certification: .json (the export format or a bare object) or markdown. */
export function parseCertificationFile(name: string, text: string, today: IsoDate): FileResult {
  const lower = name.toLowerCase();
  const isJson = lower.endsWith('.json') || (!/\.(md|markdown|txt)$/.test(lower) && text.trimStart().startsWith('{'));
  const result = isJson ? certificationFromJson(text, { today }) : certificationFromMarkdown(text, { today });
  if (result.ok) return { ok: true, certification: result.value };
  const problems = Object.entries(result.errors)
    .slice(0, 3)
    .map(([field, message]) => (field === '_' || field === 'format' || field === 'version' || field === 'name' ? message : `${field}: ${message}`));
  return { ok: false, message: `${name} could not be imported. ${problems.join(' ')}` };
}

export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'certification';
}

export function exportFile(cert: Certification, kind: 'json' | 'markdown'): { name: string; mimeType: string; data: string } {
  return kind === 'json'
    ? { name: `${fileSlug(cert.name)}.json`, mimeType: 'application/json', data: certificationToJson(cert) }
    : { name: `${fileSlug(cert.name)}.md`, mimeType: 'text/markdown', data: certificationToMarkdown(cert) };
}
