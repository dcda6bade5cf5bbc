import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToPracticeCells,
  isPracticeCells,
  practiceCells,
  practiceProgress,
  practiceProgressFromCells,
  practiceStreak,
  practiceTopicLabel,
} from '../../../../src/domain/practice/progress';
import type { PracticeAttempt } from '../../../../src/domain/practice/records';
import { weeklyPracticeMarkdown, weeklyPracticeSummary } from '../../../../src/domain/practice/weekly-summary';

// Local times: Monday 16 Nov 2026 is the start of ISO week 2026-W47.
const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();
let n = 0;
const attempt = (topic: string, correct: boolean, answeredAt: number, seconds = 60): PracticeAttempt => ({
  id: `a${n++}`,
  cardId: `gen:${topic}`,
  kind: 'generator',
  topic,
  seed: 1,
  questionId: null,
  answer: '1',
  correct,
  seconds,
  answeredAt,
  rating: correct ? 3 : 1,
  dueAfter: answeredAt,
  mistake: null,
});

const history = [
  attempt('power', false, at(16)),
  attempt('power', false, at(17)),
  attempt('power', true, at(18), 120),
  attempt('sample-size', true, at(18)),
  attempt('sample-size', false, at(19)),
  attempt('relative-lift', true, at(20)),
  attempt('p-values', true, at(20), 20), // a concept topic
  attempt('srm-check', false, at(9)), // the week before
  attempt('srm-check', true, at(23)), // the week after
];

describe('practiceProgress', () => {
  const p = practiceProgress(history, at(20, 18), 3);
  it('totals and orders topics weakest first', () => {
    expect(p.total).toBe(9);
    expect(p.correct).toBe(5);
    expect(p.topics.map((t) => t.topic)).toEqual(['power', 'sample-size', 'srm-check', 'relative-lift', 'p-values']);
    expect(p.topics[0]).toMatchObject({ label: 'Power at a given n', attempts: 3, correct: 1, avgSeconds: 80 });
  });
  it('buckets the last weeks by ISO week with accuracy per topic', () => {
    expect(p.weeks.map((w) => w.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(p.weeks[1]).toMatchObject({ attempts: 1, accuracy: 0, byTopic: { 'srm-check': 0 } });
    expect(p.weeks[2]!.attempts).toBe(7);
    expect(p.weeks[2]!.byTopic).toMatchObject({ power: 33.3, 'sample-size': 50, 'relative-lift': 100 });
  });
  it('counts the streak of consecutive practice days', () => {
    expect(p.streak).toEqual({ current: 5, longest: 5, practisedToday: true });
  });
  it('labels generator and concept topics', () => {
    expect(practiceTopicLabel('p-values')).toBe('What a p-value is and is not');
    expect(practiceTopicLabel('mde')).toBe('Minimum detectable effect');
    // A topic the app no longer knows still reads as words, never as its id.
    expect(practiceTopicLabel('unknown-topic')).toBe('Unknown topic');
  });
});

describe('practiceStreak', () => {
  it.each([
    { days: [], today: 20, expected: { current: 0, longest: 0, practisedToday: false } },
    { days: ['2026-11-19'], today: 20, expected: { current: 1, longest: 1, practisedToday: false } },
    { days: ['2026-11-18'], today: 20, expected: { current: 0, longest: 1, practisedToday: false } },
    { days: ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-19', '2026-11-20'], today: 20, expected: { current: 2, longest: 3, practisedToday: true } },
    { days: ['2026-10-31', '2026-11-01'], today: 1, expected: { current: 2, longest: 2, practisedToday: true } },
  ])('$days on day $today', ({ days, today, expected }) => {
    expect(practiceStreak(new Set(days), at(today))).toEqual(expected);
  });
});

describe('weeklyPracticeSummary', () => {
  it('summarises one ISO week and names the weakest topics', () => {
    const s = weeklyPracticeSummary(history, '2026-11-16');
    expect(s).toMatchObject({ weekOf: '2026-11-16', problems: 7, correct: 4 });
    expect(s.weakest.map((w) => w.topic)).toEqual(['power', 'sample-size']);
    expect(weeklyPracticeMarkdown(s)).toBe(
      'This week: 7 problems, 57% correct; weakest: power at a given n.\n\n- Power at a given n: 2 of 3 missed\n- Sample size per arm: 1 of 2 missed',
    );
  });
  it.each([
    { attempts: [], md: 'This week: no practice problems yet.' },
    { attempts: [attempt('mde', true, at(17))], md: 'This week: 1 problem, 100% correct; no misses.' },
  ])('writes $md', ({ attempts, md }) => {
    expect(weeklyPracticeMarkdown(weeklyPracticeSummary(attempts, '2026-11-16'))).toBe(md);
  });
  it('rejects a malformed week', () => {
    expect(() => weeklyPracticeSummary([], '2026-W47')).toThrow('weekOf must be a day');
  });
});

describe('practice cells', () => {
  it('sum attempts per local day and topic', () => {
    const cells = practiceCells([attempt('power', false, at(16, 9), 30), attempt('power', true, at(16, 21), 45.5), attempt('srm-check', true, at(16, 12)), attempt('power', true, at(17))]);
    expect(cells).toEqual({
      days: ['2026-11-16', '2026-11-16', '2026-11-17'],
      topics: ['power', 'srm-check', 'power'],
      attempts: [2, 1, 1],
      correct: [1, 1, 1],
      seconds: [75.5, 60, 60],
      lastAt: [at(16, 21), at(16, 12), at(17)],
    });
    expect(isPracticeCells(cells)).toBe(true);
    expect(isPracticeCells({ ...cells, lastAt: [1] })).toBe(false);
  });

  it('kept up one answer at a time, equal the cells built at once, and give the same progress', () => {
    const topics = ['power', 'sample-size', 'p-values'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 60 }), hour: fc.integer({ min: 0, max: 23 }), topic: fc.constantFrom(...topics), correct: fc.boolean(), tenths: fc.integer({ min: 1, max: 3000 }) }), { maxLength: 60 }),
        (raw) => {
          const attempts = raw.map((x) => attempt(x.topic, x.correct, new Date(2026, 9, x.day, x.hour).getTime(), x.tenths / 10));
          const batch = practiceCells(attempts);
          const stepwise = attempts.reduce((cells, a) => addToPracticeCells(cells, [a]), practiceCells([]));
          expect(stepwise).toEqual(batch);
          expect(practiceProgressFromCells(stepwise, at(30))).toEqual(practiceProgress(attempts, at(30)));
        },
      ),
      { seed: 20261126, numRuns: 200 },
    );
  });
});
