// Messages between the page and the calculation worker (calc.worker.ts), and the worker's side: one
// request, progress as it goes, then the output or the engine's error (never thrown away).
import type { CalculatorId } from '../../../domain/stats';
import { calculateWithProgress, StatsInputError } from '../../../domain/stats';
import { errorMessage } from '../../../shared/error-message';

export interface ToCalcWorker {
  requestId: number;
  id: CalculatorId;
  input: unknown;
}

export type FromCalcWorker =
  | { requestId: number; progress: number }
  | { requestId: number; output: unknown }
  | { requestId: number; error: { field: string; message: string } };

export interface CalcWorkerLike {
  postMessage(message: ToCalcWorker): void;
  onmessage: ((event: MessageEvent<FromCalcWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function answerCalcRequest(message: ToCalcWorker, post: (answer: FromCalcWorker) => void): void {
  const { requestId } = message;
  try {
    const output = calculateWithProgress(message.id, message.input, (done, total) => post({ requestId, progress: total > 0 ? done / total : 1 }));
    post({ requestId, output });
  } catch (error) {
    const field = error instanceof StatsInputError ? error.field : '';
    post({ requestId, error: { field, message: errorMessage(error) } });
  }
}
