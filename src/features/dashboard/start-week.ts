// "Start this week's episode": the template of last week's headings, pre-filled with the week's
// study hours and modules, practice summary, saved calculations and inspirations.
import { addDays } from 'date-fns';
import { getCertificationsRepo, todayIso } from '../../data/certifications-store';
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo } from '../../data/episodes-store';
import { getInspirationsRepo } from '../../data/inspirations-store';
import { getPracticeRepo } from '../../data/practice-store';
import { getSavedCalculationsRepo } from '../../data/saved-calculations-repo';
import { newEpisodeTemplate, type EpisodeDraft } from '../../domain/episode';
import { inspirationsInWeek, inspirationsMarkdown } from '../../domain/inspirations';
import { weeklyPracticeMarkdown, weeklyPracticeSummary } from '../../domain/practice/weekly-summary';
import { certificationPlan, planWeekText, weekPlanSummary } from '../../domain/plan';
import { addDaysIso, weeklyCourseMarkdown, type Certification } from '../../domain/progress';
import { getSettingsRepo } from '../../data/settings-store';
import { reviewWeekLine } from '../practice';
import { parseDay, weekOfFromDate } from '../../domain/week';
import { abtestBlock, fillWeeklyRollups, type WeeklyRollups } from './dashboard-data';

/** " Plan this week: 5 h, 2 modules — done 3.5 h." for a certification with an exam plan, when the week is this week. */
async function planLine(cert: Certification, weekOf: string): Promise<string> {
  if (!cert.plan) return '';
  const settings = getSettingsRepo();
  const [{ weekStartsOn }, daysOff, totals] = await Promise.all([settings.get('preferences'), settings.get('days-off'), getCertificationsRepo().sessions.studyTotals(cert.id)]);
  const today = todayIso();
  const plan = certificationPlan(cert, totals.minutes, { today, weekStartsOn, daysOff });
  const summary = plan && today >= weekOf && today <= addDaysIso(weekOf, 6) ? weekPlanSummary(plan) : null;
  return summary ? ` ${planWeekText(summary)}.` : '';
}

export async function gatherWeeklyRollups(weekOf: string, excludeEpisodeId?: string): Promise<WeeklyRollups> {
  const certsRepo = getCertificationsRepo();
  const { certifications } = await certsRepo.list();
  const course: string[] = [];
  const weekEnd = addDaysIso(weekOf, 6);
  for (const cert of certifications.filter((c) => !c.archived)) {
    const sessions = await certsRepo.sessions.listSessionsBetween(cert.id, weekOf, weekEnd);
    const text = weeklyCourseMarkdown(cert, sessions, weekOf) + (await planLine(cert, weekOf));
    course.push(certifications.length > 1 ? `*${cert.name}*: ${text}` : text);
  }
  const monday = parseDay(weekOf)!.getTime();
  const attempts = (await getPracticeRepo().listAttemptsBetween(monday, addDays(monday, 7).getTime())).rows;
  const practice = weeklyPracticeSummary(attempts, weekOf);
  const reviews = await reviewWeekLine(weekOf, practice.problems);
  const interview = [practice.problems > 0 ? weeklyPracticeMarkdown(practice) : undefined, reviews ? `${reviews}.` : undefined].filter(Boolean).join('\n\n');
  const inspirations = inspirationsInWeek(await getInspirationsRepo().list(), weekOf);
  const calcs = await getSavedCalculationsRepo().between(monday, addDays(monday, 7).getTime());
  return {
    course,
    interview: interview || undefined,
    inspiration: inspirations.length > 0 ? inspirationsMarkdown(inspirations) : undefined,
    calculations: calcs.filter((c) => c.episodeId !== excludeEpisodeId).map((c) => abtestBlock(c.calculatorId, c.input)),
  };
}

/** Creates this week's episode with its rollups and returns its id. */
export async function startThisWeeksEpisode(today = new Date()): Promise<string> {
  const repo = getEpisodesRepo();
  const last = await repo.latest();
  const template: EpisodeDraft = newEpisodeTemplate({ lastEpisode: last ? toDraft(last) : undefined, highestNumber: await repo.highestNumber(), today });
  const weekOf = template.weekOf ?? weekOfFromDate(today);
  const filled = fillWeeklyRollups(template, await gatherWeeklyRollups(weekOf));
  return (await repo.create(filled)).id;
}

export { todayIso };
