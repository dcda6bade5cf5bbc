// app://episodes serves the renderer folder and nothing else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, appProtocolHandler, registerAppScheme, resolveAppAsset } from '../../../electron/app-protocol';
import { tempRoot } from './journal-folder/helpers';

const renderer = '/opt/Episodes/resources/app.asar/.vite/renderer/main_window';

describe('resolveAppAsset', () => {
  it.each([
    ['app://episodes/index.html', { file: `${renderer}/index.html`, mime: 'text/html; charset=utf-8' }],
    ['app://episodes/', { file: `${renderer}/index.html`, mime: 'text/html; charset=utf-8' }],
    ['app://episodes/index.html#/journal', { file: `${renderer}/index.html`, mime: 'text/html; charset=utf-8' }],
    ['app://episodes/assets/index-1Hq.js?v=2', { file: `${renderer}/assets/index-1Hq.js`, mime: 'text/javascript; charset=utf-8' }],
    ['app://episodes/assets/KaTeX_Main-Regular.woff2', { file: `${renderer}/assets/KaTeX_Main-Regular.woff2`, mime: 'font/woff2' }],
    ['app://episodes/assets/a%20b.css', { file: `${renderer}/assets/a b.css`, mime: 'text/css; charset=utf-8' }],
  ])('%s -> the file in the renderer folder', (url, expected) => {
    expect(resolveAppAsset(renderer, url)).toEqual(expected);
  });

  it.each([
    ['app://episodes/..%2f..%2fapp.asar/main.js', 403],
    ['app://episodes/assets/..%5c..%5cmain.js', 403],
    ['app://episodes/C:%5cWindows%5cwin.ini', 403],
    ['app://episodes/a%00.js', 403],
    ['app://other/index.html', 403],
    ['app://episodes:81/index.html', 403],
    ['file:///etc/passwd', 403],
    ['app://episodes/%E0%A4%A.js', 400],
    ['app://episodes/notes.md', 404],
    ['::', 400],
  ])('%s -> %i, never a path outside the folder', (url, status) => {
    expect(resolveAppAsset(renderer, url)).toEqual({ status });
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    // WHATWG URL parsing turns %2e%2e into `..` and resolves it at the origin's root.
    expect(resolveAppAsset(renderer, 'app://episodes/%2e%2e/%2e%2e/main.js')).toEqual({ file: `${renderer}/main.js`, mime: 'text/javascript; charset=utf-8' });
  });
});

describe('the app:// handler', () => {
  it('serves the file with its type, the CSP and nosniff; 404 for what is not there', async () => {
    const dir = tempRoot('renderer');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Episodes</title>');
    const handle = appProtocolHandler(dir, "default-src 'none'");
    const page = await handle(new Request(APP_INDEX_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Episodes</title>');
    expect((await handle(new Request('app://episodes/missing.js'))).status).toBe(404);
    mkdirSync(join(dir, 'folder.js'));
    expect((await handle(new Request('app://episodes/folder.js'))).status).toBe(404);
  });

  it('registers app: as a standard, secure scheme before the app is ready', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});
