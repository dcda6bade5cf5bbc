// Autosave without React: a debounced save, one write at a time, flush on demand (blur, leaving the
// page, closing the window), and retries with backoff after a failure, reported, never silent.

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string; attempt: number; retryAt: number };
import { errorMessage } from '../../shared/error-message';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export const DEFAULT_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

export interface AutosaveOptions<T> {
  save(value: T): Promise<void>;
  onState(state: SaveState): void;
  delayMs?: number;
  backoffMs?: readonly number[];
  timers?: Timers;
}

export function backoffDelay(attempt: number, backoffMs: readonly number[] = DEFAULT_BACKOFF_MS): number {
  return backoffMs[Math.min(attempt - 1, backoffMs.length - 1)] ?? 1_000;
}

export class AutosaveScheduler<T> {
  private latest: { read(): T } | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private writing: { value: T } | null = null;
  private attempt = 0;
  private disposed = false;
  /** The kind last told to onState: a burst of keystrokes says 'dirty' once, not per key. */
  private told: SaveState['kind'] | null = null;
  private readonly delayMs: number;
  private readonly backoffMs: readonly number[];
  private readonly timers: Timers;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.delayMs = options.delayMs ?? 800;
    this.backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.timers = options.timers ?? realTimers;
  }

  /** True while there is something not yet written. */
  get dirty(): boolean {
    return this.latest !== null || this.writing !== null;
  }

  /** The newest value not yet known to be written (queued or being written), if any. */
  get pending(): T | undefined {
    return this.latest ? this.latest.read() : (this.writing?.value ?? undefined);
  }

  /** A new value to save: restarts the debounce (unless a retry is already waiting). */
  update(value: T): void {
    this.updateWith(() => value);
  }

  /**
   * A new value that is built only when it is written (or asked for as `pending`), for values too
   * costly to build per keystroke. `read` returns the newest value whenever it is called.
   */
  updateWith(read: () => T): void {
    if (this.disposed) return;
    this.latest = { read };
    if (this.attempt > 0) return; // the pending retry will write the newest value
    this.tell({ kind: 'dirty' });
    this.arm(this.delayMs);
  }

  /** Writes now if anything is unsaved; resolves when it is written (or the write failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.latest) await this.run();
  }

  /** Stops timers; a final flush() should come first when the value matters. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private arm(ms: number) {
    this.clearTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private tell(state: SaveState) {
    if (state.kind === 'dirty' && this.told === 'dirty') return;
    this.told = state.kind;
    this.options.onState(state);
  }

  private clearTimer() {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      if (this.latest && !this.timer) return this.run();
      return;
    }
    const next = this.latest;
    if (!next) return;
    this.clearTimer();
    this.latest = null;
    const value = next.read();
    this.writing = { value };
    this.tell({ kind: 'saving' });
    this.inFlight = this.options.save(value).then(
      () => {
        this.attempt = 0;
        if (this.latest) {
          this.tell({ kind: 'dirty' });
          if (!this.disposed) this.arm(this.delayMs);
        } else this.tell({ kind: 'saved', at: this.timers.now() });
      },
      (error: unknown) => {
        this.latest ??= next; // keep the words: the newest value, or this one again
        this.attempt += 1;
        const wait = backoffDelay(this.attempt, this.backoffMs);
        this.tell({
          kind: 'error',
          message: errorMessage(error),
          attempt: this.attempt,
          retryAt: this.timers.now() + wait,
        });
        if (!this.disposed) this.arm(wait);
      },
    );
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
      this.writing = null;
    }
  }
}

/** "Saved · 2s ago", "Saving…", "Not saved — retrying in 4s". */
export function saveStatusText(state: SaveState, now: number): string {
  switch (state.kind) {
    case 'idle':
      return 'All changes saved';
    case 'dirty':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved · ${ago(now - state.at)}`;
    case 'error': {
      const seconds = Math.max(0, Math.ceil((state.retryAt - now) / 1000));
      return seconds > 0 ? `Not saved — retrying in ${seconds}s` : 'Not saved — retrying…';
    }
  }
}

function ago(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 1) return 'just now';
  if (s < 60) return `${s}s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ago`;
  return `${Math.floor(m / 60)} h ago`;
}
