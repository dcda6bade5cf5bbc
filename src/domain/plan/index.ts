// Plans toward a date (issue 23): what the exam plan and the review plan share.
export { daysOffBetween, daysOffSchema, dayOffRangeSchema, isDayOff, normalizeDaysOff, type DayOffRange } from './days-off';
export {
  examDomainSchema,
  examDomainsSchema,
  examPlanSettingsSchema,
  planBaselineSchema,
  type ExamDomain,
  type ExamPlanSettings,
  type PlanBaseline,
} from './exam-plan-schema';
export {
  domainOf,
  hoursOnDay,
  moduleHoursLeft,
  planExam,
  weekContaining,
  weeklyHours,
  weeksBetween,
  type ExamPlan,
  type ExamPlanInput,
  type PlanVerdict,
  type PlanWeek,
  type PlannedItem,
} from './exam-plan';
export { domainCoverage, orderByUncoveredWeight, type DomainCoverage } from './exam-domains';
export { baselineOf, planChanges, studiedHoursByWeek, toggleSkippedWeek, weekLabel, type ChangesInput, type PlanChange } from './exam-plan-changes';
export { certificationPlan, planDate, planWeekText, weekPlanSummary, weekStartOf, type CertificationPlan, type PlanContext, type WeekPlanSummary } from './exam-plan-week';
export { planReviews, plannedReviewsBetween, reviewsPerDayAllowed, type PlanDay, type PlannedIntroduction, type ReviewPlan, type ReviewPlanCap, type ReviewPlanInput, type ReviewPlanStatus } from './review-plan';
export { BASE_RETENTION, DEFAULT_MINUTES_PER_REVIEW, FINAL_RETENTION, FINAL_STRETCH_DAYS, GOAL_RETENTION, latestIntroductionDay, retentionOn } from './review-plan-fsrs';
export { GOAL_ACCURACY, MIN_ATTEMPTS_FOR_ACCURACY, minutesPerReviewFrom, type TopicAccuracy, type TopicReadiness } from './review-plan-readiness';
export { reviewPlanSettingSchema, type ReviewPlanSetting } from './review-plan-setting';
export { reviewsThisWeek, reviewWeekText, type ReviewWeek } from './review-plan-week';
