// The calculation worker: long calculations (the peeking simulator) off the page's thread (see calc-client.ts).
import { answerCalcRequest, type FromCalcWorker, type ToCalcWorker } from './calc-worker-core';

const scope = self as unknown as { postMessage(message: FromCalcWorker): void; onmessage: ((event: MessageEvent<ToCalcWorker>) => void) | null };
scope.onmessage = (event) => answerCalcRequest(event.data, (answer) => scope.postMessage(answer));
