import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { checkQueue } from '../../../src/data/derived';

// Fake timers: with real ones, the check given after the queue emptied raced the queue's last
// (setTimeout 0) turn on a loaded machine and could run without waiting the delay.
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('checkQueue (when derived rows are checked against their tables)', () => {
  it('waits the delay, then runs the checks one at a time in the order given, a failing one included', async () => {
    const later = checkQueue(200);
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      log.push(`${name} start`);
      await wait(ms);
      log.push(`${name} end`);
      if (fail) throw new Error(name);
    };
    later(task('a', 15));
    later(task('b', 5, true));
    later(task('c', 5));
    await vi.advanceTimersByTimeAsync(199);
    expect(log).toEqual([]); // nothing before the delay
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['a start']);
    await vi.advanceTimersByTimeAsync(14);
    expect(log).toEqual(['a start']); // one at a time: b waits for a
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    // A check given after the queue emptied waits the delay again.
    later(task('d', 1));
    await vi.advanceTimersByTimeAsync(199);
    expect(log).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(10);
    expect(log.slice(6)).toEqual(['d start', 'd end']);
  });
});
