// The review plan in one line for the dashboard: the date, the week's reviews planned vs done, and
// whether every topic will be ready.
import { Link } from 'react-router';
import { reviewsThisWeek, reviewWeekText } from '../../domain/plan';
import { dayText, readinessText, useReviewPlan } from './review-plan-data';

export function ReviewPlanLine({ weekOf, doneThisWeek }: { weekOf: string; doneThisWeek: number }) {
  const view = useReviewPlan();
  if (!view) return null;
  if (!view.plan) {
    return (
      <p className="muted review-plan-line">
        <Link to="/practice">Set your interview date</Link> to plan reviews toward it.
      </p>
    );
  }
  const week = reviewsThisWeek(view.plan, weekOf, doneThisWeek);
  return (
    <p className="muted review-plan-line" data-testid="dashboard-review-plan">
      <strong>{view.setting?.label || 'Interview'}</strong> · {dayText(view.plan.targetDay)}. {week ? `${reviewWeekText(week)}. ` : ''}
      {readinessText(view.plan)}
    </p>
  );
}
