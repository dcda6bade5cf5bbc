// The Electron security checklist in one place: CSP on every response, no navigation away from the
// app's page, no new windows (http/https links go to the system browser after validation), no
// permissions, no webviews, and a check that IPC comes from the app's own origin (app://episodes).
import type { Session, WebContents } from 'electron';
import { openExternalInput } from '../src/shared/bridge';
import { isAppOrigin } from './app-protocol';

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

export interface AppLocation {
  /** The Vite dev server while developing (npm start); absent in a packaged app. */
  devServerUrl?: string;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a URL is on the app's own origin, exactly: app://episodes in a packaged app (never a
 * file:// URL, whatever its host or path), the dev server's origin while developing. IPC senders
 * are checked with this.
 */
export function isAppUrl(url: string, app: AppLocation): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (app.devServerUrl) return parsed.origin === new URL(app.devServerUrl).origin;
  return isAppOrigin(parsed);
}

/**
 * Whether the window may navigate to `url`: only the app's own page (its routes live in the hash).
 * A relative link clicked in an episode (`next.md`, `../notes/x.md`) is on the app's origin but is
 * not the app, and would replace it: refused.
 */
export function isAppPage(url: string, app: AppLocation): boolean {
  const parsed = parse(url);
  if (!parsed || !isAppUrl(url, app)) return false;
  return parsed.pathname === '/' || parsed.pathname === '/index.html';
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
  isOwnPage: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
