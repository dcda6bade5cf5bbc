// Certification tracker domain: types, restore/validate, edits, chart data, import/export.
export * from './types';
export { addDaysIso, isIsoDate, isoWeekLabel } from './day-math';
export { restoreCertification, restoreSession, restoreTemplate, reconcileModule } from './restore';
export type { RestoreOptions } from './restore';
export { validateModuleEdit, validateSession, validateCertificationDetails } from './validate';
export type { SessionContext, CertificationDetails } from './validate';
export {
  setModuleStatus,
  setModulePercent,
  addModule,
  updateModule,
  removeModule,
  moveModule,
  renameCertification,
  archiveCertification,
} from './module-ops';
export type { ModuleDraft } from './module-ops';
export { completionSeries, courseProgress, earnedHours, hoursLeft, hoursSummary, remainingHours, totalHours } from './completion';
export type { CertificationSummary, CompletionPoint, CompletionOptions, CourseProgress, HoursSummary, ModuleProgress } from './completion';
export { hoursPerWeek, currentPace } from './weekly-hours';
export type { WeekHours, WeekOptions, Pace } from './weekly-hours';
export { forecastCompletion, weeklyHoursNeeded, statusBanner } from './forecast';
export type { Forecast, ForecastStatus, TargetPlan, StatusBanner, BannerKind } from './forecast';
export { studyStreaks } from './streaks';
export type { Streaks } from './streaks';
export { calendarHeatmap, heatLevel } from './heatmap';
export type { Heatmap, HeatmapCell } from './heatmap';
export { burnUpData } from './burn-up';
export type { BurnUp, ChartPoint, DateMarker } from './burn-up';
export { progressCharts, moduleProgress } from './charts';
export type { ProgressCharts } from './charts';
export { weeklyCourseSummary, weeklyCourseMarkdown } from './weekly-summary';
export type { WeeklyCourseSummary } from './weekly-summary';
export { formatHours } from './study-index';
export { applyStudyDelta, emptyStudyCells, isStudyCells, studyCells, studyMinutes, studyMinutesBetween } from './study-cells';
export type { StudyCells, StudyMinutes } from './study-cells';
export { certificationToJson, certificationFromJson, CERTIFICATION_FORMAT } from './json-io';
export { certificationToMarkdown, certificationFromMarkdown } from './markdown-io';
export type { MarkdownImportOptions } from './markdown-io';
export { certificationFromTemplate } from './template';
export type { FromTemplateOptions } from './template';
