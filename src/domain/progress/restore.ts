// The one door for stored or imported tracker data: fills defaults, migrates old field names,
// reconciles status with percent, and rejects garbage with field-level messages.
import { z } from 'zod';
import {
  idSchema,
  isRecord,
  migrateModuleFields,
  moduleFieldsSchema,
  optionalIsoDate,
  requiredText,
  sessionSchema,
  templateSchema,
  toFieldErrors,
} from './schemas';
import { isIsoDate } from './day-math';
import { examDomainsSchema, examPlanSettingsSchema } from '../plan/exam-plan-schema';
import type { Certification, CertificationTemplate, IsoDate, Module, Result, StudySession } from './types';

type ModuleFields = z.output<typeof moduleFieldsSchema>;

/**
 * Status wins over percent when they disagree ('done' means 100%), except that 100% always
 * means done and any progress means started. completedOn only survives on done modules.
 */
export function reconcileModule(fields: ModuleFields): Module {
  let status = fields.status;
  let percent = fields.percent ?? (status === 'done' ? 100 : 0);
  if (status === 'done') percent = 100;
  else if (percent === 100) status = 'done';
  else if (status === 'not-started' && percent > 0) status = 'in-progress';
  const module: Module = {
    id: fields.id,
    title: fields.title,
    estimatedHours: fields.estimatedHours,
    status,
    percent,
    notes: fields.notes,
  };
  if (fields.course) module.course = fields.course;
  if (fields.startedOn) module.startedOn = fields.startedOn;
  if (fields.completedOn && status === 'done') module.completedOn = fields.completedOn;
  return module;
}

export const moduleSchema = z
  .preprocess(migrateModuleFields, moduleFieldsSchema)
  .superRefine((m, ctx) => {
    if (m.startedOn && m.completedOn && m.completedOn < m.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'The completion date is before the start date.' });
    }
  })
  .transform(reconcileModule);

export const certificationDetailsShape = {
  name: requiredText('Name'),
  provider: z.preprocess((v) => v ?? '', z.string({ error: 'Provider must be text.' }).trim()),
  examDate: optionalIsoDate('Exam date'),
  targetDate: optionalIsoDate('Target date'),
  startDate: optionalIsoDate('Start date'),
};

interface DatedDetails {
  startDate?: IsoDate;
  targetDate?: IsoDate;
  examDate?: IsoDate;
}

export function checkDetailDates(details: DatedDetails, ctx: z.RefinementCtx): void {
  const { startDate, targetDate, examDate } = details;
  if (startDate && targetDate && targetDate < startDate) {
    ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'The target date is before the start date.' });
  }
  if (startDate && examDate && examDate < startDate) {
    ctx.addIssue({ code: 'custom', path: ['examDate'], message: 'The exam date is before the start date.' });
  }
}

const certificationFieldsShape = {
  id: idSchema,
  ...certificationDetailsShape,
  archived: z.preprocess((v) => v ?? false, z.boolean({ error: 'Archived must be true or false.' })),
  createdAt: optionalIsoDate('Created date').refine((v) => v !== undefined, { error: 'Created date is missing.' }),
  // Issue 23: absent on certifications from before the exam plan; a wrong-typed one is refused
  // with the field's message (plan.hoursPerWeek: Hours a week must be a number.).
  plan: z.preprocess((v) => (v === null ? undefined : v), examPlanSettingsSchema.optional()),
  domains: z.preprocess((v) => (v === null ? undefined : v), examDomainsSchema.optional()),
};

export const certificationSchema = z
  .object(
    {
      ...certificationFieldsShape,
      modules: z.preprocess((v) => v ?? [], z.array(moduleSchema, { error: 'Modules must be a list.' })),
    },
    { error: 'A certification must be an object.' },
  )
  .superRefine((cert, ctx) => {
    checkDetailDates(cert, ctx);
    const seen = new Set<string>();
    cert.modules.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['modules', i, 'id'], message: `Module id "${m.id}" is used twice.` });
      seen.add(m.id);
    });
  });

export interface RestoreOptions {
  /** Fills a missing createdAt (after startDate) on data from older versions. */
  today?: IsoDate;
}

/** The certification's own fields (its modules are left out: z.object drops unknown keys). */
const certificationFieldsSchema = z.object(certificationFieldsShape).superRefine((cert, ctx) => checkDetailDates(cert, ctx));

const MODULE_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'course', 'estimatedHours', 'status', 'percent', 'startedOn', 'completedOn', 'notes']);
const isTrimmedText = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.trim() === value;
const isOptionalDate = (value: unknown) => value === undefined || (typeof value === 'string' && isIsoDate(value));

/**
 * A stored module already in the exact form moduleSchema gives back (the form every save writes),
 * copied; null for anything else. Restoring a path's modules through zod costs ~50 µs each without
 * its JIT (which the CSP forbids), so the dashboard's 1,000 modules went through this check
 * instead; whatever fails it still goes through moduleSchema, which decides what is valid and says
 * what is wrong. A property test holds the two to the same answer.
 */
export function canonicalModule(raw: unknown): Module | null {
  if (!isRecord(raw)) return null;
  for (const key in raw) if (!MODULE_KEYS.has(key) || raw[key] === undefined) return null;
  const { id, title, course, estimatedHours, status, percent, startedOn, completedOn, notes } = raw;
  if (!isTrimmedText(id) || !isTrimmedText(title) || (course !== undefined && !isTrimmedText(course))) return null;
  if (typeof estimatedHours !== 'number' || !(estimatedHours >= 0 && estimatedHours <= 1000)) return null;
  if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100) || typeof notes !== 'string') return null;
  // Reconciled already: done exactly at 100%, and any progress means started.
  if (status !== 'not-started' && status !== 'in-progress' && status !== 'done') return null;
  if ((status === 'done') !== (percent === 100) || (status === 'not-started' && percent > 0)) return null;
  if (!isOptionalDate(startedOn) || !isOptionalDate(completedOn)) return null;
  if (completedOn !== undefined && (status !== 'done' || (startedOn !== undefined && (completedOn as string) < (startedOn as string)))) return null;
  return { ...raw } as unknown as Module;
}

/** Every module canonical and no id twice; otherwise null (the full schema then reports why). */
function canonicalModules(raw: unknown): Module[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return null;
  const seen = new Set<string>();
  const modules: Module[] = [];
  for (const item of raw) {
    const module = canonicalModule(item);
    if (!module || seen.has(module.id)) return null;
    seen.add(module.id);
    modules.push(module);
  }
  return modules;
}

function withCreatedAt(raw: unknown, options: RestoreOptions): unknown {
  if (!isRecord(raw)) return raw;
  const created = typeof raw.createdAt === 'string' ? raw.createdAt.slice(0, 10) : raw.createdAt;
  return { ...raw, createdAt: created ?? raw.startDate ?? options.today };
}

export function restoreCertification(raw: unknown, options: RestoreOptions = {}): Result<Certification> {
  const input = withCreatedAt(raw, options);
  const modules = isRecord(input) ? canonicalModules(input.modules) : null;
  if (modules) {
    const fields = certificationFieldsSchema.safeParse(input);
    if (fields.success) {
      const { createdAt, ...rest } = fields.data;
      return { ok: true, value: dropUndefined({ ...rest, modules, createdAt: createdAt as IsoDate }) };
    }
  }
  return restoreCertificationThroughSchema(raw, options);
}

/** restoreCertification with every module through moduleSchema: the reference the fast path is tested against. */
export function restoreCertificationThroughSchema(raw: unknown, options: RestoreOptions = {}): Result<Certification> {
  const parsed = certificationSchema.safeParse(withCreatedAt(raw, options));
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const { createdAt, ...rest } = parsed.data;
  return { ok: true, value: dropUndefined({ ...rest, createdAt: createdAt as IsoDate }) };
}

export function restoreSession(raw: unknown): Result<StudySession> {
  const parsed = sessionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  return { ok: true, value: dropUndefined(parsed.data) };
}

export function restoreTemplate(raw: unknown): Result<CertificationTemplate> {
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const modules = parsed.data.modules.map((m) => dropUndefined(m));
  return { ok: true, value: dropUndefined({ ...parsed.data, modules }) };
}

/** Optional fields are absent rather than present-and-undefined, so restored values deep-equal. */
export function dropUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}
