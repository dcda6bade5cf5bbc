// A live result card for an ```abtest block in an episode: parse, compute, show the key numbers
// and the verdict; a readable error card when the block cannot be computed.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { parseAbtestSource } from '../../domain/episode';
import { calculators, describeInput, type InputRow } from '../../domain/stats';
import type { CalculatorId } from '../../domain/stats';
import { isCalculatorId } from './catalog';
import { descriptorOf } from './descriptors';
import { WorkerResultCard } from './WorkerResultCard';
import { draftFromInput, evaluate } from './calculator-form';
import { ResultStats, Verdict } from './ResultPanel';
import { summarize } from './result-summary';
import type { Summary } from './summary-types';
import './calculators.css';

type CardState =
  | { ok: true; id: string; title: string; inputs: InputRow[]; summary: Summary }
  | { ok: 'worker'; id: CalculatorId; title: string; inputs: InputRow[]; input: unknown }
  | { ok: false; title: string; message: string };

export function abtestCardState(source: string): CardState {
  const parsed = parseAbtestSource(source);
  if ('error' in parsed) return { ok: false, title: 'A/B calculation', message: parsed.error };
  if (!isCalculatorId(parsed.calculator)) return { ok: false, title: 'A/B calculation', message: `There is no calculator called “${parsed.calculator}”.` };
  const id = parsed.calculator;
  // Through the same draft path as the screens, so numbers written as strings in YAML still work.
  const ev = evaluate(id, draftFromInput(id, parsed.input ?? {}));
  const title = calculators[id].title;
  if (!ev.ok) return { ok: false, title, message: ev.error.field ? `${ev.error.message} (field “${ev.error.field}”)` : ev.error.message };
  if (descriptorOf(id).runsInWorker) return { ok: 'worker', id, title, inputs: describeInput(id, ev.input), input: ev.input };
  return { ok: true, id, title, inputs: describeInput(id, ev.input), summary: summarize(id, ev.input, ev.output) };
}

export function AbtestResultCard({ source }: { source: string }) {
  const state = useMemo(() => abtestCardState(source), [source]);
  if (state.ok === 'worker') return <WorkerResultCard id={state.id} title={state.title} input={state.input} />;
  if (!state.ok) {
    return (
      <div className="abtest-result abtest-result-error" data-testid="abtest-result" data-state="error" role="group" aria-label={state.title}>
        <div className="abtest-result-head">
          <span className="abtest-result-badge">A/B</span>
          <strong>{state.title}</strong>
          <span className="abtest-result-flag">Cannot compute</span>
        </div>
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <div className="abtest-result" data-testid="abtest-result" data-state="ok" role="group" aria-label={state.title}>
      <div className="abtest-result-head">
        <span className="abtest-result-badge">A/B</span>
        <strong>{state.title}</strong>
        <Link className="abtest-result-link" to={`/calculators/${state.id}`}>
          Open calculator
        </Link>
      </div>
      <dl className="abtest-inputs" aria-label="Inputs">
        {state.inputs.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <ResultStats summary={state.summary} limit={6} />
      <Verdict summary={state.summary} />
    </div>
  );
}
