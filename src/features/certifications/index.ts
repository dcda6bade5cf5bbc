// What other features may use from certifications.
export { NewCertification } from './NewCertification';
export { ThisWeeksPlanCard } from './ThisWeeksPlanCard';
