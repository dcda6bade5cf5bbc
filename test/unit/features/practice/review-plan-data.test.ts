import { describe, expect, it } from 'vitest';
import { planReviews, type ReviewPlan } from '../../../../src/domain/plan';
import { futureDueRows, futureDueSummary, readinessText } from '../../../../src/features/practice/review-plan-data';

const base: ReviewPlan = {
  status: 'planned',
  today: '2026-03-02',
  targetDay: '2026-03-20',
  capPerDay: 10,
  minutesPerReview: 2,
  days: [],
  introductions: [],
  latestIntroductionDay: undefined,
  readyBy: null,
  belowGoal: [],
  topicsNow: [],
  breaks: [],
  backlog: 0,
};
const topic = { topic: 'power', label: 'Power', retrievability: 0.5, accuracy: 0.4, attempts: 5, atGoal: false };

describe('readinessText', () => {
  it.each([
    { plan: { ...base, readyBy: '2026-03-10' }, text: 'Ready by Tue 10 Mar.' },
    { plan: { ...base, readyBy: '2026-03-02' }, text: 'Ready now, if you keep up with the reviews.' },
    { plan: { ...base, belowGoal: [topic] }, text: 'Not ready by the date: 1 topic below goal.' },
    { plan: { ...base, belowGoal: [topic, { ...topic, topic: 'welch' }, { ...topic, topic: 'srm' }] }, text: 'Not ready by the date: 3 topics below goal.' },
    { plan: { ...base, status: 'past' as const, targetDay: '2026-02-27' }, text: 'The date (Fri 27 Feb) has passed. Set the next one to plan toward it.' },
  ])('$text', ({ plan, text }) => {
    expect(readinessText(plan)).toBe(text);
  });
});

describe('future-due summary', () => {
  it('says the total, the busiest day, the cap and the days off, and marks days off in the rows', () => {
    const plan = planReviews({
      cards: [],
      newTopics: ['power', 'welch'],
      targetDay: '2026-03-06',
      today: '2026-03-02',
      now: new Date('2026-03-02T08:00:00').getTime(),
      cap: { reviewsPerDay: 10, minutesPerDay: null },
      minutesPerReview: 2,
      daysOff: [{ from: '2026-03-04', to: '2026-03-04', label: '' }],
    });
    const total = plan.days.reduce((s, d) => s + d.total, 0);
    expect(futureDueSummary(plan)).toMatch(new RegExp(`^${total} reviews over 5 days until Fri 6 Mar, busiest .* cap 10 a day, 1 day off with no reviews\\.$`));
    expect(futureDueRows(plan).map((r) => r.dayOff)).toEqual([false, false, true, false, false]);
  });
});
