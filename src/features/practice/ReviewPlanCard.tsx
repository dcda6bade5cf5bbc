// The review plan on the practice screen: set a date and a daily cap, see the reviews a day until
// then, whether every topic will be at the goal, the weakest topics with one click to practise
// them, and the breaks the plan works around.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { getSettingsRepo } from '../../data/settings-store';
import { GOAL_RETENTION, type ReviewPlan, type TopicReadiness } from '../../domain/plan';
import { showUndo } from '../../ui/toast-store';
import { FutureDueChart } from './FutureDueChart';
import { dayText, readinessText, useReviewPlan } from './review-plan-data';
import { ReviewPlanForm } from './ReviewPlanForm';
import { sessionSearch } from './session-data';
import './review-plan.css';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function topicLine(t: TopicReadiness, startDay: string | null | undefined, today: string): string {
  if (t.attempts === 0 && t.retrievability === 0) return startDay ? `Not started · the plan starts it ${startDay === today ? 'today' : dayText(startDay)}` : 'Not started';
  const parts = [`recall ${pct(t.retrievability)}`];
  if (t.accuracy !== null) parts.push(`${pct(t.accuracy)} correct of ${t.attempts}`);
  return parts.join(' · ');
}

function WeakestTopics({ plan }: { plan: ReviewPlan }) {
  const navigate = useNavigate();
  const topics = (plan.belowGoal.length > 0 ? plan.belowGoal : plan.topicsNow).slice(0, 5);
  const starts = new Map(plan.introductions.map((i) => [i.topic, i.day]));
  if (topics.length === 0) return null;
  return (
    <div className="plan-weakest">
      <h3>{plan.belowGoal.length > 0 ? 'Below goal on the date' : 'Weakest topics'}</h3>
      <ul>
        {topics.map((t) => (
          <li key={t.topic}>
            <span>
              <strong>{t.label}</strong>
              <small className="muted">{topicLine(t, starts.get(t.topic), plan.today)}</small>
            </span>
            <button
              type="button"
              className="btn btn-small"
              aria-label={`Practise ${t.label}`}
              onClick={() => navigate({ pathname: '/practice/session', search: sessionSearch({ mode: 'topics', count: 5, topics: [t.topic] }) })}
            >
              Practise
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PlanDetails({ plan, label }: { plan: ReviewPlan; label: string }) {
  const week = plan.days.slice(0, 7).reduce((s, d) => s + d.total, 0);
  const late = plan.introductions.filter((i) => i.reviewDays.length < 2).length;
  return (
    <>
      <p className="plan-target">
        <strong>{label || 'Interview'}</strong> · {dayText(plan.targetDay)}
        {plan.status === 'planned' ? ` · in ${plan.days.length - 1} day${plan.days.length === 2 ? '' : 's'}` : plan.status === 'today' ? ' · today' : ''}
      </p>
      <p className={`plan-readiness ${plan.readyBy ? 'is-ready' : 'is-not-ready'}`} data-testid="plan-readiness">
        {readinessText(plan)}
      </p>
      {plan.status !== 'past' ? (
        <>
          <p className="muted">
            {week} review{week === 1 ? '' : 's'} in the next 7 days, about {Math.round(week * plan.minutesPerReview)} min ({plan.minutesPerReview} min a review). Goal: recall
            {' '}
            {pct(GOAL_RETENTION)} on every topic; reviews aim higher in the last two weeks.
            {plan.backlog > 0 ? ` ${plan.backlog} review${plan.backlog === 1 ? '' : 's'} would still be overdue on the date: raise the cap or practise more.` : ''}
            {late > 0 ? ` ${late} new topic${late === 1 ? '' : 's'} cannot be reviewed twice before the date.` : ''}
          </p>
          <FutureDueChart plan={plan} />
        </>
      ) : null}
      <div className="plan-columns">
        <WeakestTopics plan={plan} />
        <div className="plan-breaks">
          <h3>Breaks</h3>
          {plan.breaks.length === 0 ? (
            <p className="muted">No breaks before the date.</p>
          ) : (
            <ul>
              {plan.breaks.map((b) => (
                <li key={b.from}>
                  {b.label || 'Break'}: {b.from === b.to ? dayText(b.from) : `${dayText(b.from)} – ${dayText(b.to)}`}
                </li>
              ))}
            </ul>
          )}
          <p className="hint">
            Reviews due on a break move to the day before. <Link to="/settings#breaks">Edit breaks</Link>
          </p>
        </div>
      </div>
    </>
  );
}

export function ReviewPlanCard() {
  const view = useReviewPlan();
  const [editing, setEditing] = useState(false);
  if (!view) return null;
  const { setting, plan } = view;

  async function remove() {
    const before = setting;
    await getSettingsRepo().set('review-plan', null);
    showUndo('Removed the review plan', async () => {
      await getSettingsRepo().set('review-plan', before);
    });
  }

  return (
    <section className="card review-plan-card" aria-labelledby="review-plan-title">
      <div className="review-plan-head">
        <h2 id="review-plan-title">Review plan</h2>
        {plan && !editing ? (
          <div className="review-plan-actions">
            <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
              Change
            </button>
            <button type="button" className="btn btn-small" onClick={() => void remove()}>
              Remove
            </button>
          </div>
        ) : null}
      </div>
      {!plan ? (
        <>
          <p className="muted">Set your interview date to plan reviews toward it: how many a day, which topics to start now, and when you will be ready.</p>
          <ReviewPlanForm setting={setting} />
        </>
      ) : editing ? (
        <ReviewPlanForm setting={setting} onDone={() => setEditing(false)} />
      ) : (
        <PlanDetails plan={plan} label={setting?.label ?? ''} />
      )}
    </section>
  );
}
