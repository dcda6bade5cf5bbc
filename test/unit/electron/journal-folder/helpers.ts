import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh journal root in the system temp folder (realpath'd: macOS /var is a symlink). */
export function tempRoot(label = 'journal'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), `episodes-${label}-`)));
}

export function put(root: string, path: string, text: string): string {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}
