// One certification: header, status banner, charts, the module checklist and the study log.
// All chart data comes from one memoized progressCharts call per (certification, study totals,
// today); the totals are one stored row of minutes per day and module, not the sessions.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { todayIso, useCertification, useStudyTotals } from '../../data/certifications-store';
import type { StudyTotals } from '../../data/study-sessions-repo';
import { formatHours, progressCharts } from '../../domain/progress';
import type { ProgressCharts } from '../../domain/progress';
import { CertificationIcon } from '../../ui/icons';
import { EmptyState } from '../../ui/page';
import { doneVersusLogged, forecastText } from './certification-data';
import { BurnUpChart } from './charts/BurnUpChart';
import { HoursPerWeekChart } from './charts/HoursPerWeekChart';
import { ModuleProgressChart } from './charts/ModuleProgressChart';
import { StudyHeatmap } from './charts/StudyHeatmap';
import { DetailHeader } from './DetailHeader';
import { DomainCoverageCard } from './DomainCoverageCard';
import { ExamPlanCard } from './ExamPlanCard';
import { usePlanContext } from './exam-plan-view';
import { ModuleChecklist } from './ModuleChecklist';
import { StudyLog, useStudyLogPage, type StudyLogPage } from './StudyLog';
import { useCertificationEdits } from './use-certification-edits';
import type { Certification, IsoDate } from '../../domain/progress';
import { Callout } from '../../ui/Callout';
import './certifications.css';
import './certification-detail.css';

function StatusBanner({ charts }: { charts: ProgressCharts }) {
  const { banner, plan, pace, streaks } = charts;
  const tone = banner.kind === 'behind' || banner.kind === 'target-passed' ? 'warning' : banner.kind === 'on-track' || banner.kind === 'done' ? 'success' : 'accent';
  return (
    <Callout as="section" edge tone={tone} className="cert-banner" aria-label="Status">
      <strong data-testid="status-banner">{banner.message}</strong>
      <dl className="cert-stats">
        <div>
          <dt title={pace.days >= 28 ? 'Hours logged over the last four weeks, as hours a week' : 'Hours logged since you started, as hours a week'}>Pace</dt>
          <dd>{formatHours(pace.hoursPerWeek)} h/week</dd>
        </div>
        <div>
          <dt>Needed</dt>
          <dd>{plan.hoursPerWeek === null ? '—' : `${formatHours(plan.hoursPerWeek)} h/week`}</dd>
        </div>
        <div>
          <dt>Left</dt>
          <dd>{formatHours(plan.remainingHours)} h</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {streaks.current} {streaks.current === 1 ? 'day' : 'days'}
          </dd>
        </div>
      </dl>
    </Callout>
  );
}

function Detail({ cert, totals, log, today }: { cert: Certification; totals: StudyTotals; log: StudyLogPage; today: IsoDate }) {
  const charts = useMemo(() => progressCharts(cert, totals.minutes, today), [cert, totals, today]);
  const loggedMinutes = useMemo(() => totals.minutes.reduce((sum, cell) => sum + cell.minutes, 0), [totals]);
  const edits = useCertificationEdits(cert);
  const planContext = usePlanContext(today);
  const hasDomains = (cert.domains?.length ?? 0) > 0;
  return (
    <div className="page cert-detail">
      <DetailHeader cert={cert} today={today} edits={edits} />
      <StatusBanner charts={charts} />
      <div className={hasDomains ? 'cert-plan-grid' : 'cert-plan-single'}>
        <ExamPlanCard cert={cert} cells={totals.minutes} context={planContext} edits={edits} />
        <DomainCoverageCard cert={cert} cells={totals.minutes} />
      </div>
      <section className="card cert-burnup" aria-labelledby="cert-burnup-title">
        <div className="cert-section-head">
          <h2 id="cert-burnup-title">Burn-up</h2>
          <span className="cert-count">{formatHours(charts.burnUp.scopeHours)} h in scope</span>
        </div>
        <BurnUpChart burnUp={charts.burnUp} today={today} />
        <p className="cert-forecast" data-testid="forecast">
          {forecastText(charts.burnUp.forecastDetail, charts.plan)}
        </p>
        <p className="cert-hours-note" data-testid="done-vs-logged">
          {doneVersusLogged(charts.burnUp.earnedHours, loggedMinutes)}
        </p>
      </section>
      <div className="cert-chart-grid">
        <section className="card" aria-labelledby="cert-weeks-title">
          <h2 id="cert-weeks-title">Hours per week</h2>
          <HoursPerWeekChart weeks={charts.weeks} needed={charts.plan.hoursPerWeek} />
        </section>
        <section className="card" aria-labelledby="cert-heat-title">
          <h2 id="cert-heat-title">Study days</h2>
          <StudyHeatmap heatmap={charts.heatmap} />
        </section>
        <StudyLog cert={cert} sessionCount={totals.sessionCount} today={today} log={log} />
        <section className="card" aria-labelledby="cert-modules-chart-title">
          <h2 id="cert-modules-chart-title">Progress per module</h2>
          <ModuleProgressChart modules={charts.modules} />
        </section>
      </div>
      <ModuleChecklist cert={cert} edits={edits} today={today} />
    </div>
  );
}

export function CertificationDetailPage() {
  const { id } = useParams();
  const cert = useCertification(id);
  const totals = useStudyTotals(id ?? '');
  const log = useStudyLogPage(id ?? '');
  const [today] = useState(todayIso);
  if (cert === undefined || totals === undefined) return <div className="page" aria-busy="true" />;
  if (cert === null) {
    return (
      <div className="page">
        <EmptyState
          icon={CertificationIcon}
          title="This certification is not here"
          actions={
            <Link to="/certifications" className="btn btn-primary">
              Back to certifications
            </Link>
          }
        >
          <p>It may have been deleted, or the link is from another computer. Your other certifications are in the list.</p>
        </EmptyState>
      </div>
    );
  }
  // The log's first page comes with the charts: one pass draws the whole view.
  if (log === undefined) return <div className="page" aria-busy="true" />;
  return <Detail cert={cert} totals={totals} log={log} today={today} />;
}
