// Starts the real desktop app where the Electron binary is installed (npm install without
// ELECTRON_SKIP_BINARY_DOWNLOAD). Elsewhere, e.g. offline CI, it reports itself skipped.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) console.log('Electron smoke test skipped: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD).');

describe.skipIf(!binary)('the desktop app', () => {
  it('opens one window on the dashboard with the bridge exposed and no Node in the page', async () => {
    const app = await electron.launch({ executablePath: binary, args: [resolve(import.meta.dirname, '../..')] });
    try {
      const window = await app.firstWindow();
      await window.waitForSelector('h1');
      // Served from the app's own scheme, never file://.
      expect(window.url()).toMatch(/^app:\/\/episodes\/index\.html/);
      expect(await window.locator('h1').first().textContent()).toBe('This week');
      expect(await window.evaluate(() => typeof (window as unknown as { episodes?: unknown }).episodes)).toBe('object');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      const reply = await window.evaluate(() => (window as unknown as { episodes: { appInfo(): Promise<{ ok: boolean; value: { version: string } }> } }).episodes.appInfo());
      expect(reply.ok).toBe(true);
      expect(reply.value.version).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      await app.close();
    }
  });
});
