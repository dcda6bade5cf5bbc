// The end of a session: score, time and how each topic went.
import { Link } from 'react-router';
import { formatSeconds } from './session-data';

export interface SessionResult {
  topic: string;
  label: string;
  correct: boolean;
  seconds: number;
}

export function SessionSummary({ results }: { results: SessionResult[] }) {
  const correct = results.filter((r) => r.correct).length;
  const seconds = results.reduce((s, r) => s + r.seconds, 0);
  const byTopic = new Map<string, { label: string; n: number; correct: number }>();
  for (const r of results) {
    const t = byTopic.get(r.topic) ?? { label: r.label, n: 0, correct: 0 };
    t.n++;
    if (r.correct) t.correct++;
    byTopic.set(r.topic, t);
  }
  const rows = [...byTopic.values()].sort((a, b) => a.correct / a.n - b.correct / b.n);
  return (
    <section className="card session-summary" aria-label="Session summary">
      <h2>Session complete</h2>
      <p className="summary-score" data-testid="session-score">
        {correct} of {results.length} correct · {formatSeconds(seconds)} total · {results.length ? formatSeconds(seconds / results.length) : '0:00'} per problem
      </p>
      <table className="topic-table">
        <thead>
          <tr>
            <th>Topic</th>
            <th>Correct</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td>
                {r.correct} / {r.n}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="summary-actions">
        <Link className="btn btn-primary" to="/practice">
          Back to practice
        </Link>
      </div>
    </section>
  );
}
