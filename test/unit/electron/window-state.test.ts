import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, saveWindowState, visibleBounds } from '../../../electron/window-state';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it.each([
    ['no saved state', undefined, DEFAULT_SIZE],
    ['on screen', { x: 100, y: 80, width: 1200, height: 800, maximized: false }, { x: 100, y: 80, width: 1200, height: 800 }],
    ['on a display that is gone', { x: 3000, y: 80, width: 1200, height: 800, maximized: false }, { width: 1200, height: 800 }],
    ['mostly off screen', { x: 1800, y: 1000, width: 1200, height: 800, maximized: false }, { width: 1200, height: 800 }],
  ])('restores %s', (_label, state, expected) => {
    expect(visibleBounds(state, [display])).toEqual(expected);
  });

  it('saves and loads the window rectangle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'episodes-window-'));
    saveWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it.each([['not json {'], ['{"x":"a"}'], ['{"x":0,"y":0,"width":5,"height":5}']])('ignores a damaged file: %s', (text) => {
    const dir = mkdtempSync(join(tmpdir(), 'episodes-window-'));
    writeFileSync(join(dir, 'window-state.json'), text);
    expect(loadWindowState(dir)).toBeUndefined();
  });
});
