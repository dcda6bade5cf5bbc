import { describe, expect, it } from 'vitest';
import { validateCertificationDetails, validateModuleEdit, validateSession } from '../../../../src/domain/progress';
import { cert, mod } from './builders';

const today = '2026-03-02';
const edit = (extra: Record<string, unknown>) => ({ id: 'm1', title: 'Feature Engineering', estimatedHours: 6, status: 'in-progress', percent: 50, ...extra });

describe('validateModuleEdit', () => {
  it('accepts a consistent edit', () => {
    expect(validateModuleEdit(edit({ startedOn: '2026-03-01' }), today)).toEqual({
      ok: true,
      value: { id: 'm1', title: 'Feature Engineering', estimatedHours: 6, status: 'in-progress', percent: 50, startedOn: '2026-03-01', notes: '' },
    });
  });

  it.each([
    { name: 'percent 101', input: edit({ percent: 101 }), errors: { percent: 'Percent must be between 0 and 100.' } },
    { name: 'percent -5', input: edit({ percent: -5 }), errors: { percent: 'Percent must be between 0 and 100.' } },
    { name: 'percent as text', input: edit({ percent: '50' }), errors: { percent: 'Percent must be a number.' } },
    { name: 'empty title', input: edit({ title: '  ' }), errors: { title: 'Title cannot be empty.' } },
    { name: 'negative hours', input: edit({ estimatedHours: -1 }), errors: { estimatedHours: 'Estimated hours cannot be negative.' } },
    { name: 'done at 80%', input: edit({ status: 'done', percent: 80 }), errors: { percent: 'A done module is at 100%.' } },
    { name: 'in progress at 100%', input: edit({ percent: 100 }), errors: { status: 'A module at 100% is done.' } },
    { name: 'not started at 20%', input: edit({ status: 'not-started', percent: 20 }), errors: { status: 'A module with progress has started.' } },
    {
      name: 'completed tomorrow',
      input: edit({ status: 'done', percent: 100, completedOn: '2026-03-03' }),
      errors: { completedOn: 'The completion date is in the future.' },
    },
    { name: 'started tomorrow', input: edit({ startedOn: '2026-03-03' }), errors: { startedOn: 'The start date is in the future.' } },
    {
      name: 'completed before started',
      input: edit({ status: 'done', percent: 100, startedOn: '2026-02-10', completedOn: '2026-02-01' }),
      errors: { completedOn: 'The completion date is before the start date.' },
    },
    {
      name: 'completion date on an unfinished module',
      input: edit({ completedOn: '2026-02-01' }),
      errors: { completedOn: 'Only a done module has a completion date.' },
    },
  ])('$name', ({ input, errors }) => {
    expect(validateModuleEdit(input, today)).toEqual({ ok: false, errors });
  });

  it('completion today is allowed', () => {
    expect(validateModuleEdit(edit({ status: 'done', percent: 100, completedOn: today }), today).ok).toBe(true);
  });
});

describe('validateSession', () => {
  const c = cert([mod('a', 4)], { name: 'GCP PMLE' });
  const s = (extra: Record<string, unknown>) => ({ id: 's1', date: '2026-03-01', certificationId: 'c1', moduleId: 'a', minutes: 45, ...extra });

  it('accepts a valid session (today is allowed)', () => {
    expect(validateSession(s({ date: today, note: 'labs' }), { today, certification: c })).toEqual({
      ok: true,
      value: { id: 's1', date: today, certificationId: 'c1', moduleId: 'a', minutes: 45, note: 'labs' },
    });
  });

  it.each([
    { name: 'zero minutes', input: s({ minutes: 0 }), errors: { minutes: 'Minutes must be more than zero.' } },
    { name: 'negative minutes', input: s({ minutes: -30 }), errors: { minutes: 'Minutes must be more than zero.' } },
    { name: 'fractional minutes', input: s({ minutes: 12.5 }), errors: { minutes: 'Minutes must be a whole number.' } },
    { name: 'longer than a day', input: s({ minutes: 1441 }), errors: { minutes: 'A session cannot be longer than a day (1440 minutes).' } },
    { name: 'minutes missing', input: s({ minutes: undefined }), errors: { minutes: 'Minutes must be a number.' } },
    { name: 'future date', input: s({ date: '2026-03-03' }), errors: { date: 'The session date is in the future.' } },
    { name: 'bad date', input: s({ date: '2026-02-30' }), errors: { date: 'The session date must be a real date written yyyy-MM-dd.' } },
    { name: 'no module chosen', input: s({ moduleId: '' }), errors: { moduleId: 'Choose a module.' } },
    { name: 'unknown module', input: s({ moduleId: 'zzz' }), errors: { moduleId: 'GCP PMLE has no such module.' } },
    { name: 'other certification', input: s({ certificationId: 'c2' }), errors: { certificationId: 'The session is not for GCP PMLE.' } },
  ])('$name', ({ input, errors }) => {
    expect(validateSession(input, { today, certification: c })).toEqual({ ok: false, errors });
  });
});

describe('validateCertificationDetails', () => {
  it.each([
    { input: { name: 'PMLE', provider: 'Google Cloud' }, errors: null },
    { input: { name: '', provider: 'Google Cloud' }, errors: { name: 'Name cannot be empty.' } },
    {
      input: { name: 'PMLE', startDate: '2026-03-01', targetDate: '2026-01-01' },
      errors: { targetDate: 'The target date is before the start date.' },
    },
    { input: { name: 'PMLE', startDate: '2026-03-01', targetDate: '2026-03-01' }, errors: null }, // same day is fine
  ])('$input', ({ input, errors }) => {
    const r = validateCertificationDetails(input);
    expect(r.ok ? null : r.errors).toEqual(errors);
  });
});
