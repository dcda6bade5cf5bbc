// The certification's exam plan (issue 23): hours a week, the verdict, this week's modules, the
// weeks ahead, what changed since the accepted plan (with "Accept new plan") and "Skip this week".
import { useState } from 'react';
import { weekLabel, weekPlanSummary, type PlanWeek } from '../../domain/plan';
import { formatHours, type Certification, type StudyMinutes } from '../../domain/progress';
import { Callout } from '../../ui/Callout';
import { planActions, planDate, useExamPlanView, verdictText, type ExamPlanView } from './exam-plan-view';
import type { PlanContext } from '../../domain/plan';
import { PlanSettingsForm } from './PlanSettingsForm';
import type { CertificationEdits } from './use-certification-edits';
import './exam-plan.css';

/** Weeks after this one listed in full; the rest are counted. */
const UPCOMING_WEEKS = 6;

const h = (hours: number) => `${formatHours(hours)} h`;

function WeekItems({ week }: { week: PlanWeek }) {
  if (week.skipped) return <span className="plan-muted">Skipped</span>;
  const off = week.daysOff > 0 ? `${week.daysOff} ${week.daysOff === 1 ? 'day' : 'days'} off` : '';
  if (week.items.length === 0) return <span className="plan-muted">{off || 'Nothing planned'}</span>;
  const titles = (off ? `${off} · ` : '') + week.items.map((i) => i.title).join(' · ');
  return (
    <span className="plan-week-modules" title={titles}>
      {titles}
    </span>
  );
}

function ThisWeek({ view, onToggleSkip }: { view: ExamPlanView; onToggleSkip: () => void }) {
  const summary = weekPlanSummary(view);
  if (!summary || !view.week) return null;
  return (
    <section className="plan-this-week" aria-labelledby="plan-this-week-title">
      <div className="plan-row-head">
        <h3 id="plan-this-week-title">This week</h3>
        <span className="plan-muted" data-testid="plan-week-hours">
          {summary.skipped ? `Skipped — done ${h(summary.doneHours)}` : `${h(summary.plannedHours)} planned — done ${h(summary.doneHours)}`}
        </span>
        <button type="button" className="btn btn-ghost plan-skip" onClick={onToggleSkip}>
          {summary.skipped ? 'Plan this week again' : 'Skip this week'}
        </button>
      </div>
      {summary.skipped ? (
        <p className="plan-muted">This week gives no hours; the plan spreads its work over the weeks left.</p>
      ) : summary.modules.length === 0 ? (
        <p className="plan-muted">{view.week.daysOff > 0 ? 'Days off this week.' : 'Nothing left for this week.'}</p>
      ) : (
        <ul className="plan-modules" data-testid="plan-this-week">
          {view.week.items.map((item) => (
            <li key={item.moduleId}>
              <span className="plan-module-title">{item.title}</span>
              {item.domain ? <span className="plan-domain">{item.domain}</span> : null}
              <span className="plan-hours-cell">{h(item.hours)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Upcoming({ view }: { view: ExamPlanView }) {
  const later = view.plan.weeks.filter((w) => w.start > view.thisWeek);
  if (later.length === 0) return null;
  const shown = later.slice(0, UPCOMING_WEEKS);
  return (
    <section aria-labelledby="plan-upcoming-title">
      <h3 id="plan-upcoming-title">Weeks ahead</h3>
      <ol className="plan-weeks" data-testid="plan-weeks">
        {shown.map((week) => (
          <li key={week.start}>
            <span className="plan-week-date">{weekLabel(week.start)}</span>
            <span className="plan-hours-cell">{h(week.plannedHours)}</span>
            <WeekItems week={week} />
          </li>
        ))}
      </ol>
      {later.length > shown.length ? <p className="plan-muted">…and {later.length - shown.length} more weeks until the exam.</p> : null}
    </section>
  );
}

function Changes({ view, madeOn, onAccept }: { view: ExamPlanView; madeOn: string | undefined; onAccept: () => void }) {
  if (view.changes.length === 0) return null;
  return (
    <Callout tone="accent" className="plan-changes" aria-label="Changes since the accepted plan">
      <strong>{madeOn ? `Changed since the plan of ${weekLabel(madeOn)}` : 'Changed since the accepted plan'}</strong>
      <ul data-testid="plan-changes">
        {view.changes.map((change, i) => (
          <li key={i}>{change.message}</li>
        ))}
      </ul>
      <button type="button" className="btn btn-primary" onClick={onAccept}>
        Accept new plan
      </button>
    </Callout>
  );
}

export function ExamPlanCard({ cert, cells, context, edits }: { cert: Certification; cells: readonly StudyMinutes[]; context: PlanContext; edits: CertificationEdits }) {
  const view = useExamPlanView(cert, cells, context);
  const [editing, setEditing] = useState(false);
  const actions = planActions(cert, edits, context, cells, view);
  const date = planDate(cert);
  const title = (
    <div className="cert-section-head">
      <h2 id="cert-plan-title">Exam plan</h2>
      {cert.plan && !editing ? (
        <button type="button" className="btn btn-ghost" onClick={() => setEditing(true)}>
          Change hours
        </button>
      ) : null}
    </div>
  );
  if (!date) {
    return (
      <section className="card cert-plan" aria-labelledby="cert-plan-title" data-testid="exam-plan">
        {title}
        <p className="plan-empty">Set an exam date above to plan backwards from it.</p>
      </section>
    );
  }
  if (!cert.plan || editing) {
    return (
      <section className="card cert-plan" aria-labelledby="cert-plan-title" data-testid="exam-plan">
        {title}
        {!cert.plan ? <p className="plan-muted">How many hours a week can you give? The plan lays the modules left over the weeks until {weekLabel(date)}.</p> : null}
        <PlanSettingsForm
          initial={cert.plan}
          hasDomains={(cert.domains?.length ?? 0) > 0}
          onSave={async (settings) => {
            const errors = await actions.save(settings);
            if (!errors) setEditing(false);
            return errors;
          }}
          {...(cert.plan ? { onCancel: () => setEditing(false) } : {})}
        />
      </section>
    );
  }
  if (!view) return null;
  const verdict = verdictText(view.plan);
  return (
    <section className="card cert-plan" aria-labelledby="cert-plan-title" data-testid="exam-plan">
      {title}
      <Callout tone={verdict.tone} className="plan-verdict">
        <strong data-testid="plan-verdict">{verdict.title}</strong>
        <span>{verdict.detail}</span>
      </Callout>
      <Changes view={view} madeOn={cert.plan.baseline?.madeOn} onAccept={() => void actions.accept()} />
      <ThisWeek view={view} onToggleSkip={() => void actions.toggleSkip()} />
      <Upcoming view={view} />
    </section>
  );
}
