import { describe, expect, it } from 'vitest';
import { AutosaveScheduler, backoffDelay, saveStatusText, type SaveState, type Timers } from '../../../../src/features/editor/autosave-data';

/** A hand-driven clock: advance(ms) fires due timers in order. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      seq += 1;
      pending.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
    now: () => now,
  };
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await settle();
    }
    now = end;
  }
  return { timers, advance, pendingCount: () => pending.size };
}

const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(fail: (value: string, call: number) => boolean = () => false) {
  const clock = fakeTimers();
  const saved: string[] = [];
  const states: SaveState[] = [];
  let calls = 0;
  const scheduler = new AutosaveScheduler<string>({
    save: async (value) => {
      calls += 1;
      if (fail(value, calls)) throw new Error('disk full');
      saved.push(value);
    },
    onState: (s) => states.push(s),
    delayMs: 800,
    backoffMs: [1000, 2000, 5000],
    timers: clock.timers,
  });
  return { clock, saved, states, scheduler, calls: () => calls };
}

describe('AutosaveScheduler', () => {
  it('debounces: only the last value of a burst is written, 800 ms after the last keystroke', async () => {
    const { clock, saved, scheduler, states } = setup();
    scheduler.update('a');
    await clock.advance(500);
    scheduler.update('ab');
    await clock.advance(799);
    expect(saved).toEqual([]);
    await clock.advance(1);
    expect(saved).toEqual(['ab']);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 1300 });
    expect(scheduler.dirty).toBe(false);
  });

  it("says 'dirty' once per burst of keystrokes, and again after each save", async () => {
    const { clock, scheduler, states } = setup();
    for (const text of ['a', 'ab', 'abc', 'abcd']) scheduler.update(text);
    expect(states).toEqual([{ kind: 'dirty' }]);
    await clock.advance(800);
    expect(states.map((s) => s.kind)).toEqual(['dirty', 'saving', 'saved']);
    scheduler.update('abcde');
    scheduler.updateWith(() => 'abcdef');
    expect(states.map((s) => s.kind)).toEqual(['dirty', 'saving', 'saved', 'dirty']);
  });

  it('flush writes at once (blur, route change, window close)', async () => {
    const { saved, scheduler, clock } = setup();
    scheduler.update('typed');
    await scheduler.flush();
    expect(saved).toEqual(['typed']);
    expect(clock.pendingCount()).toBe(0);
    await scheduler.flush();
    expect(saved).toEqual(['typed']);
  });

  it('a failed save is reported and retried with backoff, keeping the newest words', async () => {
    const { clock, saved, scheduler, states } = setup((_v, call) => call <= 2);
    scheduler.update('v1');
    await clock.advance(800);
    expect(states.at(-1)).toMatchObject({ kind: 'error', attempt: 1, retryAt: 1800, message: 'disk full' });
    scheduler.update('v2'); // typing during the error: the retry writes this
    await clock.advance(1000);
    expect(states.at(-1)).toMatchObject({ kind: 'error', attempt: 2, retryAt: 1800 + 2000 });
    await clock.advance(2000);
    expect(saved).toEqual(['v2']);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 3800 });
  });

  it('keeps the edit made while a save was running and writes it afterwards', async () => {
    const clock = fakeTimers();
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const scheduler = new AutosaveScheduler<string>({
      save: (value) =>
        new Promise<void>((resolve) => {
          release = () => {
            saved.push(value);
            resolve();
          };
        }),
      onState: () => undefined,
      timers: clock.timers,
    });
    scheduler.update('one');
    await clock.advance(800);
    scheduler.update('one two');
    release();
    await settle();
    const done = scheduler.flush();
    await settle();
    release();
    await done;
    expect(saved).toEqual(['one', 'one two']);
  });

  it.each([
    [1, 1000],
    [2, 2000],
    [3, 5000],
    [9, 5000],
  ])('attempt %i waits %i ms', (attempt, ms) => expect(backoffDelay(attempt, [1000, 2000, 5000])).toBe(ms));
});

describe('saveStatusText', () => {
  it.each([
    [{ kind: 'saved', at: 0 } as SaveState, 2_400, 'Saved · 2s ago'],
    [{ kind: 'saved', at: 0 } as SaveState, 200, 'Saved · just now'],
    [{ kind: 'saved', at: 0 } as SaveState, 125_000, 'Saved · 2 min ago'],
    [{ kind: 'saving' } as SaveState, 0, 'Saving…'],
    [{ kind: 'error', message: 'x', attempt: 1, retryAt: 4000 } as SaveState, 0, 'Not saved — retrying in 4s'],
    [{ kind: 'error', message: 'x', attempt: 1, retryAt: 4000 } as SaveState, 4000, 'Not saved — retrying…'],
  ])('%j at %i reads %s', (state, now, text) => expect(saveStatusText(state, now)).toBe(text));
});

describe('AutosaveScheduler.pending', () => {
  it('is the queued value, then the value being written, then nothing once written', async () => {
    let release: () => void = () => undefined;
    const scheduler = new AutosaveScheduler<string>({
      save: () => new Promise<void>((resolve) => (release = resolve)),
      onState: () => undefined,
      timers: fakeTimers().timers,
    });
    expect(scheduler.pending).toBeUndefined();
    scheduler.update('draft');
    expect(scheduler.pending).toBe('draft');
    const done = scheduler.flush();
    await settle();
    expect(scheduler.pending).toBe('draft');
    expect(scheduler.dirty).toBe(true);
    release();
    await done;
    expect(scheduler.pending).toBeUndefined();
    expect(scheduler.dirty).toBe(false);
  });
});

describe('AutosaveScheduler.updateWith', () => {
  // The editor's case: each keystroke hands over a way to read the text; the text is built only
  // when it is written or stashed, never per keystroke.
  function typing() {
    let text = '';
    let reads = 0;
    const read = () => {
      reads += 1;
      return text;
    };
    const type = (more: string) => (text += more);
    return { read, type, reads: () => reads };
  }

  it('reads the text once, when the debounce writes it, and writes the newest text', async () => {
    const { clock, saved, scheduler } = setup();
    const editor = typing();
    for (const ch of 'hello') {
      editor.type(ch);
      scheduler.updateWith(editor.read);
      await clock.advance(100);
    }
    expect(editor.reads()).toBe(0);
    await clock.advance(800);
    expect(saved).toEqual(['hello']);
    expect(editor.reads()).toBe(1);
  });

  it('pending reads the newest text (the stash when the window closes)', () => {
    const { scheduler } = setup();
    const editor = typing();
    editor.type('unsaved words');
    scheduler.updateWith(editor.read);
    expect(scheduler.pending).toBe('unsaved words');
  });

  it('after a failed write, the retry writes the text as it is by then', async () => {
    const { clock, saved, scheduler } = setup((_v, call) => call === 1);
    const editor = typing();
    editor.type('first');
    scheduler.updateWith(editor.read);
    await clock.advance(800);
    expect(saved).toEqual([]);
    editor.type(' and more'); // typed while the error shows; no new update() reaches the scheduler
    await clock.advance(1000);
    expect(saved).toEqual(['first and more']);
  });
});
