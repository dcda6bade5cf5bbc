import { describe, expect, it } from 'vitest';
import { certificationToJson, certificationToMarkdown } from '../../../../src/domain/progress';
import type { Certification, Forecast, Module, TargetPlan } from '../../../../src/domain/progress';
import {
  displayOrder,
  exportFile,
  fileSlug,
  forecastText,
  groupByCourse,
  moveTarget,
  parseCertificationFile,
  splitByArchived,
  stepPercent,
  summarize,
} from '../../../../src/features/certifications/certification-data';

const mod = (id: string, hours: number, extra: Partial<Module> = {}): Module => ({
  id,
  title: `Module ${id}`,
  estimatedHours: hours,
  status: 'not-started',
  percent: 0,
  notes: '',
  ...extra,
});
const cert = (modules: Module[], extra: Partial<Certification> = {}): Certification => ({
  id: 'c1',
  name: 'Cloud ML',
  provider: 'Cloud',
  archived: false,
  createdAt: '2026-11-01',
  modules,
  ...extra,
});

describe('summarize', () => {
  it.each([
    // earned = 2*100% + 6*50% = 5 of 10 h -> 50%
    { modules: [mod('a', 2, { status: 'done', percent: 100 }), mod('b', 6, { status: 'in-progress', percent: 50 }), mod('c', 2)], percent: 50, done: 1 },
    // no estimates: by modules, 1 of 3 done -> 33%
    { modules: [mod('a', 0, { status: 'done', percent: 100 }), mod('b', 0), mod('c', 0)], percent: 33, done: 1 },
    { modules: [], percent: 0, done: 0 },
  ])('$percent% with $done done', ({ modules, percent, done }) => {
    const s = summarize(cert(modules, { targetDate: '2027-01-01' }));
    expect(s).toMatchObject({ percent, modulesDone: done, moduleCount: modules.length, targetDate: '2027-01-01' });
    expect(s).not.toHaveProperty('examDate');
  });

  it('splits archived certifications from active ones, keeping order', () => {
    const split = splitByArchived([cert([], { id: 'a' }), cert([], { id: 'b', archived: true }), cert([], { id: 'c' })]);
    expect(split.active.map((c) => c.id)).toEqual(['a', 'c']);
    expect(split.archived.map((c) => c.id)).toEqual(['b']);
  });
});

describe('course groups and keyboard moves', () => {
  // Course X appears first, then Y; a late X module joins X's group.
  const modules = [mod('a', 1, { course: 'X' }), mod('b', 1, { course: 'Y' }), mod('c', 1, { course: 'X', status: 'done', percent: 100 }), mod('d', 1)];
  const groups = groupByCourse(modules);

  it('groups by course in order of first appearance, keeping certification indexes', () => {
    expect(groups.map((g) => [g.course, g.modules.map((m) => `${m.module.id}@${m.index}`), g.done])).toEqual([
      ['X', ['a@0', 'c@2'], 1],
      ['Y', ['b@1'], 0],
      ['', ['d@3'], 0],
    ]);
    expect(displayOrder(groups)).toEqual(['a', 'c', 'b', 'd']);
  });

  it.each([
    { id: 'a', direction: 1 as const, expected: { from: 0, to: 2 } },
    { id: 'c', direction: -1 as const, expected: { from: 2, to: 0 } },
    { id: 'a', direction: -1 as const, expected: null },
    { id: 'b', direction: 1 as const, expected: null },
    { id: 'zz', direction: 1 as const, expected: null },
  ])('moves $id by $direction inside its course', ({ id, direction, expected }) => {
    expect(moveTarget(groups, id, direction)).toEqual(expected);
  });

  it.each([
    [0, 1, 10],
    [35, 1, 40],
    [35, -1, 30],
    [40, -1, 30],
    [100, 1, 100],
    [0, -1, 0],
    [95, 1, 100],
  ] as const)('steps %i by %i to %i', (percent, direction, expected) => {
    expect(stepPercent(percent, direction)).toBe(expected);
  });
});

describe('forecastText', () => {
  const plan: TargetPlan = { targetDate: '2027-03-01', remainingHours: 12, daysLeft: 90, hoursPerWeek: 0.9, reason: null };
  const base: Forecast = { status: 'forecast', remainingHours: 12, paceHoursPerWeek: 3, expected: '2027-01-25', optimistic: '2027-01-11', pessimistic: '2027-02-08', reason: null };
  it.each([
    { forecast: base, text: 'At 3 h a week, 12 h left: expected finish 25 Jan 2027 (between 11 Jan 2027 and 8 Feb 2027); target 1 Mar 2027.' },
    { forecast: { ...base, optimistic: '2027-01-25', pessimistic: '2027-01-25' }, text: 'At 3 h a week, 12 h left: expected finish 25 Jan 2027; target 1 Mar 2027.' },
    { forecast: { ...base, status: 'no-pace' as const, expected: null, optimistic: null, pessimistic: null, paceHoursPerWeek: 0 }, text: '12 h left. Log a study session to see a forecast.' },
    { forecast: { ...base, status: 'done' as const }, text: 'Every module is done.' },
  ])('$text', ({ forecast, text }) => {
    expect(forecastText(forecast, plan)).toBe(text);
  });
});

describe('certification files', () => {
  const sample = cert([mod('a', 2, { course: 'X', status: 'done', percent: 100 }), mod('b', 4.5, { course: 'X', status: 'in-progress', percent: 40 })], {
    startDate: '2026-11-01',
    targetDate: '2027-02-01',
  });

  it('reads back its own JSON and markdown exports', () => {
    const json = parseCertificationFile('path.json', certificationToJson(sample), '2026-11-26');
    expect(json).toEqual({ ok: true, certification: sample });
    const md = parseCertificationFile('path.md', certificationToMarkdown(sample), '2026-11-26');
    expect(md.ok && md.certification.modules.map((m) => [m.title, m.estimatedHours, m.status, m.percent])).toEqual([
      ['Module a', 2, 'done', 100],
      ['Module b', 4.5, 'in-progress', 40],
    ]);
  });

  it.each([
    ['broken.json', '{"name": ', /^broken\.json could not be imported\. The file is not valid JSON/],
    ['other.json', '{"format": "something.else"}', /^other\.json could not be imported\. This is not an Episodes certification file\.$/],
    ['notes.md', 'just some text', /^notes\.md could not be imported\. The file has no "# Name" heading\.$/],
    ['bad.json', '{"id": "x", "name": "X", "createdAt": "2026-01-01", "modules": [{"id": "m", "title": "T", "percent": 140}]}', /modules\.0\.percent: Percent must be between 0 and 100\./],
  ])('refuses %s with a clear message', (name, text, message) => {
    const result = parseCertificationFile(name, text, '2026-11-26');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ['AWS Certified Machine Learning Engineer – Associate (MLA-C01)', 'aws-certified-machine-learning-engineer-associate-mla-c01'],
    ['  ***  ', 'certification'],
    ['Café Über', 'cafe-uber'],
  ])('names the file for %s', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });

  it('exports JSON and markdown with matching names and types', () => {
    expect(exportFile(sample, 'json')).toMatchObject({ name: 'cloud-ml.json', mimeType: 'application/json' });
    expect(exportFile(sample, 'markdown')).toMatchObject({ name: 'cloud-ml.md', mimeType: 'text/markdown' });
  });
});
