// The episode card of a calculation that runs in the worker (the peeking simulator): progress while
// it runs, then the key numbers and the verdict, as the other cards show them.
import { Link } from 'react-router';
import type { CalculatorId } from '../../domain/stats';
import { ResultStats, Verdict } from './ResultPanel';
import { summarize } from './result-summary';
import { useWorkerResult } from './use-worker-result';

export function WorkerResultCard({ id, title, input }: { id: CalculatorId; title: string; input: unknown }) {
  const result = useWorkerResult(id, input);
  const state = result.state === 'done' ? 'ok' : result.state === 'error' ? 'error' : 'running';
  const summary = result.state === 'done' ? summarize(id, input, result.output) : null;
  return (
    <div className={`abtest-result${state === 'error' ? ' abtest-result-error' : ''}`} data-testid="abtest-result" data-state={state} role="group" aria-label={title} aria-busy={state === 'running' || undefined}>
      <div className="abtest-result-head">
        <span className="abtest-result-badge">A/B</span>
        <strong>{title}</strong>
        <Link className="abtest-result-link" to={`/calculators/${id}`}>
          Open calculator
        </Link>
      </div>
      {summary ? (
        <>
          <ResultStats summary={summary} limit={6} />
          <Verdict summary={summary} />
        </>
      ) : result.state === 'error' ? (
        <p>{result.message}</p>
      ) : (
        <p className="calc-hint">Simulating in the background… {result.state === 'running' ? `${Math.round(result.progress * 100)}%` : ''}</p>
      )}
    </div>
  );
}
