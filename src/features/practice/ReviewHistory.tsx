// A topic's review history: every answer to its cards, newest first, with the grade FSRS gave and
// the due date it set, so you can see why a card comes back when it does.
import { useLiveQuery } from 'dexie-react-hooks';
import { getPracticeRepo } from '../../data/practice-store';
import { ratingLabels } from '../../domain/practice/scheduling';
import { formatSeconds } from './session-data';

const SHOWN = 20;
const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function ReviewHistory({ label, cardIds }: { label: string; cardIds: readonly string[] }) {
  const attempts = useLiveQuery(async () => {
    const lists = await Promise.all(cardIds.map((id) => getPracticeRepo().history(id)));
    return lists.flat().sort((a, b) => b.answeredAt - a.answeredAt);
  }, [cardIds.join(',')]);
  if (!attempts) return <p className="hint" aria-busy="true">Loading the history…</p>;
  if (attempts.length === 0) return <p className="hint">No reviews of {label} yet.</p>;
  return (
    <div className="review-history">
      <table className="topic-table" aria-label={`Review history: ${label}`}>
        <thead>
          <tr>
            <th>Answered</th>
            <th>Card</th>
            <th>Result</th>
            <th className="num">Time</th>
            <th>Grade</th>
            <th>Due next</th>
          </tr>
        </thead>
        <tbody>
          {attempts.slice(0, SHOWN).map((a) => (
            <tr key={a.id}>
              <td>{when(a.answeredAt)}</td>
              <td>{a.kind === 'generator' ? `Problem (seed ${a.seed ?? '—'})` : `Question ${a.questionId ?? ''}`}</td>
              <td>
                <span className={a.correct ? 'result-right' : 'result-wrong'}>{a.correct ? 'Right' : 'Wrong'}</span>
                {a.mistake ? <span className="hint"> · {a.mistake}</span> : null}
              </td>
              <td className="num">{formatSeconds(a.seconds)}</td>
              <td>{ratingLabels[a.rating]}</td>
              <td>{when(a.dueAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {attempts.length > SHOWN ? <p className="hint">The latest {SHOWN} of {attempts.length.toLocaleString('en')} reviews.</p> : null}
    </div>
  );
}
