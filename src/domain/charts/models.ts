// A parsed ```chart block plus the numbers it needs, as a drawn chart: the SVG and the sentence
// that says the same for a screen reader and as an exported image's alt text. Pure: the data
// layer reads the repositories and calls these.
import { format } from 'date-fns';
import type { ChartSpec } from '../episode/chart-block';
import type { TopicStats } from '../practice/progress';
import { burnUpFromIndex } from '../progress/burn-up';
import { addDaysIso, dayNumber, fromDayNumber, isoWeekStart, toLocalDate } from '../progress/day-math';
import { buildStudyIndex } from '../progress/study-index';
import type { StudyMinutes } from '../progress/study-cells';
import type { Certification, IsoDate } from '../progress/types';
import { hoursPerWeekFromIndex } from '../progress/weekly-hours';
import { barChartSvg, formatNumber, lineChartSvg } from './svg';

export interface DrawnChart {
  title: string;
  svg: string;
  /** The text alternative. */
  text: string;
}
export type ChartResult = DrawnChart | { error: string };

const day = (date: IsoDate) => format(toLocalDate(date), 'd MMM');
const longDay = (date: IsoDate) => format(toLocalDate(date), 'd MMM yyyy');

/** Which certification a block means: by id, else by name (case and spacing ignored), else the first active one. */
export function pickCertification(certifications: readonly Certification[], wanted: string | undefined): Certification | { error: string } {
  if (wanted === undefined) {
    const first = certifications.find((c) => !c.archived);
    return first ?? { error: 'There is no active certification to chart yet. Add one under Certifications, or name an archived one with `certification:`.' };
  }
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const found = certifications.find((c) => c.id === wanted) ?? certifications.find((c) => norm(c.name) === norm(wanted));
  if (found) return found;
  const names = certifications.map((c) => `"${c.name}"`).slice(0, 5).join(', ');
  return { error: `No certification is called "${wanted}".${names ? ` Use one of: ${names}.` : ' Add it under Certifications first.'}` };
}

export function hoursChart(cert: Certification, minutes: readonly StudyMinutes[], today: IsoDate, weeks: number): DrawnChart {
  const from = fromDayNumber(isoWeekStart(dayNumber(today)) - 7 * (weeks - 1));
  const rows = hoursPerWeekFromIndex(buildStudyIndex(minutes, today, cert.id), from);
  const bars = rows.map((w) => ({ label: day(w.weekStart), value: Math.round(w.hours * 10) / 10 }));
  const total = rows.reduce((sum, w) => sum + w.minutes, 0) / 60;
  const title = `Hours per week: ${cert.name}`;
  const span = weeks === 1 ? 'this week' : `last ${weeks} weeks`;
  const text = `Hours per week of ${cert.name}, ${span} (weeks starting ${day(from)} to ${day(rows.at(-1)?.weekStart ?? from)}): ${bars.map((b) => formatNumber(b.value)).join(', ')}; ${formatNumber(total)} h in all.`;
  return { title, text, svg: barChartSvg({ title, description: text, bars, xTitle: 'Week starting', yTitle: 'Hours', unit: ' h' }) };
}

/** At most this many points along the burn-up's time axis. */
const BURN_UP_POINTS = 26;

export function burnUpChart(cert: Certification, minutes: readonly StudyMinutes[], today: IsoDate): DrawnChart {
  const burnUp = burnUpFromIndex(cert, buildStudyIndex(minutes, today, cert.id), today);
  const first = burnUp.actual[0]?.date ?? today;
  const spanDays = Math.max(0, dayNumber(today) - dayNumber(first));
  const stepWeeks = Math.max(1, Math.ceil(spanDays / 7 / (BURN_UP_POINTS - 1)));
  const dates: IsoDate[] = [];
  for (let d = today; dayNumber(d) >= dayNumber(first) && dates.length < BURN_UP_POINTS; d = addDaysIso(d, -7 * stepWeeks)) dates.unshift(d);
  if (dates.length === 1 && spanDays > 0) dates.unshift(first);
  let at = 0;
  let done = 0;
  const doneAt = dates.map((date) => {
    while (at < burnUp.actual.length && burnUp.actual[at]!.date <= date) done = burnUp.actual[at++]!.hours;
    return Math.round(done * 10) / 10;
  });
  const scope = Math.round(burnUp.scopeHours * 10) / 10;
  const title = `Burn-up: ${cert.name}`;
  const now = doneAt.at(-1) ?? 0;
  const percent = scope > 0 ? Math.round((now / scope) * 100) : 0;
  const expected = burnUp.forecastDetail.expected;
  const text =
    `Burn-up of ${cert.name}: ${formatNumber(now)} of ${formatNumber(scope)} h of modules done (${percent}%) on ${longDay(today)}` +
    (dates.length > 1 ? `, from ${formatNumber(doneAt[0]!)} h on ${longDay(dates[0]!)}` : '') +
    (expected ? `; at the current pace it is finished by ${longDay(expected)}.` : '.');
  return {
    title,
    text,
    svg: lineChartSvg({
      title,
      description: text,
      xLabels: dates.map(day),
      series: [
        { name: 'Done', values: doneAt },
        { name: 'Total', values: dates.map(() => scope), reference: true },
      ],
      xTitle: 'Date',
      yTitle: 'Hours',
      unit: ' h',
    }),
  };
}

/** At most this many topics, weakest first. */
const TOPICS = 10;

export function accuracyChart(topics: readonly TopicStats[]): ChartResult {
  if (topics.length === 0) return { error: 'No practice answers yet: answer a few questions under Practice and this chart fills in.' };
  const shown = topics.slice(0, TOPICS);
  const bars = shown.map((t) => ({ label: t.label, value: Math.round(t.accuracy * 100) }));
  const attempts = topics.reduce((sum, t) => sum + t.attempts, 0);
  const correct = topics.reduce((sum, t) => sum + t.correct, 0);
  const title = 'Practice accuracy by topic';
  const more = topics.length > TOPICS ? ` (the ${TOPICS} weakest of ${topics.length} topics)` : '';
  const text = `Practice accuracy by topic, weakest first${more}: ${shown.map((t) => `${t.label} ${Math.round(t.accuracy * 100)}% of ${t.attempts}`).join(', ')}; ${Math.round((correct / Math.max(1, attempts)) * 100)}% right over ${attempts} answers.`;
  return { title, text, svg: barChartSvg({ title, description: text, bars, xTitle: 'Answers right', yTitle: 'Topic', unit: '%', max: 100, orientation: 'horizontal' }) };
}

export interface ChartInputs {
  certifications: readonly Certification[];
  /** Study minutes per day and module of one certification. */
  minutesOf(certificationId: string): Promise<readonly StudyMinutes[]>;
  topics(): Promise<readonly TopicStats[]>;
  today: IsoDate;
}

/** The chart a block asks for, from what the inputs hold. */
export async function drawChart(spec: ChartSpec, inputs: ChartInputs): Promise<ChartResult> {
  if (spec.show === 'accuracy') return accuracyChart(await inputs.topics());
  const cert = pickCertification(inputs.certifications, spec.certification);
  if ('error' in cert) return cert;
  const minutes = await inputs.minutesOf(cert.id);
  return spec.show === 'hours' ? hoursChart(cert, minutes, inputs.today, spec.weeks) : burnUpChart(cert, minutes, inputs.today);
}

