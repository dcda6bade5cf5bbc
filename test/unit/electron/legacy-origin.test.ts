// The file:// origin's data, read once in a hidden window on that origin and handed to the page.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_EXPORT_SCRIPT, LegacyOrigin, type HiddenWindow } from '../../../electron/legacy-origin';
import { tempRoot } from './journal-folder/helpers';

function fakeWindow(answer: unknown) {
  const calls: string[] = [];
  const window: HiddenWindow = {
    loadURL: async (url) => void calls.push(`load ${url}`),
    webContents: { executeJavaScript: async (code) => (calls.push(code === LEGACY_EXPORT_SCRIPT ? 'export script' : 'other script'), answer) },
    destroy: () => void calls.push('destroy'),
  };
  return { window, calls };
}

describe('the old file:// origin', () => {
  it('has nothing to offer where no old database exists, and says so once for good', async () => {
    const userData = tempRoot('userdata');
    let opened = 0;
    const legacy = new LegacyOrigin(userData, () => (opened++, fakeWindow(null).window));
    expect(await legacy.data()).toBeNull();
    expect(opened).toBe(0);
    expect(existsSync(join(userData, 'file-origin-migrated.json'))).toBe(true);
  });

  it('reads the old database in a hidden window on a blank file:// page, once, until the page has merged it', async () => {
    const userData = tempRoot('userdata');
    mkdirSync(join(userData, 'IndexedDB', 'file__0.indexeddb.leveldb'), { recursive: true });
    const { window, calls } = fakeWindow('{"format":"episodes-backup"}');
    const legacy = new LegacyOrigin(userData, () => window);
    const [a, b] = await Promise.all([legacy.data(), legacy.data()]);
    expect([a, b]).toEqual(['{"format":"episodes-backup"}', '{"format":"episodes-backup"}']);
    expect(calls).toEqual([`load file://${join(userData, 'file-origin-export.html')}`, 'export script', 'destroy']);
    // Not merged yet (the app was closed first): the next start offers it again.
    expect(await new LegacyOrigin(userData, () => fakeWindow('again').window).data()).toBe('again');
    await legacy.done();
    expect(await new LegacyOrigin(userData, () => fakeWindow('never').window).data()).toBeNull();
    // The old database itself is left where it was.
    expect(existsSync(join(userData, 'IndexedDB', 'file__0.indexeddb.leveldb'))).toBe(true);
  });

  it('closes the hidden window even when reading fails', async () => {
    const userData = tempRoot('userdata');
    mkdirSync(join(userData, 'IndexedDB', 'file__0.indexeddb.leveldb'), { recursive: true });
    const destroyed: boolean[] = [];
    const legacy = new LegacyOrigin(userData, () => ({
      loadURL: async () => undefined,
      webContents: { executeJavaScript: async () => Promise.reject(new Error('VersionError')) },
      destroy: () => void destroyed.push(true),
    }));
    await expect(legacy.data()).rejects.toThrow('VersionError');
    expect(destroyed).toEqual([true]);
  });
});
