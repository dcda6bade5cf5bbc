// The Electron security checklist in one place: CSP on every response, no navigation away from the
// app, no new windows (http/https links go to the system browser after validation), no permissions,
// no webviews, and a check that IPC comes from the app's own page.
import type { Session, WebContents } from 'electron';
import { openExternalInput } from '../src/shared/bridge';

export const PRODUCTION_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The Vite dev server (npm start only) needs inline scripts and a websocket for hot reload. */
export function developmentCsp(devServerUrl: string): string {
  const origin = new URL(devServerUrl).origin;
  const ws = origin.replace(/^http/, 'ws');
  return PRODUCTION_CSP.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${origin}`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${origin} ${ws}`,
  );
}

/**
 * Whether a URL belongs to the app's own page: the dev server's origin while developing,
 * otherwise a file:// URL inside the packaged renderer folder.
 */
export function isAppUrl(url: string, app: { devServerUrl?: string; rendererDir: string }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (app.devServerUrl) return parsed.origin === new URL(app.devServerUrl).origin;
  if (parsed.protocol !== 'file:') return false;
  const rendererPath = app.rendererDir.replace(/\\/g, '/').replace(/\/+$/, '');
  const path = decodeURIComponent(parsed.pathname).replace(/^\/([A-Za-z]:)/, '$1');
  return path.startsWith(`${rendererPath}/`) && !path.split('/').includes('..');
}

/** http and https links with a host, nothing else (no file:, javascript:, custom schemes). */
export function isSafeExternalUrl(url: string): boolean {
  return openExternalInput.safeParse({ url }).success;
}

export function hardenSession(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenWebContents(
  contents: WebContents,
  isOwnUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
