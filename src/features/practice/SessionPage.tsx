// A practice session: N questions planned from the URL (mode, topics, count, seed), one at a time,
// keyboard first (Enter checks, 1-5 pick an option, N moves on), then a summary.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getPracticeRepo } from '../../data/practice-store';
import { planSession, type SessionItem } from '../../domain/practice/session';
import { useCommand } from '../../ui/commands';
import { PageHeader } from '../../ui/page';
import { QuestionView, type Recorded } from './QuestionView';
import { conceptIds, formatSeconds, gradeAnswer, optionsOf, parseSessionParams, resolveItem, type Graded, type SessionQuestion } from './session-data';
import { SessionSummary, type SessionResult } from './SessionSummary';
import './practice.css';

export function SessionPage() {
  const [search] = useSearchParams();
  const [fallbackSeed] = useState(() => Math.floor(Math.random() * 2 ** 31));
  const params = useMemo(() => parseSessionParams(search, fallbackSeed), [search, fallbackSeed]);
  const [items, setItems] = useState<SessionItem[] | null>(null);

  useEffect(() => {
    let live = true;
    void getPracticeRepo()
      .due(Date.now())
      .then((due) => {
        if (live) setItems(planSession({ ...params, due, conceptIds: conceptIds() }));
      });
    return () => {
      live = false;
    };
  }, [params]);

  const questions = useMemo(() => (items ?? []).map(resolveItem).filter((q): q is SessionQuestion => q !== null), [items]);
  const key = `${params.mode}-${params.seed}-${params.count}-${params.topics.join(',')}`;

  return (
    <div className="page practice-page">
      <PageHeader title="Practice session" subtitle={modeLabel(params.mode)} actions={<Link className="btn btn-ghost" to="/practice">End session</Link>} />
      {items === null ? null : questions.length === 0 ? (
        <div className="card">
          <h2>Nothing due yet</h2>
          <p className="muted">No card is due for review. Start a mixed session or choose topics instead.</p>
          <Link className="btn btn-primary" to="/practice">Back to practice</Link>
        </div>
      ) : (
        <SessionRun key={key} questions={questions} />
      )}
    </div>
  );
}

function modeLabel(mode: string): string {
  return mode === 'due' ? 'Reviews that are due' : mode === 'topics' ? 'Chosen topics' : 'Mixed: due reviews, problems and concept questions';
}

function SessionRun({ questions }: { questions: SessionQuestion[] }) {
  const [index, setIndex] = useState(0);
  const [typed, setTyped] = useState('');
  const [choice, setChoice] = useState<number | null>(null);
  const [graded, setGraded] = useState<Graded | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [results, setResults] = useState<SessionResult[]>([]);
  const done = index >= questions.length;
  const question = questions[Math.min(index, questions.length - 1)]!;

  useEffect(() => {
    if (graded || done) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [graded, done]);

  const submit = useCallback(() => {
    if (graded) return;
    const result = gradeAnswer(question, typed, choice);
    if (result.status === 'invalid') {
      setHint(result.feedback);
      return;
    }
    const at = Date.now();
    const seconds = (at - startedAt) / 1000;
    setNow(at);
    setHint(null);
    setGraded(result);
    const correct = result.status === 'correct';
    setResults((r) => [...r, { topic: question.topic, label: question.label, correct, seconds }]);
    void getPracticeRepo()
      .recordAttempt({ kind: question.kind, ref: question.ref, topic: question.topic, seed: question.seed, answer: result.answer, correct, seconds, mistake: result.feedback }, at)
      .then(({ attempt, before }) => setRecorded({ rating: attempt.rating, dueBefore: before?.due ?? null, dueAfter: attempt.dueAfter, at }));
  }, [graded, question, typed, choice, startedAt]);

  const next = useCallback(() => {
    setIndex((i) => i + 1);
    setTyped('');
    setChoice(null);
    setGraded(null);
    setHint(null);
    setRecorded(null);
    const t = Date.now();
    setStartedAt(t);
    setNow(t);
  }, []);

  // The command table's practice keys: N after an answer is graded; a digit or Enter for a
  // multiple-choice question (a focused submit button submits by itself).
  const options = done ? undefined : optionsOf(question);
  useCommand('practice-next', () => {
    if (done || !graded) return false;
    next();
  });
  useCommand('practice-option', (key) => {
    const n = Number(key);
    if (done || graded || !options || !(n >= 1 && n <= options.length)) return false;
    setChoice(n - 1);
    setHint(null);
  });
  useCommand('practice-submit', () => {
    const target = document.activeElement;
    if (done || graded || !options || (target instanceof HTMLButtonElement && target.type === 'submit')) return false;
    submit();
  });

  if (done) return <SessionSummary results={results} />;
  const elapsed = (now - startedAt) / 1000;
  return (
    <>
      <div className="session-bar">
        <span className="session-count">
          Problem {index + 1} of {questions.length}
        </span>
        <span className="session-topic">{question.label}</span>
        <span className="session-timer" aria-label="Time on this problem" data-testid="timer">
          {formatSeconds(Math.max(0, elapsed))}
        </span>
        <div className="session-progress" aria-hidden="true">
          <div style={{ width: `${(index / questions.length) * 100}%` }} />
        </div>
      </div>
      <QuestionView
        question={question}
        typed={typed}
        onType={(v) => {
          setTyped(v);
          setHint(null);
        }}
        choice={choice}
        onChoose={(i) => {
          setChoice(i);
          setHint(null);
        }}
        onSubmit={submit}
        graded={graded}
        hint={hint}
        recorded={recorded}
        onNext={next}
        isLast={index === questions.length - 1}
      />
    </>
  );
}
