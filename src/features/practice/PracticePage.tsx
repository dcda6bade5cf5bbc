// Practice home: what is due, starting a session, and progress by topic.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { usePracticeTotals, useReviewCards } from '../../data/practice-store';
import { generators, generatorTopicIds } from '../../domain/practice/generators';
import { practiceProgressFromCells } from '../../domain/practice/progress';
import { dueTopicsText } from './progress-data';
import { dueCards } from '../../domain/practice/scheduling';
import type { SessionMode } from '../../domain/practice/session';
import { PageHeader } from '../../ui/page';
import { ProgressSection } from './ProgressSection';
import { ReviewPlanCard } from './ReviewPlanCard';
import { sessionSearch } from './session-data';
import './practice.css';
import { Callout } from '../../ui/Callout';

const modeOptions: { id: SessionMode; label: string }[] = [
  { id: 'mixed', label: 'Mixed' },
  { id: 'topics', label: 'Chosen topics' },
  { id: 'due', label: 'Due reviews' },
];

export function PracticePage() {
  const navigate = useNavigate();
  const totals = usePracticeTotals();
  const cards = useReviewCards();
  const [now] = useState(() => Date.now());
  const [mode, setMode] = useState<SessionMode>('mixed');
  const [count, setCount] = useState(10);
  const [topics, setTopics] = useState<string[]>([]);
  const progress = useMemo(() => (totals ? practiceProgressFromCells(totals.cells, now) : null), [totals, now]);
  const due = useMemo(() => (cards ? dueCards(cards.rows, now) : []), [cards, now]);
  const start = (m: SessionMode) => navigate({ pathname: '/practice/session', search: sessionSearch({ mode: m, count, topics }) });
  const canStart = mode !== 'topics' || topics.length > 0;

  return (
    <div className="page practice-page">
      <PageHeader title="Practice" subtitle="Statistics problems for interview prep, fresh numbers every time." />
      <div className="practice-top">
        <section className="card due-card" aria-label="Due reviews">
          {due.length === 0 ? (
            <>
              <h2>Nothing due yet</h2>
              <p className="muted">
                {cards && cards.rows.length > 0
                  ? `Next review ${nextDueText(cards.rows.map((c) => c.due), now)}. Practise anything in the meantime.`
                  : 'Answer a few problems and spaced repetition brings each topic back just before you would forget it.'}
              </p>
            </>
          ) : (
            <>
              <h2>
                {due.length} review{due.length === 1 ? '' : 's'} due
              </h2>
              <p className="muted">{dueTopicsText(due)}</p>
              <button type="button" className="btn btn-primary" onClick={() => start('due')}>
                Review now
              </button>
            </>
          )}
        </section>
        <section className="card stat-card" aria-label="Streak">
          <h2>Streak</h2>
          <p className="big-number" data-testid="streak">
            {progress?.streak.current ?? 0} <span>day{progress?.streak.current === 1 ? '' : 's'}</span>
          </p>
          <p className="muted">Longest {progress?.streak.longest ?? 0} · {progress?.streak.practisedToday ? 'practised today' : 'not yet today'}</p>
        </section>
        <section className="card stat-card" aria-label="All time">
          <h2>All time</h2>
          <p className="big-number">
            {progress?.total ?? 0} <span>answered</span>
          </p>
          <p className="muted">{progress && progress.total > 0 ? `${Math.round(progress.accuracy * 100)}% correct` : 'Works fully offline.'}</p>
        </section>
      </div>

      <section className="card start-card" aria-label="Start a session">
        <h2>Start a session</h2>
        <div className="start-row">
          <div className="segmented" role="group" aria-label="Session type">
            {modeOptions.map((m) => (
              <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => setMode(m.id)}>
                {m.label}
              </button>
            ))}
          </div>
          <label className="count-field">
            Problems
            <select className="input" value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {[5, 10, 15, 20].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn-primary" disabled={!canStart} onClick={() => start(mode)}>
            Start
          </button>
        </div>
        <p className="muted start-help">
          {mode === 'mixed' && 'Due reviews first, then generated problems alternating with concept questions.'}
          {mode === 'topics' && (topics.length === 0 ? 'Pick one or more topics.' : `${topics.length} topic${topics.length === 1 ? '' : 's'} chosen.`)}
          {mode === 'due' && (due.length === 0 ? 'Nothing is due right now.' : `${due.length} due now.`)}
        </p>
        {mode === 'topics' ? (
          <fieldset className="topic-grid">
            <legend className="visually-hidden">Topics</legend>
            {generatorTopicIds.map((id) => (
              <label key={id} className="topic-option">
                <input
                  type="checkbox"
                  checked={topics.includes(id)}
                  onChange={(e) => setTopics((t) => (e.target.checked ? [...t, id] : t.filter((x) => x !== id)))}
                />
                <span>
                  <strong>{generators[id]!.label}</strong>
                  <small>{generators[id]!.description}</small>
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </section>

      <ReviewPlanCard />
      {progress ? <ProgressSection progress={progress} cards={cards?.rows ?? []} now={now} /> : null}
      {totals && totals.rejected + (cards?.rejected ?? 0) > 0 ? (
        <Callout as="p">
          {totals.rejected + (cards?.rejected ?? 0)} stored practice records could not be read and were skipped.
        </Callout>
      ) : null}
      <p className="hint practice-foot">
        <Link to="/calculators">Calculators</Link> use the same statistics engine as these problems.
      </p>
    </div>
  );
}

function nextDueText(dues: number[], now: number): string {
  const next = Math.min(...dues);
  const d = new Date(next);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? `today at ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}` : `on ${d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })}`;
}
