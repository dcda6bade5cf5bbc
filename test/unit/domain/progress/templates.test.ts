import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  certificationFromMarkdown,
  certificationFromTemplate,
  certificationToMarkdown,
  restoreCertification,
  restoreTemplate,
} from '../../../../src/domain/progress';

const dir = join(__dirname, '../../../../content/certifications');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('content/certifications templates', () => {
  it('ships a blank template and at least two real paths', () => {
    expect(files).toContain('blank.json');
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s passes restoreTemplate, has an id matching its file and sane hours', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const r = restoreTemplate(raw);
    expect(r.ok ? null : r.errors).toBeNull();
    if (!r.ok) return;
    expect(`${r.value.id}.json`).toBe(file);
    expect(r.value).toEqual(raw); // the file is already clean: nothing filled or dropped
    for (const m of r.value.modules) expect(m.estimatedHours).toBeGreaterThan(0);
    if (file !== 'blank.json') expect(r.value.modules.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s becomes a valid certification that survives the markdown round trip', (file) => {
    const r = restoreTemplate(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    let n = 0;
    const c = certificationFromTemplate(r.value, { today: '2026-03-02', id: 'cert', newId: () => `id${++n}` });
    expect(restoreCertification(c)).toEqual({ ok: true, value: c });
    expect(c.modules.map((m) => m.status).every((s) => s === 'not-started')).toBe(true);
    n = 0;
    const back = certificationFromMarkdown(certificationToMarkdown(c), { today: '2026-03-02', id: c.id, newId: () => `id${++n}` });
    if (c.name === 'New certification') return; // blank: no provider or modules worth comparing
    expect(back.ok && back.value.modules).toEqual(c.modules);
  });
});

describe('restoreTemplate rejects', () => {
  it.each([
    { input: null, errors: { _: 'A template must be an object.' } },
    { input: { id: 't', name: '', provider: 'P', description: '', modules: [] }, errors: { name: 'Name cannot be empty.' } },
    { input: { id: 't', name: 'T', provider: 'P', description: '', modules: [{ title: 'A', estimatedHours: -1 }] }, errors: { 'modules.0.estimatedHours': 'Estimated hours cannot be negative.' } },
    { input: { id: 't', name: 'T', provider: 'P', description: '', modules: [{ title: 'A' }] }, errors: { 'modules.0.estimatedHours': 'Estimated hours must be a number.' } },
    { input: { id: 't', name: 'T', provider: 'P', description: 'd' }, errors: { modules: 'Modules must be a list.' } },
  ])('$errors', ({ input, errors }) => {
    expect(restoreTemplate(input)).toEqual({ ok: false, errors });
  });
});

describe('exam domains of the shipped paths', () => {
  it.each(['google-cloud-professional-ml-engineer.json', 'aws-certified-ml-engineer-associate.json'])('%s: weights add up to 100 and every domain course is in the path', (file) => {
    const r = restoreTemplate(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const domains = r.value.domains ?? [];
    expect(domains.length).toBeGreaterThanOrEqual(4);
    expect(domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
    const courses = new Set(r.value.modules.map((m) => m.course));
    for (const d of domains) for (const c of d.courses) expect(courses.has(c), `${d.name}: ${c}`).toBe(true);
    // No course is placed under two domains.
    const placed = domains.flatMap((d) => d.courses);
    expect(new Set(placed).size).toBe(placed.length);
  });
});
