// Remembers the window's size and position between runs, and never restores it off-screen.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof stateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 820 };

export function loadWindowState(dir: string): WindowState | undefined {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  const file = join(dir, 'window-state.json');
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/** Keeps a saved rectangle only if at least a quarter of it lies on one of today's displays. */
export function visibleBounds(state: WindowState | undefined, displays: Rect[]): Partial<Rect> {
  if (!state) return { ...DEFAULT_SIZE };
  const overlaps = displays.some((d) => {
    const w = Math.min(state.x + state.width, d.x + d.width) - Math.max(state.x, d.x);
    const h = Math.min(state.y + state.height, d.y + d.height) - Math.max(state.y, d.y);
    return w > 0 && h > 0 && w * h >= (state.width * state.height) / 4;
  });
  return overlaps
    ? { x: state.x, y: state.y, width: state.width, height: state.height }
    : { width: state.width, height: state.height };
}
