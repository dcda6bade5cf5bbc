import { describe, expect, it } from 'vitest';
import { restoreCertification, restoreSession } from '../../../../src/domain/progress';

const base = { id: 'c1', name: 'GCP PMLE', provider: 'Google Cloud', createdAt: '2026-01-05' };
const m = (extra: Record<string, unknown>) => ({ id: 'm1', title: 'Feature Engineering', estimatedHours: 6, ...extra });

describe('restoreCertification fills defaults', () => {
  it('a minimal record gets archived=false, no modules', () => {
    expect(restoreCertification(base)).toEqual({ ok: true, value: { ...base, archived: false, modules: [] } });
  });

  it('a minimal module gets not-started, 0%, empty notes; blank optional fields are dropped', () => {
    const r = restoreCertification({ ...base, examDate: '', modules: [{ id: 'm1', title: ' Intro ', course: '' }] });
    expect(r).toEqual({
      ok: true,
      value: { ...base, archived: false, modules: [{ id: 'm1', title: 'Intro', estimatedHours: 0, status: 'not-started', percent: 0, notes: '' }] },
    });
  });

  it.each([
    { name: 'missing createdAt falls back to startDate', input: { ...base, createdAt: undefined, startDate: '2026-01-02' }, expected: '2026-01-02' },
    { name: 'missing createdAt falls back to options.today', input: { ...base, createdAt: undefined }, expected: '2026-03-01' },
    { name: 'an ISO timestamp keeps its day', input: { ...base, createdAt: '2026-01-05T08:30:00.000Z' }, expected: '2026-01-05' },
  ])('$name', ({ input, expected }) => {
    const r = restoreCertification(input, { today: '2026-03-01' });
    expect(r.ok && r.value.createdAt).toBe(expected);
  });

  it('migrates the old `hours` and `name` module fields', () => {
    const r = restoreCertification({ ...base, modules: [{ id: 'm1', name: 'Old', hours: 3 }] });
    expect(r.ok && r.value.modules[0]).toMatchObject({ title: 'Old', estimatedHours: 3 });
  });

  it('drops unknown fields', () => {
    const r = restoreCertification({ ...base, colour: 'red' });
    expect(r.ok && 'colour' in r.value).toBe(false);
  });
});

describe('restoreCertification reconciles status and percent', () => {
  it.each([
    { input: { status: 'done', percent: 40 }, status: 'done', percent: 100 }, // status wins
    { input: { status: 'done' }, status: 'done', percent: 100 },
    { input: { status: 'in-progress', percent: 100 }, status: 'done', percent: 100 }, // 100% is done
    { input: { status: 'not-started', percent: 30 }, status: 'in-progress', percent: 30 },
    { input: { status: 'in-progress', percent: 0 }, status: 'in-progress', percent: 0 },
  ])('$input -> $status $percent%', ({ input, status, percent }) => {
    const r = restoreCertification({ ...base, modules: [m(input)] });
    expect(r.ok && r.value.modules[0]).toMatchObject({ status, percent });
  });

  it('completedOn survives only on a done module', () => {
    const r = restoreCertification({ ...base, modules: [m({ status: 'in-progress', percent: 20, completedOn: '2026-02-01' })] });
    expect(r.ok && r.value.modules[0]!.completedOn).toBeUndefined();
  });
});

describe('restoreCertification rejects garbage with field messages', () => {
  it.each([
    { name: 'not an object', input: 'hello', errors: { _: 'A certification must be an object.' } },
    { name: 'empty name', input: { ...base, name: '   ' }, errors: { name: 'Name cannot be empty.' } },
    { name: 'missing name', input: { ...base, name: undefined }, errors: { name: 'Name is required.' } },
    { name: 'missing id', input: { ...base, id: undefined }, errors: { id: 'An id is required.' } },
    {
      name: 'target before start',
      input: { ...base, startDate: '2026-03-01', targetDate: '2026-02-28' },
      errors: { targetDate: 'The target date is before the start date.' },
    },
    {
      name: 'exam before start',
      input: { ...base, startDate: '2026-03-01', examDate: '2026-01-10' },
      errors: { examDate: 'The exam date is before the start date.' },
    },
    { name: 'impossible date', input: { ...base, examDate: '2026-02-30' }, errors: { examDate: 'Exam date must be a real date written yyyy-MM-dd.' } },
    { name: 'missing createdAt, no fallback', input: { ...base, createdAt: undefined }, errors: { createdAt: 'Created date is missing.' } },
    { name: 'modules not a list', input: { ...base, modules: 'x' }, errors: { modules: 'Modules must be a list.' } },
    { name: 'percent 150', input: { ...base, modules: [m({ percent: 150 })] }, errors: { 'modules.0.percent': 'Percent must be between 0 and 100.' } },
    { name: 'percent -1', input: { ...base, modules: [m({ percent: -1 })] }, errors: { 'modules.0.percent': 'Percent must be between 0 and 100.' } },
    { name: 'negative hours', input: { ...base, modules: [m({ estimatedHours: -2 })] }, errors: { 'modules.0.estimatedHours': 'Estimated hours cannot be negative.' } },
    { name: 'bad status', input: { ...base, modules: [m({ status: 'finished' })] }, errors: { 'modules.0.status': 'Status must be not-started, in-progress or done.' } },
    {
      name: 'completed before started',
      input: { ...base, modules: [m({ status: 'done', startedOn: '2026-02-10', completedOn: '2026-02-01' })] },
      errors: { 'modules.0.completedOn': 'The completion date is before the start date.' },
    },
    { name: 'duplicate module ids', input: { ...base, modules: [m({}), m({})] }, errors: { 'modules.1.id': 'Module id "m1" is used twice.' } },
  ])('$name', ({ input, errors }) => {
    expect(restoreCertification(input)).toEqual({ ok: false, errors });
  });
});

describe('restoreSession', () => {
  it('fills the note and drops a blank episode id', () => {
    const raw = { id: 's1', date: '2026-03-01', certificationId: 'c1', moduleId: 'm1', minutes: 45, episodeId: '' };
    expect(restoreSession(raw)).toEqual({ ok: true, value: { id: 's1', date: '2026-03-01', certificationId: 'c1', moduleId: 'm1', minutes: 45, note: '' } });
  });

  it('rejects a session without a date', () => {
    const r = restoreSession({ id: 's1', certificationId: 'c1', moduleId: 'm1', minutes: 45 });
    expect(r).toEqual({ ok: false, errors: { date: 'The session date must be a date written yyyy-MM-dd.' } });
  });
});
