import { describe, expect, test } from 'vitest';
import type { SectionKind } from '../../../../src/domain/episode';
import {
  SECTION_KINDS,
  buildKindHistory,
  inferSectionKind,
  kindFromContent,
  kindFromHeading,
  normalizeHeading,
  parseEpisode,
  sectionKindList,
  sectionKindRegistry,
} from '../../../../src/domain/episode';

describe('registry', () => {
  test('has one definition per kind, keyed by id, in order', () => {
    expect(sectionKindList.map((d) => d.id)).toEqual([...SECTION_KINDS]);
    for (const id of SECTION_KINDS) expect(sectionKindRegistry[id].id).toBe(id);
  });
});

describe('kindFromHeading', () => {
  test.each<[string, SectionKind | undefined]>([
    ['Weekly Highlights', 'highlights'],
    ['Summary', 'highlights'],
    ['Small wins', 'highlights'],
    ['Course Progress', 'course'],
    ['Machine Learning Course', 'course'],
    ['Module 3', 'course'],
    ['Certification', 'course'],
    ['What I am studying', 'course'],
    ['Learning log', 'course'],
    ['Project Log', 'project'],
    ['Project: Churn model', 'project'],
    ['Side project', 'project'],
    ['Build notes', 'project'],
    ['Project: a course recommender', 'project'],
    ['Interview Prep', 'interview'],
    ['LeetCode', 'interview'],
    ['SQL practice', 'interview'],
    ['People Who Inspired Me', 'inspiration'],
    ['Inspiration', 'inspiration'],
    ['Shout-outs', 'inspiration'],
    ['Random thoughts', undefined],
    ['Blog', undefined],
    ['Catalog of things', undefined],
  ])('%s -> %j', (heading, expected) => {
    expect(kindFromHeading(heading)).toBe(expected);
  });
});

describe('kindFromContent', () => {
  test.each<[string, SectionKind | undefined]>([
    ['Finished the module and the quiz, then two labs.', 'course'],
    ['Pushed three commits to the repo and deployed the pipeline.', 'project'],
    ['A mock interview with a recruiter, then LeetCode.', 'interview'],
    ['Thank you to my mentor, whose podcast inspired me.', 'inspiration'],
    ['Just one module.', undefined],
    ['The module and the lesson; a commit and the repo.', undefined],
    ['', undefined],
  ])('%s -> %j', (markdown, expected) => {
    expect(kindFromContent(markdown)).toBe(expected);
  });
});

describe('inferSectionKind: heading, then history, then content, else notes', () => {
  const history = { 'random thoughts': 'inspiration' as const };
  test.each<[string, string, Record<string, SectionKind> | undefined, SectionKind]>([
    ['Project log', 'the module and the lesson and the quiz', undefined, 'project'],
    ['Random thoughts', 'the module and the lesson and the quiz', history, 'inspiration'],
    ['Random thoughts', 'the module and the lesson and the quiz', undefined, 'course'],
    ['Random thoughts', 'nothing much', undefined, 'notes'],
    ['Random   THOUGHTS!', '', history, 'inspiration'],
    ['constructor', '', {}, 'notes'],
    ['__proto__', '', {}, 'notes'],
  ])('%s', (heading, markdown, hist, expected) => {
    expect(inferSectionKind(heading, markdown, { history: hist })).toBe(expected);
  });
});

describe('normalizeHeading / buildKindHistory', () => {
  test.each([
    ['  People who **inspired** me!  ', 'people who inspired me'],
    ['Café — Notes', 'cafe notes'],
    ['Project: Churn-model', 'project churn model'],
  ])('%j -> %j', (heading, expected) => {
    expect(normalizeHeading(heading)).toBe(expected);
  });

  test('later episodes win and notes are not remembered', () => {
    const older = parseEpisode('## Stuff\n<!-- kind: course -->\n## Misc\n');
    const newer = parseEpisode('## Stuff\n<!-- kind: project -->\n## __proto__\n<!-- kind: course -->\n');
    const history = buildKindHistory([older, newer]);
    expect(history).toEqual({ stuff: 'project', proto: 'course' });
    expect(Object.getPrototypeOf(history)).toBe(Object.prototype);
  });
});
