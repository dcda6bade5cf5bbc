// The review plan as the person sets it (settings key 'review-plan'): the date, what it is, and
// the daily cap in reviews and/or minutes.
import { z } from 'zod';
import { parseDay } from '../week';

export const reviewPlanSettingSchema = z
  .object({
    targetDay: z.string().refine((v) => parseDay(v) !== undefined, 'The date must be a day as yyyy-MM-dd.'),
    label: z.string().max(120, 'The label is at most 120 characters.'),
    reviewsPerDay: z.number().int('Reviews a day is a whole number.').min(1, 'At least 1 review a day.').max(1000, 'At most 1000 reviews a day.').nullable(),
    minutesPerDay: z.number().int('Minutes a day is a whole number.').min(1, 'At least 1 minute a day.').max(1440, 'At most 1440 minutes a day.').nullable(),
  })
  .nullable();

/** null: no date set. */
export type ReviewPlanSetting = z.infer<typeof reviewPlanSettingSchema>;
