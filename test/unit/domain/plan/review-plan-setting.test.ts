import { describe, expect, it } from 'vitest';
import { reviewPlanSettingSchema } from '../../../../src/domain/plan';
import { restoreSetting } from '../../../../src/data/settings-repo';

const ok = { targetDay: '2026-04-14', label: 'Product analyst interview at Acme', reviewsPerDay: 30, minutesPerDay: null };

describe("the 'review-plan' setting", () => {
  it.each([
    { value: ok, valid: true },
    { value: null, valid: true },
    { value: { ...ok, reviewsPerDay: null, minutesPerDay: 45 }, valid: true },
    { value: { ...ok, targetDay: '14/04/2026' }, valid: false },
    { value: { ...ok, targetDay: '2026-02-30' }, valid: false },
    { value: { ...ok, reviewsPerDay: 0 }, valid: false },
    { value: { ...ok, reviewsPerDay: 2.5 }, valid: false },
    { value: { ...ok, minutesPerDay: 2000 }, valid: false },
    { value: { ...ok, label: 'x'.repeat(121) }, valid: false },
  ])('$value -> valid $valid', ({ value, valid }) => {
    expect(reviewPlanSettingSchema.safeParse(value).success).toBe(valid);
  });

  it('reads a missing or damaged value as no plan', () => {
    expect(restoreSetting('review-plan', undefined)).toBeNull();
    expect(restoreSetting('review-plan', { targetDay: 'soon' })).toBeNull();
    expect(restoreSetting('review-plan', ok)).toEqual(ok);
  });
});
