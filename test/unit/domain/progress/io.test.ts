import { describe, expect, it } from 'vitest';
import {
  certificationFromJson,
  certificationFromMarkdown,
  certificationToJson,
  certificationToMarkdown,
} from '../../../../src/domain/progress';
import type { Certification } from '../../../../src/domain/progress';
import { cert, done, mod } from './builders';

const sample = cert(
  [
    mod('u', 1.5, { title: 'Read the exam guide' }),
    done('a', 6, '2026-02-10', { title: 'AI Foundations', course: 'Introduction to AI and Machine Learning on Google Cloud', startedOn: '2026-02-01', notes: 'good' }),
    mod('b', 4.5, { title: 'AI Development Options', course: 'Introduction to AI and Machine Learning on Google Cloud', status: 'in-progress', percent: 40 }),
    mod('c', 3, { title: 'Feature Crosses - TensorFlow Playground (lab)', course: 'Feature Engineering' }),
  ],
  { name: 'Google Cloud Professional Machine Learning Engineer', provider: 'Google Cloud', startDate: '2026-01-05', targetDate: '2026-06-01', examDate: '2026-06-15' },
);

const expectedMarkdown = `# Google Cloud Professional Machine Learning Engineer

Provider: Google Cloud
Start date: 2026-01-05
Target date: 2026-06-01
Exam date: 2026-06-15

- [ ] Read the exam guide (1.5h)

## Introduction to AI and Machine Learning on Google Cloud

- [x] AI Foundations (6h)
- [ ] AI Development Options (4.5h, 40%)

## Feature Engineering

- [ ] Feature Crosses - TensorFlow Playground (lab) (3h)
`;

/** What the shared markdown keeps: no ids, notes or personal dates. */
function shareable(c: Certification) {
  return {
    name: c.name,
    provider: c.provider,
    startDate: c.startDate,
    targetDate: c.targetDate,
    examDate: c.examDate,
    modules: c.modules.map((m) => ({ title: m.title, course: m.course, estimatedHours: m.estimatedHours, status: m.status, percent: m.percent })),
  };
}

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

describe('JSON', () => {
  it('round trips exactly', () => {
    expect(certificationFromJson(certificationToJson(sample))).toEqual({ ok: true, value: sample });
  });

  it('accepts a bare certification object', () => {
    expect(certificationFromJson(JSON.stringify(sample))).toEqual({ ok: true, value: sample });
  });

  it.each([
    { name: 'not JSON', text: '{ nope', key: '_', message: /^The file is not valid JSON/ },
    { name: 'another format', text: '{"format":"other","certification":{}}', key: 'format', message: /^This is not an Episodes certification file\.$/ },
    { name: 'newer version', text: '{"format":"episodes.certification","version":9,"certification":{}}', key: 'version', message: /newer Episodes \(format version 9\)/ },
    { name: 'garbage inside', text: '{"format":"episodes.certification","version":1,"certification":{"id":"c","name":"","createdAt":"2026-01-01"}}', key: 'name', message: /^Name cannot be empty\.$/ },
  ])('$name', ({ text, key, message }) => {
    const r = certificationFromJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[key]).toMatch(message);
  });
});

describe('markdown', () => {
  it('writes the readable format', () => {
    expect(certificationToMarkdown(sample)).toBe(expectedMarkdown);
  });

  it('round trips what the format holds', () => {
    const back = certificationFromMarkdown(certificationToMarkdown(sample), { today: '2026-03-02', newId: ids() });
    expect(back.ok && shareable(back.value)).toEqual(shareable(sample));
  });

  it('reads hand-written markdown: * bullets, [X], no hours, stray text, CRLF', () => {
    const text = ['# My path', 'A note about the path.', 'provider: AWS', '', '## Domain 1', '* [X] Task 1.1 (2h)', '- [ ] Task 1.2', 'Some comment', '- [ ] Task 1.3 (0.5 h, 25%)'].join('\r\n');
    const r = certificationFromMarkdown(text, { today: '2026-03-02', id: 'cert', newId: ids() });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'cert',
        name: 'My path',
        provider: 'AWS',
        archived: false,
        createdAt: '2026-03-02',
        modules: [
          { id: 'id1', title: 'Task 1.1', course: 'Domain 1', estimatedHours: 2, status: 'done', percent: 100, notes: '' },
          { id: 'id2', title: 'Task 1.2', course: 'Domain 1', estimatedHours: 0, status: 'not-started', percent: 0, notes: '' },
          { id: 'id3', title: 'Task 1.3', course: 'Domain 1', estimatedHours: 0.5, status: 'in-progress', percent: 25, notes: '' },
        ],
      },
    });
  });

  it.each([
    { name: 'no heading', text: 'Provider: X\n- [ ] A (1h)', errors: { name: 'The file has no "# Name" heading.' } },
    { name: 'bad date', text: '# X\nTarget date: soon', errors: { targetDate: 'Target date must be a real date written yyyy-MM-dd.' } },
    { name: 'target before start', text: '# X\nStart date: 2026-03-01\nTarget date: 2026-02-01', errors: { targetDate: 'The target date is before the start date.' } },
    { name: 'percent over 100', text: '# X\n- [ ] A (1h, 140%)', errors: { 'modules.0.percent': 'Percent must be between 0 and 100.' } },
  ])('rejects $name', ({ text, errors }) => {
    expect(certificationFromMarkdown(text, { today: '2026-03-02', newId: ids() })).toEqual({ ok: false, errors });
  });

  it('a course-less module after a course gets a "(No course)" heading and survives the round trip', () => {
    const c = cert([mod('a', 1, { course: 'X' }), mod('b', 2)]);
    const md = certificationToMarkdown(c);
    expect(md).toContain('## (No course)');
    const back = certificationFromMarkdown(md, { today: '2026-03-02', newId: ids() });
    expect(back.ok && back.value.modules.map((m) => m.course)).toEqual(['X', undefined]);
  });
});
