import { addDays, format } from 'date-fns';
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { latestIntroductionDay, planReviews, plannedReviewsBetween, retentionOn, reviewsThisWeek, reviewWeekText, type ReviewPlanInput } from '../../../../src/domain/plan';
import { newReviewCard, reviewCard, toCard, type ReviewCardRecord } from '../../../../src/domain/practice/scheduling';

const TODAY = '2026-03-02'; // a Monday
const day = (offset: number, from = TODAY) => format(addDays(new Date(`${from}T00:00:00`), offset), 'yyyy-MM-dd');
const noon = (d: string) => new Date(`${d}T12:00:00`);
const dayOf = (t: Date | number) => format(t, 'yyyy-MM-dd');
const NOW = new Date(`${TODAY}T08:00:00`).getTime();

/** A generator card answered Good from new on `d` (new -> learning -> review), via the app's scheduler. */
function startedCard(topic: string, d: string): ReviewCardRecord {
  let card = newReviewCard('generator', topic, topic, noon(d).getTime());
  card = reviewCard(card, Rating.Good, noon(d).getTime());
  return reviewCard(card, Rating.Good, card.due);
}

function input(over: Partial<ReviewPlanInput>): ReviewPlanInput {
  return { cards: [], newTopics: [], targetDay: day(30), today: TODAY, now: NOW, cap: { reviewsPerDay: null, minutesPerDay: null }, minutesPerReview: 2, daysOff: [], ...over };
}

const reviewDays = (plan: ReturnType<typeof planReviews>) => plan.days.filter((d) => d.total > 0).map((d) => d.day);

describe('retention toward the date', () => {
  it.each([
    { daysBefore: 60, retention: 0.9 },
    { daysBefore: 15, retention: 0.9 },
    { daysBefore: 14, retention: 0.95 },
    { daysBefore: 1, retention: 0.95 },
    { daysBefore: 0, retention: 0.95 },
  ])('$daysBefore days before the date: $retention', ({ daysBefore, retention }) => {
    expect(retentionOn(day(0), day(daysBefore))).toBe(retention);
  });
});

describe('review intervals are ts-fsrs intervals at the day’s desired retention', () => {
  // A card started 5 days before today; each row puts the date at a different distance, so the
  // reviews fall in the normal stretch (0.90) or the final stretch (0.95).
  it.each([
    { targetOffset: 120, retention: 0.9 },
    { targetOffset: 10, retention: 0.95 },
  ])('date in $targetOffset days: retention $retention', ({ targetOffset, retention }) => {
    const record = startedCard('power', day(-5));
    const plan = planReviews(input({ cards: [record], targetDay: day(targetOffset) }));
    // ts-fsrs directly: the first review on the due day (or today if overdue), the next at its interval.
    const f = fsrs({ enable_fuzz: false, request_retention: retention });
    const firstDay = dayOf(record.due) < TODAY ? TODAY : dayOf(record.due);
    const firstAt = firstDay === TODAY ? new Date(Math.max(NOW, noon(TODAY).getTime(), record.due)) : new Date(Math.max(noon(firstDay).getTime(), record.due));
    const afterFirst = f.next(toCard(record), firstAt, Rating.Good).card;
    const secondDay = dayOf(afterFirst.due);
    const afterSecond = f.next(afterFirst, noon(secondDay), Rating.Good).card;
    const expected = [firstDay, secondDay, dayOf(afterSecond.due)].filter((d) => d <= day(targetOffset));
    expect(reviewDays(plan).slice(0, expected.length)).toEqual(expected);
    expect(secondDay > firstDay).toBe(true);
  });

  it('uses a longer interval at 0.90 than at 0.95 (checked with ts-fsrs itself)', () => {
    const card: Card = toCard(startedCard('power', day(-5)));
    const at = noon(TODAY);
    const loose = fsrs({ enable_fuzz: false, request_retention: 0.9 }).next(card, at, Rating.Good).card.scheduled_days;
    const strict = fsrs({ enable_fuzz: false, request_retention: 0.95 }).next(card, at, Rating.Good).card.scheduled_days;
    expect(loose).toBeGreaterThan(strict);
  });
});

describe('daily cap', () => {
  const many = Array.from({ length: 40 }, (_, i) => ({ ...startedCard(`t${i}`, day(-10 - (i % 6))), id: `gen:t${i}` }));
  it.each([
    { cap: { reviewsPerDay: 5, minutesPerDay: null }, perDay: 5 },
    { cap: { reviewsPerDay: null, minutesPerDay: 13 }, perDay: 6 }, // 13 min / 2 min a review = 6
    { cap: { reviewsPerDay: 8, minutesPerDay: 10 }, perDay: 5 },
  ])('never plans more than $perDay reviews a day', ({ cap, perDay }) => {
    const plan = planReviews(input({ cards: many, cap, newTopics: ['a', 'b', 'c'] }));
    expect(plan.capPerDay).toBe(perDay);
    for (const d of plan.days) expect(d.total).toBeLessThanOrEqual(perDay);
    expect(plan.days[0]!.total).toBe(perDay); // 40 overdue reviews fill today
  });

  it('moves reviews earlier when a later day would go over the cap', () => {
    // Ten cards due on the same day in a week; cap 4: some are reviewed before that day.
    const cards = Array.from({ length: 10 }, (_, i) => ({ ...startedCard(`c${i}`, day(0)), id: `gen:c${i}`, due: noon(day(7)).getTime() }));
    const plan = planReviews(input({ cards, cap: { reviewsPerDay: 4, minutesPerDay: null } }));
    const byDay = Object.fromEntries(plan.days.map((d) => [d.day, d.total]));
    // Hand count: day 7 keeps 4, day 6 takes 4, day 5 the last 2; nothing moves earlier than needed.
    expect([byDay[day(4)], byDay[day(5)], byDay[day(6)], byDay[day(7)]]).toEqual([0, 2, 4, 4]);
  });
});

describe('days off', () => {
  it('plans no review on a day off and moves the break’s reviews to the day before', () => {
    const breakRange = { from: day(5), to: day(9), label: 'Holiday' };
    const cards = Array.from({ length: 6 }, (_, i) => ({ ...startedCard(`h${i}`, day(0)), id: `gen:h${i}`, due: noon(day(5 + (i % 5))).getTime() }));
    const plan = planReviews(input({ cards, daysOff: [breakRange], newTopics: ['x', 'y'] }));
    for (const d of plan.days.filter((x) => x.day >= day(5) && x.day <= day(9))) {
      expect(d.dayOff).toBe(true);
      expect(d.total).toBe(0);
    }
    expect(plan.days.find((d) => d.day === day(4))!.reviews).toBeGreaterThanOrEqual(6);
    expect(plan.breaks).toEqual([breakRange]);
  });
});

describe('new topics', () => {
  it('counts a new topic as ready only after its two reviews', () => {
    const plan = planReviews(input({ newTopics: ['power'], targetDay: day(30) }));
    const [intro] = plan.introductions;
    expect(intro!.day).toBe(TODAY);
    // Ready on the day of its second review after the first answer, not on the day it starts.
    expect(plan.readyBy).toBe(intro!.reviewDays[1]);
  });

  it('starts every new topic early enough for two reviews before the date', () => {
    const topics = ['power', 'ci-mean', 'welch', 'chi-square', 'bonferroni', 'variance'];
    const plan = planReviews(input({ newTopics: topics, targetDay: day(20), cap: { reviewsPerDay: 6, minutesPerDay: null } }));
    expect(plan.introductions.map((i) => i.topic)).toEqual(topics);
    for (const intro of plan.introductions) {
      expect(intro.day).not.toBeNull();
      expect(intro.reviewDays.length).toBeGreaterThanOrEqual(2);
      expect(intro.reviewDays.every((d) => d > intro.day! && d <= day(20))).toBe(true);
    }
  });

  it.each([{ target: 10 }, { target: 30 }])('latest start for a date in $target days matches ts-fsrs’s first two intervals', ({ target }) => {
    const targetDay = day(target);
    const last = latestIntroductionDay(TODAY, targetDay)!;
    // ts-fsrs directly: first answer at noon (and its same-day steps), then two reviews.
    const secondReviewDay = (start: string) => {
      const f = (d: string) => fsrs({ enable_fuzz: false, request_retention: retentionOn(d, targetDay) });
      let c = f(start).next(createEmptyCard(noon(start)), noon(start), Rating.Good).card;
      while (dayOf(c.due) <= start) c = f(start).next(c, c.due, Rating.Good).card;
      const r1 = dayOf(c.due);
      c = f(r1).next(c, noon(r1), Rating.Good).card;
      return dayOf(c.due);
    };
    expect(secondReviewDay(last) <= targetDay).toBe(true);
    expect(secondReviewDay(day(1, last)) > targetDay).toBe(true);
  });
});

describe('ready by and the weakest topics', () => {
  it('is ready today when every topic was just reviewed and the date is far', () => {
    const cards = [startedCard('power', day(-1)), startedCard('welch', day(-1))];
    const plan = planReviews(input({ cards, now: noon(day(-1)).getTime() + 3600_000 }));
    expect(plan.readyBy).toBe(TODAY);
    expect(plan.belowGoal).toEqual([]);
  });

  it('is not ready with a topic answered wrong most of the time, and lists it weakest first', () => {
    const cards = [startedCard('power', day(-1)), startedCard('welch', day(-1))];
    const accuracy = [
      { topic: 'power', attempts: 10, accuracy: 0.3 },
      { topic: 'welch', attempts: 10, accuracy: 0.9 },
    ];
    const plan = planReviews(input({ cards, accuracy }));
    expect(plan.readyBy).toBeNull();
    expect(plan.belowGoal.map((t) => t.topic)).toEqual(['power']);
    expect(plan.topicsNow[0]!.topic).toBe('power');
  });

  it('is not ready when the cap leaves a backlog on the date', () => {
    const cards = Array.from({ length: 30 }, (_, i) => ({ ...startedCard(`b${i}`, day(-40)), id: `gen:b${i}` }));
    const plan = planReviews(input({ cards, targetDay: day(2), cap: { reviewsPerDay: 3, minutesPerDay: null } }));
    expect(plan.backlog).toBeGreaterThan(0);
    expect(plan.readyBy).toBeNull();
    expect(plan.belowGoal.length).toBeGreaterThan(0);
  });

  it('a date in the past gives a clear result, not a crash', () => {
    const plan = planReviews(input({ cards: [startedCard('power', day(-3))], newTopics: ['welch'], targetDay: day(-1) }));
    expect(plan.status).toBe('past');
    expect(plan.days).toEqual([]);
    expect(plan.readyBy).toBeNull();
    expect(plan.belowGoal.map((t) => t.topic)).toContain('welch');
  });

  it('a date of today plans today only and no new topic can get two reviews', () => {
    const plan = planReviews(input({ newTopics: ['welch'], targetDay: TODAY }));
    expect(plan.status).toBe('today');
    expect(plan.days.map((d) => d.day)).toEqual([TODAY]);
    expect(plan.latestIntroductionDay).toBeUndefined();
    expect(plan.introductions[0]!.reviewDays).toEqual([]);
  });

  it('sums the planned reviews of a week', () => {
    const plan = planReviews(input({ newTopics: ['a', 'b'] }));
    expect(plannedReviewsBetween(plan, TODAY, day(6))).toBe(plan.days.slice(0, 7).reduce((s, d) => s + d.total, 0));
  });
});

describe('the week in the episode', () => {
  it('says planned (done plus the rest of the week) vs done', () => {
    const plan = planReviews(input({ newTopics: ['a', 'b'], cap: { reviewsPerDay: 3, minutesPerDay: null } }));
    const rest = plan.days.slice(0, 7).reduce((s, d) => s + d.total, 0); // Monday (today) to Sunday
    const week = reviewsThisWeek(plan, TODAY, 21)!;
    expect(week).toEqual({ planned: 21 + rest, done: 21 });
    expect(reviewWeekText({ planned: 34, done: 21 })).toBe('Reviews this week: 34 planned, 21 done');
  });

  it.each([{ weekOf: day(7) }, { weekOf: day(-7) }])('has nothing to say for another week ($weekOf)', ({ weekOf }) => {
    expect(reviewsThisWeek(planReviews(input({})), weekOf, 0)).toBeUndefined();
  });
});
