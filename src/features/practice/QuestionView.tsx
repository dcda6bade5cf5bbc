// One question of a session: the prompt, an answer field or options, then the feedback with the
// worked solution (generated problems) or the explanation (concept questions).
import { useEffect, useRef } from 'react';
import { ratingLabels, type PracticeRating } from '../../domain/practice/scheduling';
import { Prose } from './Prose';
import { optionsOf, relativeDue, type Graded, type SessionQuestion } from './session-data';
import { WorkedSolution } from './WorkedSolution';

export interface Recorded {
  rating: PracticeRating;
  dueBefore: number | null;
  dueAfter: number;
  at: number;
}

interface Props {
  question: SessionQuestion;
  typed: string;
  onType(value: string): void;
  choice: number | null;
  onChoose(index: number): void;
  onSubmit(): void;
  graded: Graded | null;
  /** Validation hint shown while answering (unreadable number, nothing picked). */
  hint: string | null;
  recorded: Recorded | null;
  onNext(): void;
  isLast: boolean;
}

export function QuestionView({ question, typed, onType, choice, onChoose, onSubmit, graded, hint, recorded, onNext, isLast }: Props) {
  const options = optionsOf(question);
  const answered = graded !== null;
  const inputRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Keep the verdict in view: focusing Next would scroll to the end of a long worked solution.
    if (answered) nextRef.current?.focus({ preventScroll: true });
    else inputRef.current?.focus();
  }, [answered, question]);

  const prompt = question.kind === 'generator' ? question.problem.prompt : question.question.prompt;
  return (
    <article className="card question-card" aria-label="Problem">
      <Prose text={prompt} className="question-prompt" />
      <form
        className="answer-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!answered) onSubmit();
        }}
      >
        {options ? (
          <ol className="choice-list" role="radiogroup" aria-label="Options">
            {options.map((text, i) => {
              const state = !answered ? '' : i === correctIndex(question) ? 'is-right' : i === choice ? 'is-wrong' : '';
              return (
                <li key={i}>
                  <button
                    type="button"
                    role="radio"
                    aria-checked={choice === i}
                    className={`choice ${state}`}
                    disabled={answered}
                    onClick={() => onChoose(i)}
                  >
                    <kbd>{i + 1}</kbd>
                    <span>{text}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        ) : (
          <div className="field">
            <label htmlFor="practice-answer">Your answer{unitHint(question)}</label>
            <input
              id="practice-answer"
              ref={inputRef}
              className="input answer-input"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              disabled={answered}
              aria-invalid={hint !== null}
              onChange={(e) => onType(e.target.value)}
            />
          </div>
        )}
        {hint && !answered ? (
          <p className="field-error" role="alert">
            {hint}
          </p>
        ) : null}
        {!answered ? (
          <div className="answer-actions">
            <button type="submit" className="btn btn-primary">
              Check answer
            </button>
            <span className="hint">{options ? `Press 1–${options.length} to pick, Enter to check` : 'Enter to check'}</span>
          </div>
        ) : null}
      </form>
      {graded ? (
        <div className="feedback" aria-live="polite">
          <div className={`verdict ${graded.status === 'correct' ? 'verdict-right' : 'verdict-wrong'}`} data-testid="verdict">
            {graded.status === 'correct' ? 'Correct' : 'Not quite'}
            {graded.status !== 'correct' ? <span className="verdict-expected"> — the answer is {graded.expected}</span> : null}
          </div>
          {graded.feedback ? (
            <p className="mistake" data-testid="mistake">
              {graded.feedback}
            </p>
          ) : null}
          {question.kind === 'generator' ? (
            <WorkedSolution problem={question.problem} answerText={graded.expected} />
          ) : (
            <section className="worked-solution" aria-label="Explanation">
              <h3>Why</h3>
              <p>{question.question.explanation}</p>
            </section>
          )}
          {recorded ? (
            <p className="due-move" data-testid="due-move">
              Rated <strong>{ratingLabels[recorded.rating]}</strong>. {question.label}: next review{' '}
              {recorded.dueBefore !== null ? (
                <>
                  moved from <time dateTime={new Date(recorded.dueBefore).toISOString()}>{when(recorded.dueBefore)}</time> to{' '}
                </>
              ) : null}
              <time dateTime={new Date(recorded.dueAfter).toISOString()} data-testid="due-after">
                {when(recorded.dueAfter)}
              </time>{' '}
              ({relativeDue(recorded.dueAfter, recorded.at)}).
            </p>
          ) : null}
          <button type="button" className="btn btn-primary" ref={nextRef} onClick={onNext}>
            {isLast ? 'See summary' : 'Next problem'} <kbd>N</kbd>
          </button>
        </div>
      ) : null}
    </article>
  );
}

function correctIndex(q: SessionQuestion): number {
  if (q.kind === 'generator') return q.problem.answer;
  return q.question.type === 'multiple-choice' ? q.question.answerIndex : -1;
}

function unitHint(q: SessionQuestion): string {
  if (q.kind !== 'generator' || q.problem.kind !== 'numeric') return '';
  return { proportion: ' (a proportion; 3.4% also works)', percent: ' (in percent)', number: '', count: ' (a whole number)' }[q.problem.unit];
}

function when(ms: number): string {
  return new Date(ms).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
