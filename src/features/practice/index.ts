// What other features use from practice: the review plan's line and its week for the weekly episode.
export { ReviewPlanLine } from './ReviewPlanLine';
export { reviewWeekLine } from './review-plan-data';
