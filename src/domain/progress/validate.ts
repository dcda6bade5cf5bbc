// Form-level validation. Unlike restore (which repairs stored data), an edit is checked as the
// person typed it, so an inconsistent status/percent pair is reported instead of fixed.
import { z } from 'zod';
import { certificationDetailsShape, checkDetailDates, dropUndefined } from './restore';
import { moduleFieldsSchema, sessionSchema, toFieldErrors } from './schemas';
import type { Certification, IsoDate, Module, Result, StudySession } from './types';

export function validateModuleEdit(input: unknown, today: IsoDate): Result<Module> {
  const schema = moduleFieldsSchema.superRefine((m, ctx) => {
    const percent = m.percent ?? 0;
    const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    const percentValid = typeof percent === 'number' && percent >= 0 && percent <= 100;
    if (percentValid && m.status === 'done' && percent !== 100) issue('percent', 'A done module is at 100%.');
    if (percentValid && m.status !== 'done' && percent === 100) issue('status', 'A module at 100% is done.');
    if (percentValid && m.status === 'not-started' && percent > 0) issue('status', 'A module with progress has started.');
    if (m.startedOn && m.startedOn > today) issue('startedOn', 'The start date is in the future.');
    if (m.completedOn && m.completedOn > today) issue('completedOn', 'The completion date is in the future.');
    if (m.completedOn && m.startedOn && m.completedOn < m.startedOn) {
      issue('completedOn', 'The completion date is before the start date.');
    }
    if (m.completedOn && m.status !== 'done') issue('completedOn', 'Only a done module has a completion date.');
  });
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  return { ok: true, value: dropUndefined({ ...parsed.data, percent: parsed.data.percent ?? 0 }) };
}

export interface SessionContext {
  today: IsoDate;
  /** When given, the session must belong to it and name one of its modules. */
  certification?: Certification;
}

export function validateSession(input: unknown, context: SessionContext): Result<StudySession> {
  const { today, certification } = context;
  const schema = sessionSchema.superRefine((s, ctx) => {
    if (s.date > today) ctx.addIssue({ code: 'custom', path: ['date'], message: 'The session date is in the future.' });
    if (!certification) return;
    if (s.certificationId !== certification.id) {
      ctx.addIssue({ code: 'custom', path: ['certificationId'], message: `The session is not for ${certification.name}.` });
    } else if (!certification.modules.some((m) => m.id === s.moduleId)) {
      ctx.addIssue({ code: 'custom', path: ['moduleId'], message: `${certification.name} has no such module.` });
    }
  });
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  return { ok: true, value: dropUndefined(parsed.data) };
}

export type CertificationDetails = Pick<Certification, 'name' | 'provider' | 'examDate' | 'targetDate' | 'startDate'>;

const detailsSchema = z
  .object(certificationDetailsShape, { error: 'Certification details must be an object.' })
  .superRefine(checkDetailDates);

/** The certification form: name, provider and the three dates. */
export function validateCertificationDetails(input: unknown): Result<CertificationDetails> {
  const parsed = detailsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  return { ok: true, value: dropUndefined(parsed.data) };
}
