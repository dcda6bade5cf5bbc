// Long calculations in a Web Worker, with progress. Requests run one after another; cancelling the
// one in the worker ends the worker (a simulation cannot be interrupted from outside) and the next
// request starts a fresh one. Results are kept by input, so the screen and an episode's card do not
// run the same simulation twice. Without workers the calculation runs on the page.
import type { CalculatorId } from '../../../domain/stats';
import { calculateWithProgress, StatsInputError } from '../../../domain/stats';
import type { CalcWorkerLike } from './calc-worker-core';
import { errorMessage } from '../../../shared/error-message';

export interface CalcRun {
  done: Promise<unknown>;
  /** Stops the run (or takes it out of the queue); its promise then never settles. */
  cancel(): void;
}

export class CalcError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

interface Job {
  requestId: number;
  key: string;
  id: CalculatorId;
  input: unknown;
  onProgress(share: number): void;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

const CACHE_SIZE = 20;

export function createCalcClient(startWorker: (() => CalcWorkerLike) | null) {
  const cache = new Map<string, unknown>();
  const queue: Job[] = [];
  let worker: CalcWorkerLike | null = null;
  let running: Job | null = null;
  let nextId = 1;
  const remember = (key: string, output: unknown) => {
    cache.set(key, output);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return output;
  };

  function onPage(job: Job) {
    try {
      job.resolve(remember(job.key, calculateWithProgress(job.id, job.input, (d, t) => job.onProgress(d / t))));
    } catch (error) {
      job.reject(error instanceof StatsInputError ? new CalcError(error.field, error.message) : error instanceof Error ? error : new Error(String(error)));
    }
  }

  function finish() {
    running = null;
    pump();
  }

  function pump() {
    if (running || queue.length === 0) return;
    const job = queue.shift()!;
    if (!startWorker) {
      onPage(job);
      pump();
      return;
    }
    try {
      worker ??= startWorker();
    } catch (error) {
      console.warn(`Calculations run on the page instead of a worker: ${errorMessage(error)}`);
      startWorker = null;
      onPage(job);
      pump();
      return;
    }
    running = job;
    worker.onmessage = ({ data }) => {
      if (running !== job || data.requestId !== job.requestId) return;
      if ('progress' in data) return job.onProgress(data.progress);
      if ('output' in data) job.resolve(remember(job.key, data.output));
      else job.reject(new CalcError(data.error.field, data.error.message));
      finish();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      job.reject(new Error(event.message || 'The calculation worker stopped.'));
      finish();
    };
    worker.postMessage({ requestId: job.requestId, id: job.id, input: job.input });
  }

  return {
    cached(id: CalculatorId, input: unknown): unknown {
      return cache.get(JSON.stringify([id, input]));
    },
    run(id: CalculatorId, input: unknown, onProgress: (share: number) => void): CalcRun {
      const key = JSON.stringify([id, input]);
      if (cache.has(key)) return { done: Promise.resolve(cache.get(key)), cancel: () => {} };
      let job: Job | undefined;
      const done = new Promise<unknown>((resolve, reject) => {
        job = { requestId: nextId++, key, id, input, onProgress, resolve, reject };
      });
      queue.push(job!);
      pump();
      return {
        done,
        cancel() {
          const queued = queue.indexOf(job!);
          if (queued >= 0) queue.splice(queued, 1);
          else if (running === job) {
            worker?.terminate();
            worker = null;
            finish();
          }
        },
      };
    },
  };
}

export type CalcClient = ReturnType<typeof createCalcClient>;

let shared: CalcClient | null = null;

/** The app's calculation client, its worker started on first use. */
export function getCalcClient(): CalcClient {
  shared ??= createCalcClient(
    typeof Worker === 'undefined' ? null : () => new Worker(new URL('./calc.worker.ts', import.meta.url), { type: 'module', name: 'episodes-calculations' }),
  );
  return shared;
}
