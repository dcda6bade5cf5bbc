// The output of a calculation that runs in the worker: starts a moment after the input settles,
// reports progress, and keeps the last output on screen while a new one is computed.
import { useEffect, useState } from 'react';
import type { CalculatorId } from '../../domain/stats';
import { CalcError, getCalcClient } from './worker/calc-client';
import { errorMessage } from '../../shared/error-message';

export type WorkerResult =
  | { state: 'idle' }
  | { state: 'running'; progress: number; previous: unknown }
  | { state: 'done'; output: unknown }
  | { state: 'error'; field: string; message: string };

const DELAY_MS = 300;

/** `input` null: nothing to compute (invalid input, or not a worker calculator). */
export function useWorkerResult(id: CalculatorId, input: unknown): WorkerResult {
  const key = input === null ? null : JSON.stringify(input);
  const [result, setResult] = useState<{ key: string | null; value: WorkerResult }>({ key: null, value: { state: 'idle' } });

  useEffect(() => {
    if (key === null) return;
    const client = getCalcClient();
    const parsed: unknown = JSON.parse(key);
    const hit = client.cached(id, parsed);
    const previous = (r: WorkerResult) => (r.state === 'done' ? r.output : r.state === 'running' ? r.previous : undefined);
    if (hit !== undefined) {
      setResult({ key, value: { state: 'done', output: hit } });
      return;
    }
    setResult((r) => ({ key, value: { state: 'running', progress: 0, previous: previous(r.value) } }));
    let run: ReturnType<typeof client.run> | null = null;
    const timer = setTimeout(() => {
      run = client.run(id, parsed, (progress) => setResult((r) => (r.key === key ? { key, value: { state: 'running', progress, previous: previous(r.value) } } : r)));
      run.done.then(
        (output) => setResult({ key, value: { state: 'done', output } }),
        (error: unknown) => setResult({ key, value: { state: 'error', field: error instanceof CalcError ? error.field : '', message: errorMessage(error) } }),
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      run?.cancel();
    };
  }, [id, key]);

  if (key === null) return { state: 'idle' };
  return result.key === key ? result.value : { state: 'running', progress: 0, previous: undefined };
}
