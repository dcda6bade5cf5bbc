import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentToasts, dismissToast, showToast } from '../../../src/ui/toast-store';

const shown = () => currentToasts().map((t) => t.message);

describe('toasts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keep a sticky toast (a conflict) while passing ones come and go, and let passing ones expire', () => {
    vi.useFakeTimers();
    const sticky = showToast({ message: 'Conflict: both kept', tone: 'danger' }, Infinity);
    for (let i = 1; i <= 4; i++) showToast({ message: `Saved ${i}` });
    expect(shown()).toEqual(['Conflict: both kept', 'Saved 3', 'Saved 4']);
    vi.advanceTimersByTime(8001);
    expect(shown()).toEqual(['Conflict: both kept']);
    dismissToast(sticky);
    expect(shown()).toEqual([]);
  });
});
