// What other features may use from the dashboard: the week's rollups for an episode.
export { gatherWeeklyRollups } from './start-week';
