import { describe, expect, it } from 'vitest';
import { developmentCsp, isAppPage, isAppUrl, isSafeExternalUrl, PRODUCTION_CSP } from '../../../electron/security';

describe('isAppUrl: IPC comes only from the app\'s exact origin', () => {
  const packaged = {};
  const dev = { devServerUrl: 'http://localhost:5173' };
  it.each([
    [packaged, 'app://episodes/index.html', true],
    [packaged, 'app://episodes/index.html#/journal', true],
    [packaged, 'app://episodes/assets/search.worker-x.js', true],
    [packaged, 'app://episodes.evil/index.html', false],
    [packaged, 'app://evil/index.html', false],
    [packaged, 'app://user@episodes/index.html', false],
    [packaged, 'app://episodes:8080/index.html', false],
    // The packaged page is never a file:// URL, on any host (on Windows, file://host/ is a network share).
    [packaged, 'file:///opt/Episodes/resources/app.asar/.vite/renderer/main_window/index.html', false],
    [packaged, 'file://otherhost/opt/Episodes/resources/app.asar/.vite/renderer/main_window/index.html', false],
    [packaged, 'https://example.com/', false],
    [packaged, 'not a url', false],
    [packaged, '', false],
    [packaged, 'app://episodes/%E0%A4%A.md', true],
    [dev, 'http://localhost:5173/#/journal', true],
    [dev, 'http://localhost:5174/', false],
    [dev, 'http://127.0.0.1:5173/', false],
    [dev, 'app://episodes/index.html', false],
  ])('%o accepts %s: %s', (app, url, expected) => {
    expect(isAppUrl(url, app)).toBe(expected);
  });
});

describe('isAppPage: the window navigates only to the app\'s own page', () => {
  it.each([
    ['app://episodes/index.html', true],
    ['app://episodes/index.html#/editor/abc', true],
    ['app://episodes/', true],
    // A relative link in an episode resolves onto the app's origin but is not the app.
    ['app://episodes/2026-W48-next.md', false],
    ['app://episodes/2026/../notes.md', false],
    ['app://episodes/%E0%A4%A.md', false],
    ['app://episodes.evil/index.html', false],
    ['file:///index.html', false],
  ])('%s -> %s', (url, expected) => {
    expect(() => isAppPage(url, {})).not.toThrow();
    expect(isAppPage(url, {})).toBe(expected);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.coursera.org/learn/mlops', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['mailto:me@example.com', false],
    ['https://', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('Content-Security-Policy', () => {
  it('allows no remote script, no eval and no inline script in production', () => {
    expect(PRODUCTION_CSP).toContain("default-src 'none'");
    expect(PRODUCTION_CSP).toContain("script-src 'self';");
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval');
    expect(PRODUCTION_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(PRODUCTION_CSP).not.toMatch(/https?:/);
  });
  it('opens only the dev server for hot reload while developing', () => {
    const csp = developmentCsp('http://localhost:5173/');
    expect(csp).toContain('connect-src \'self\' http://localhost:5173 ws://localhost:5173');
    expect(csp).not.toContain('unsafe-eval');
  });
});
