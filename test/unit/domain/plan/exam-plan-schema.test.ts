// The optional `plan` and `domains` fields of a certification: old certifications read as before,
// good ones round-trip, wrong-typed ones are refused with the field's message (not a crash).
import { describe, expect, it } from 'vitest';
import { certificationFromJson, certificationToJson, restoreCertification, restoreTemplate } from '../../../../src/domain/progress';
import { cert, mod } from '../progress/builders';

const plan = {
  hoursPerWeek: 5,
  weekdayHours: [1, 1, 1, 1, 1, 0, 0],
  skippedWeeks: ['2026-12-14'],
  preferDomains: true,
  baseline: { madeOn: '2026-12-07', neededPerWeek: 5, weeks: [{ start: '2026-12-07', items: [{ moduleId: 'a', hours: 5 }] }] },
};
const domains = [{ name: 'Data', weight: 28, courses: ['Domain 1'] }];

describe('certification plan field', () => {
  it('reads a certification saved before the plan existed, with no plan field', () => {
    const old = cert([mod('a', 10)]);
    expect(restoreCertification(old)).toEqual({ ok: true, value: old });
  });

  it('keeps a valid plan and domains, and fills the defaults of a minimal plan', () => {
    const full = cert([mod('a', 10)], { plan, domains });
    expect(restoreCertification(full)).toEqual({ ok: true, value: full });
    const minimal = restoreCertification({ ...cert([mod('a', 10)]), plan: { hoursPerWeek: 3 } });
    expect(minimal.ok && minimal.value.plan).toEqual({ hoursPerWeek: 3, skippedWeeks: [], preferDomains: false });
  });

  it('reads a null plan (an old export) as no plan', () => {
    const r = restoreCertification({ ...cert([mod('a', 10)]), plan: null });
    expect(r.ok && 'plan' in r.value).toBe(false);
  });

  it.each([
    { plan: 'five', field: 'plan', message: 'The exam plan must be an object.' },
    { plan: { hoursPerWeek: '5' }, field: 'plan.hoursPerWeek', message: 'Hours a week must be a number.' },
    { plan: { hoursPerWeek: -1 }, field: 'plan.hoursPerWeek', message: 'Hours a week cannot be negative.' },
    { plan: { hoursPerWeek: 5, weekdayHours: [1, 2] }, field: 'plan.weekdayHours', message: 'Weekday hours must be seven numbers, Monday to Sunday.' },
    { plan: { hoursPerWeek: 5, skippedWeeks: ['14 Dec'] }, field: 'plan.skippedWeeks.0', message: 'A skipped week must be a real date written yyyy-MM-dd.' },
    { plan: { hoursPerWeek: 5, baseline: { madeOn: '2026-12-07', neededPerWeek: 5, weeks: 'all' } }, field: 'plan.baseline.weeks', message: 'Baseline weeks must be a list.' },
  ])('refuses $field: $message', ({ plan: bad, field, message }) => {
    const r = restoreCertification({ ...cert([mod('a', 10)]), plan: bad });
    expect(r.ok ? null : r.errors[field]).toBe(message);
  });

  it('an export file with a wrong-typed plan is refused with the message', () => {
    const text = certificationToJson(cert([mod('a', 10)])).replace('"modules"', '"plan": { "hoursPerWeek": true },\n    "modules"');
    expect(certificationFromJson(text)).toEqual({ ok: false, errors: { 'plan.hoursPerWeek': 'Hours a week must be a number.' } });
  });

  it('an export round-trips its plan', () => {
    const full = cert([mod('a', 10)], { plan, domains });
    expect(certificationFromJson(certificationToJson(full))).toEqual({ ok: true, value: full });
  });

  it('refuses domains whose weights add up to more than 100%', () => {
    const r = restoreCertification({ ...cert([]), domains: [{ name: 'A', weight: 60, courses: [] }, { name: 'B', weight: 50, courses: [] }] });
    expect(r.ok ? null : r.errors.domains).toBe('The domain weights add up to 110%, more than 100%.');
  });

  it('a template may carry domains', () => {
    const r = restoreTemplate({ id: 't', name: 'T', provider: 'P', description: '', modules: [], domains });
    expect(r.ok && r.value.domains).toEqual(domains);
    expect(restoreTemplate({ id: 't', name: 'T', provider: 'P', description: '', modules: [], domains: [{ name: 'A', weight: 'x', courses: [] }] })).toEqual({
      ok: false,
      errors: { 'domains.0.weight': 'A domain weight must be a number.' },
    });
  });
});
