// The operating system the page runs on, read once: it decides ⌘ or Ctrl in shortcuts.
import type { Platform } from '../shared/commands';

export function detectPlatform(nav: Pick<Navigator, 'platform' | 'userAgent'> | undefined = globalThis.navigator): Platform {
  const text = `${nav?.platform ?? ''} ${nav?.userAgent ?? ''}`;
  if (/Mac|iPhone|iPad/i.test(text)) return 'mac';
  if (/Win/i.test(text)) return 'windows';
  return 'linux';
}
