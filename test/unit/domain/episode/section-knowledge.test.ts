// Section kinds a person corrects once: their correction for a heading beats the keyword rules
// next time, and a heading without keywords is guessed from their own earlier sections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SectionKind } from '../../../../src/domain/episode';
import { importText, inferSectionKind, layoutBody } from '../../../../src/domain/episode';
import { classifySection, trainKindClassifier } from '../../../../src/domain/episode/section-classifier';
import { pinKindsInBody } from '../../../../src/domain/episode/sections';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../../fixtures/episodes', name), 'utf8');

// The person's earlier sections: their attribution project, their course, their interview prep.
const earlier: { kind: SectionKind; markdown: string }[] = [
  { kind: 'project', markdown: 'Built the first attribution table: touchpoints per user from the CRM export, with conversion paths and a Markov chain over channels.' },
  { kind: 'project', markdown: 'Compared Shapley values with the Markov chain attribution. The touchpoints from paid search carry most of the credit in both.' },
  { kind: 'project', markdown: 'Cleaned the conversion paths: dropped sessions without touchpoints and merged channels the CRM spells twice.' },
  { kind: 'course', markdown: 'Lecture on gradient boosting, then the quiz on regularisation. Shrinkage and tree depth trade off.' },
  { kind: 'course', markdown: 'Two lectures on boosting and one on regularisation; the quiz took an hour.' },
  { kind: 'interview', markdown: 'Mock interview on window functions with a recruiter; the behavioural round went better.' },
  { kind: 'interview', markdown: 'A recruiter screen and a mock case study on pricing.' },
];

describe('the classifier over the person’s earlier sections', () => {
  const classifier = trainKindClassifier(earlier)!;
  const attribution = 'Re-ran the Markov chain over the new touchpoints; paid search still takes most of the credit and the conversion paths look cleaner.';

  test('guesses the kind of a heading with no keyword from the words of its text', () => {
    expect(classifySection(classifier, attribution)?.kind).toBe('project');
    expect(classifySection(classifier, 'Another lecture on boosting and regularisation before the quiz.')?.kind).toBe('course');
  });

  test('stays silent on text it knows too little of, and the rules decide', () => {
    expect(classifySection(classifier, 'Went hiking on Sunday.')).toBeUndefined();
    expect(inferSectionKind('Weekend', 'Went hiking on Sunday.', { classifier })).toBe('notes');
  });

  test('with the classifier the heading gets the person’s kind; without it, the rules give notes', () => {
    expect(inferSectionKind('Markov chains', attribution)).toBe('notes');
    expect(inferSectionKind('Markov chains', attribution, { classifier })).toBe('project');
  });

  test('one kind alone, or one section per kind, trains nothing', () => {
    expect(trainKindClassifier(earlier.filter((s) => s.kind === 'project'))).toBeNull();
    expect(trainKindClassifier([earlier[0]!, earlier[3]!])).toBeNull();
  });
});

describe('a correction for a heading', () => {
  const corrections = { 'multi touch attribution model': 'project' as const, 'learning log': 'project' as const };

  test.each<[string, string, SectionKind]>([
    ['Multi-touch Attribution Model', '', 'project'],
    // A correction beats the heading's own keywords ("learning" reads as a course).
    ['Learning log', 'Module 3 and the quiz.', 'project'],
    ['Learning notes', 'Module 3 and the quiz.', 'course'],
  ])('%s -> %s', (heading, markdown, expected) => {
    expect(inferSectionKind(heading, markdown, { corrections })).toBe(expected);
  });

  test('next week’s plain-text post with the same heading is imported with that kind, written under the heading', () => {
    const plain = importText(fixture('blog-plain-lines.txt'));
    expect(plain.sections.find((s) => s.heading === 'Multi-touch Attribution Model')?.kind).toBe('notes');
    const draft = importText(fixture('blog-plain-lines.txt'), { knowledge: { corrections } });
    expect(draft.sections.map((s) => s.kind)).toEqual(['highlights', 'course', 'project', 'interview', 'inspiration']);
    // Read again without the knowledge (as the editor and the exports do), the kind stays.
    expect(layoutBody(draft.body).sections[2]).toMatchObject({ heading: 'Multi-touch Attribution Model', kind: 'project', override: { kind: 'project' } });
  });

  test('a markdown file keeps its bytes; the kind still comes from the correction', () => {
    const text = '# Episode 6\n\n## Multi-touch Attribution Model\nMore paths.\n';
    const draft = importText(text, { knowledge: { corrections } });
    expect(draft.body).toBe(text);
    expect(draft.sections[0]?.kind).toBe('project');
  });

  test('pinKindsInBody writes only the kinds the text alone would not give', () => {
    const body = '## Course progress\nModule 2.\n## Multi-touch Attribution Model\nPaths.\n';
    expect(pinKindsInBody(body, { corrections })).toBe('## Course progress\nModule 2.\n## Multi-touch Attribution Model\n<!-- kind: project -->\nPaths.\n');
    expect(pinKindsInBody(body, {})).toBe(body);
  });
});
