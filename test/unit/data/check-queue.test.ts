import { describe, expect, it } from 'vitest';

import { checkQueue } from '../../../src/data/aggregates';

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
    await wait(20);
    expect(log).toEqual([]); // nothing before the delay
    await expect.poll(() => log.length, { timeout: 5000 }).toBe(6);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    // A check given after the queue emptied waits the delay again.
    later(task('d', 1));
    await wait(20);
    expect(log).toHaveLength(6);
    await expect.poll(() => log.length, { timeout: 5000 }).toBe(8);
    expect(log.slice(6)).toEqual(['d start', 'd end']);
  });
});
