// Plans toward a date (issue 23): what the exam plan and the review plan share.
export { daysOffBetween, daysOffSchema, dayOffRangeSchema, isDayOff, normalizeDaysOff, type DayOffRange } from './days-off';
