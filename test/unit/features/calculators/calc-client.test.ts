// The calculation worker's client: runs queue one after another, progress arrives, a cancelled run
// ends its worker and the next run starts a fresh one, results are kept, errors keep their field.
import { describe, expect, it } from 'vitest';
import { answerCalcRequest, type CalcWorkerLike, type FromCalcWorker, type ToCalcWorker } from '../../../../src/features/calculators/worker/calc-worker-core';
import { CalcError, createCalcClient } from '../../../../src/features/calculators/worker/calc-client';

/** A worker that answers on the next turn, as a real one does, counting how often it was started and ended. */
function fakeWorkers() {
  const stats = { started: 0, terminated: 0, requests: 0 };
  const start = (): CalcWorkerLike => {
    stats.started++;
    let alive = true;
    const w: CalcWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message: ToCalcWorker) {
        stats.requests++;
        setTimeout(() => {
          if (!alive) return;
          answerCalcRequest(message, (answer: FromCalcWorker) => w.onmessage?.({ data: answer } as MessageEvent<FromCalcWorker>));
        }, 0);
      },
      terminate() {
        alive = false;
        stats.terminated++;
      },
    };
    return w;
  };
  return { start, stats };
}

const sim = (seed: number) => ({ looks: 4, nPerLookPerArm: 200, controlRate: 0.1, runs: 20_000, seed, tau: 0.02 });

describe('calc client', () => {
  it('runs in the worker with progress, and keeps the result', async () => {
    const { start, stats } = fakeWorkers();
    const client = createCalcClient(start);
    const progress: number[] = [];
    const output = await client.run('peeking-simulator', sim(1), (p) => progress.push(p)).done;
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    expect(client.cached('peeking-simulator', sim(1))).toBe(output);
    await client.run('peeking-simulator', sim(1), () => {}).done;
    expect(stats.requests).toBe(1);
  });

  it('queues runs, and a cancelled run ends its worker without blocking the next', async () => {
    const { start, stats } = fakeWorkers();
    const client = createCalcClient(start);
    const first = client.run('peeking-simulator', sim(2), () => {});
    const second = client.run('peeking-simulator', sim(3), () => {});
    const third = client.run('peeking-simulator', sim(4), () => {});
    second.cancel(); // still queued: never sent
    first.cancel(); // in the worker: the worker ends
    const settled = await Promise.race([third.done.then(() => 'third'), first.done.then(() => 'first')]);
    expect(settled).toBe('third');
    expect(stats.terminated).toBe(1);
    expect(stats.started).toBe(2);
    expect(stats.requests).toBe(2);
  });

  it('an invalid input comes back as the engine’s error on its field', async () => {
    const client = createCalcClient(fakeWorkers().start);
    const error = await client.run('peeking-simulator', { ...sim(1), looks: 0 }, () => {}).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalcError);
    expect((error as CalcError).field).toBe('looks');
  });

  it('without workers the calculation runs on the page', async () => {
    const client = createCalcClient(null);
    const output = (await client.run('peeking-simulator', sim(5), () => {}).done) as { byMethod: { mSPRT: { cumulativeRejectionRate: number[] } } };
    expect(output.byMethod.mSPRT.cumulativeRejectionRate).toHaveLength(4);
  });
});
