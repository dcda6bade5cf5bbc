// A process that dies at a chosen step: every call across the renderer's boundaries (the bridge to
// main, the file links, the repository) counts as a step; at step `killAt` the process is dead and
// that call and every later one throw Killed. A bridge call that main already began completes in
// main (its reply is lost), as when the window is killed while main writes; a database transaction
// that a killed call was part of never commits.
import type { EpisodesRepo } from '../../../../src/data/episodes-repo';
import type { SyncLinks, SyncRepo } from '../../../../src/features/journal-folder/sync-context';
import type { JournalFolderHost } from '../../../../src/host/host';

export class Killed extends Error {
  constructor() {
    super('killed');
    this.name = 'Killed';
  }
}

export class KillSwitch {
  steps = 0;
  dead = false;
  /** Bridge calls main has started: the next start-up waits for them, as the OS would for main's exit. */
  readonly inFlight = new Set<Promise<unknown>>();
  readonly trace: string[] = [];

  /** Dies at step `killAt`, or at the first call `before(name, trace so far)` picks. */
  constructor(
    readonly killAt: number,
    private readonly before?: (name: string, trace: readonly string[]) => boolean,
  ) {}

  step(what = ''): void {
    if (this.dead) throw new Killed();
    this.steps += 1;
    const chosen = this.before?.(what, this.trace) ?? false;
    this.trace.push(what);
    if (this.steps >= this.killAt || chosen) {
      this.dead = true;
      throw new Killed();
    }
  }

  /** Waits for every bridge call main had started, whatever became of the page. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}

type AnyFn = (...args: never[]) => unknown;

/** Each method: a step first; for the bridge, a reply that arrives after death is lost. */
function guard<T extends object>(target: T, kill: KillSwitch, options: { bridge?: boolean; pass?: readonly string[] } = {}): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown;
      if (typeof value !== 'function' || options.pass?.includes(String(key))) return typeof value === 'function' ? (value as AnyFn).bind(obj) : value;
      return (...args: never[]) => {
        kill.step(String(key));
        const result = (value as AnyFn).apply(obj, args) as unknown;
        if (!(result instanceof Promise)) return result;
        if (options.bridge) {
          kill.inFlight.add(result);
          void result.finally(() => kill.inFlight.delete(result)).catch(() => undefined);
        }
        return result.then((answer) => {
          if (options.bridge && kill.dead) throw new Killed();
          return answer;
        });
      };
    },
  });
}

export function killableFolder(folder: JournalFolderHost, kill: KillSwitch): JournalFolderHost {
  return guard(folder, kill, { bridge: true, pass: ['onChanged'] });
}

export function killableLinks(links: SyncLinks, kill: KillSwitch): SyncLinks {
  const guarded = guard(links, kill, { pass: ['atomically'] });
  return new Proxy(guarded, {
    get(obj, key, receiver) {
      if (key !== 'atomically') return Reflect.get(obj, key, receiver) as unknown;
      return <R>(work: () => Promise<R>) => {
        kill.step('atomically');
        return links.atomically(work);
      };
    },
  });
}

export function killableRepo(repo: EpisodesRepo, kill: KillSwitch): SyncRepo & Pick<EpisodesRepo, 'restore' | 'listTrash'> {
  return guard(repo, kill, { pass: ['onChange'] });
}
