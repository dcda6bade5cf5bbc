// When derived-row work runs: checks after the screen that read a row has drawn, one at a time;
// rebuilds of a missing row right after the read, outside its transaction; in tests, when the test says.
import Dexie from 'dexie';

/** Runs a task some time later, outside whatever transaction or live query scheduled it. */
export type Later = (task: () => Promise<unknown>) => void;

/** When derived work runs: checks after screens have drawn, rebuilds of a missing row right after the read. */
export interface Scheduling {
  check: Later;
  rebuild: Later;
}

/** Rebuilds a missing or damaged row right after the current task, outside the caller's (possibly read-only, live-query) transaction. */
export const rebuildSoon: Later = (task) => {
  setTimeout(() => void Dexie.ignoreTransaction(task).catch(() => undefined), 0);
};

/**
 * Scheduling a test controls: checks and rebuilds wait in their lists until the test runs them;
 * `settle()` runs the rebuilds (and any they schedule) and resolves when they are done, so a test
 * awaits the background work instead of sleeping.
 */
export function manualScheduling(): Scheduling & { checks: (() => Promise<unknown>)[]; rebuilds: (() => Promise<unknown>)[]; settle(): Promise<void> } {
  const checks: (() => Promise<unknown>)[] = [];
  const rebuilds: (() => Promise<unknown>)[] = [];
  return {
    check: (task) => void checks.push(task),
    rebuild: (task) => void rebuilds.push(task),
    checks,
    rebuilds,
    async settle() {
      for (let task = rebuilds.shift(); task; task = rebuilds.shift()) await Dexie.ignoreTransaction(task);
    },
  };
}

/**
 * When a stored row is checked against its table. Counting a table's rows is the slow part of a
 * check (5,000 sessions in an index: 30-50 ms in Chromium, ten times the read of the row itself),
 * and a row only goes stale when rows are written behind the repository's back, so screens draw
 * from the row at once and the count is compared after they have drawn.
 */
export const CHECK_DELAY_MS = 1500;

/**
 * A Later that runs its tasks one at a time, the first CHECK_DELAY_MS after it was given one and
 * each of the others when the browser is next idle after the one before has finished: the
 * dashboard schedules some twenty checks at start-up (a scan, counts, sums of modules), and run
 * together they would hold the page for 150 ms or more just when someone may be clicking.
 */
export function checkQueue(delayMs = CHECK_DELAY_MS): Later {
  const queue: (() => Promise<unknown>)[] = [];
  let running = false;
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 0));
  const drain = () => {
    const task = queue.shift();
    if (!task) {
      running = false;
      return;
    }
    void Dexie.ignoreTransaction(task)
      .catch(() => undefined)
      .finally(() => idle(drain));
  };
  return (task) => {
    queue.push(task);
    if (running) return;
    running = true;
    setTimeout(drain, delayMs);
  };
}

export const checkLater: Later = checkQueue();


/** The app's scheduling: checks through the shared queue, rebuilds at once. */
export const appScheduling: Scheduling = { check: checkLater, rebuild: rebuildSoon };
