// One calculator: inputs validated as you type, the verdict, key numbers, charts, presets, saving.
import type { ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import type { CalculatorId } from '../../domain/stats';
import { calculators } from '../../domain/stats';
import { AlertIcon, CalculatorIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { categoryTitle, isCalculatorId } from './catalog';
import type { About } from './descriptor';
import { descriptorOf } from './descriptors';
import { InputForm } from './InputForm';
import { PanelBoundary } from './PanelBoundary';
import { ResultStats, Verdict } from './ResultPanel';
import { summarize } from './result-summary';
import { SaveActions } from './SaveActions';
import type { CalculatorController } from './use-calculator';
import { useCalculator } from './use-calculator';
import type { WorkerResult } from './use-worker-result';
import { useWorkerResult } from './use-worker-result';
import './calculators.css';
import './calculator-panels.css';
import { Callout } from '../../ui/Callout';

export function CalculatorPage() {
  const { id } = useParams();
  if (!isCalculatorId(id)) {
    return (
      <div className="page">
        <PageHeader title="Calculators" />
        <EmptyState icon={CalculatorIcon} title="No such calculator" actions={<Link className="btn" to="/calculators">All calculators</Link>}>
          <p>There is no calculator called “{id}”.</p>
        </EmptyState>
      </div>
    );
  }
  return <CalculatorScreen key={id} id={id} />;
}

type AnyView = ComponentType<{ input: unknown; output: unknown; ctl: CalculatorController }>;

function AboutPanel({ about }: { about: About }) {
  return (
    <aside className="card calc-about" aria-label="About this calculator">
      <h3>When to use it</h3>
      <p>{about.when}</p>
      <h3>What it assumes</h3>
      <p>{about.assumes}</p>
    </aside>
  );
}

function Progress({ result }: { result: WorkerResult }) {
  if (result.state === 'error') {
    return (
      <Callout tone="danger" className="calc-invalid" data-testid="input-error">
        <AlertIcon />
        <div>
          <strong>The calculation could not finish.</strong>
          <p>{result.message}</p>
        </div>
      </Callout>
    );
  }
  if (result.state !== 'running') return null;
  return (
    <div className="calc-progress" data-testid="calc-progress" role="status">
      <span>Running in the background… {Math.round(result.progress * 100)}%</span>
      <progress max={1} value={result.progress} aria-label="Progress" />
    </div>
  );
}

function CalculatorScreen({ id }: { id: CalculatorId }) {
  const calc = calculators[id];
  const descriptor = descriptorOf(id);
  const ctl = useCalculator(id);
  const ev = ctl.evaluation;
  const worker = useWorkerResult(id, descriptor.runsInWorker && ev.ok ? ev.input : null);
  // Worker calculators show their last output while the next one runs.
  const output = !ev.ok ? undefined : !descriptor.runsInWorker ? ev.output : worker.state === 'done' ? worker.output : worker.state === 'running' ? worker.previous : undefined;
  const stale = descriptor.runsInWorker === true && worker.state === 'running';
  const summary = ev.ok && output !== undefined ? summarize(id, ev.input, output, ctl.draft) : null;
  const View = descriptor.View as AnyView | null;
  const list = [{ label: 'Example', input: calc.example, extras: undefined }, ...descriptor.presets];
  return (
    <div className="page calc-page">
      <nav className="calc-crumbs" aria-label="Breadcrumb">
        <Link to="/calculators">Calculators</Link> <span aria-hidden="true">/</span> {categoryTitle(calc.category)}
      </nav>
      <PageHeader title={calc.title} subtitle={calc.description} />
      <div className="calc-presets" role="group" aria-label="Presets">
        <span className="calc-label">Presets</span>
        {list.map((p) => (
          <button key={p.label} type="button" className="btn btn-ghost calc-chip" onClick={() => ctl.applyPreset(p.input, p.extras)}>
            {p.label}
          </button>
        ))}
        <button type="button" className="btn btn-ghost calc-chip calc-reset" onClick={ctl.reset}>
          Reset
        </button>
      </div>
      {ctl.loaded ? (
        <div className="calc-layout">
          <div className="calc-side">
            <section className="card calc-inputs" aria-label="Inputs">
              <InputForm id={id} ctl={ctl} />
            </section>
            <AboutPanel about={descriptor.about} />
          </div>
          <section className="calc-results" aria-label="Result" aria-live="polite">
            {ev.ok && descriptor.runsInWorker ? <Progress result={worker} /> : null}
            {summary && ev.ok ? (
              <div className={stale ? 'calc-result-body calc-stale' : 'calc-result-body'} aria-busy={stale || undefined}>
                <Verdict summary={summary} />
                <ResultStats summary={summary} hideMethods={descriptor.hideMethodRows} />
                {View ? (
                  <PanelBoundary resetKey={ev.input}>
                    <View input={ev.input} output={output} ctl={ctl} />
                  </PanelBoundary>
                ) : null}
              </div>
            ) : !ev.ok ? (
              <Callout tone="danger" className="calc-invalid" data-testid="input-error">
                <AlertIcon />
                <div>
                  <strong>Fix the input to see a result.</strong>
                  <p>{ev.error.message}</p>
                </div>
              </Callout>
            ) : null}
            <SaveActions id={id} input={ev.ok ? ev.input : null} summary={stale ? null : summary} />
          </section>
        </div>
      ) : (
        <p className="calc-loading">Loading your last inputs…</p>
      )}
    </div>
  );
}
