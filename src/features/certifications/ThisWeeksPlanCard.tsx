// The dashboard's "This week's plan" (issue 23, point 4): for each certification with an exam plan,
// this week's planned modules and hours and what is done so far. Nothing shows without a plan.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { todayIso, usePlannedCertifications } from '../../data/certifications-store';
import { certificationPlan, planWeekText, weekPlanSummary } from '../../domain/plan';
import { usePlanContext } from './exam-plan-view';
import './exam-plan.css';

/** Modules named on the dashboard before the rest are counted. */
const NAMED_MODULES = 3;

function modulesLine(titles: string[]): string {
  const named = titles.slice(0, NAMED_MODULES).join(' · ');
  const more = titles.length - NAMED_MODULES;
  return more > 0 ? `${named} · and ${more} more` : named;
}

export function ThisWeeksPlanCard() {
  const [today] = useState(todayIso);
  const context = usePlanContext(today);
  const planned = usePlannedCertifications();
  const rows = useMemo(
    () =>
      (planned ?? []).flatMap(({ certification, minutes }) => {
        const plan = certificationPlan(certification, minutes, context);
        const summary = plan ? weekPlanSummary(plan) : null;
        return summary ? [{ certification, summary }] : [];
      }),
    [planned, context],
  );
  if (rows.length === 0) return null;
  return (
    <section className="card list-card week-plan-card" aria-label="This week's plan">
      <h2>This week&apos;s plan</h2>
      <ul className="week-plan-list" data-testid="week-plan">
        {rows.map(({ certification, summary }) => (
          <li key={certification.id}>
            <Link to={`/certifications/${certification.id}`}>{certification.name}</Link>
            <span>{planWeekText(summary)}</span>
            {summary.modules.length > 0 ? <span className="plan-muted">{modulesLine(summary.modules.map((m) => m.title))}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
