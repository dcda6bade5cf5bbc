import { describe, expect, it } from 'vitest';
import { developmentCsp, isAppUrl, isSafeExternalUrl, PRODUCTION_CSP } from '../../../electron/security';

describe('isAppUrl', () => {
  const packaged = { rendererDir: '/opt/Episodes/resources/app.asar/.vite/renderer/main_window' };
  const dev = { devServerUrl: 'http://localhost:5173', rendererDir: '/unused' };
  it.each([
    [packaged, 'file:///opt/Episodes/resources/app.asar/.vite/renderer/main_window/index.html', true],
    [packaged, 'file:///opt/Episodes/resources/app.asar/.vite/renderer/main_window/index.html#/journal', true],
    [packaged, 'file:///opt/Episodes/resources/app.asar/.vite/renderer/main_window_evil/index.html', false],
    [packaged, 'file:///etc/passwd', false],
    [packaged, 'https://example.com/', false],
    [packaged, 'not a url', false],
    [packaged, '', false],
    [dev, 'http://localhost:5173/#/journal', true],
    [dev, 'http://localhost:5174/', false],
    [dev, 'http://127.0.0.1:5173/', false],
    [dev, 'file:///opt/x/index.html', false],
  ])('%o accepts %s: %s', (app, url, expected) => {
    expect(isAppUrl(url, app)).toBe(expected);
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
