// The app's own scheme, app://episodes/, instead of file:// (Electron security checklist: "use a
// custom protocol"). It serves only the files inside the packaged renderer folder: no other path,
// no other host, nothing outside the folder however the URL is encoded.
import type { Protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'episodes';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready: standard and secure, so the page gets an origin, IndexedDB, workers and fetch. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Whether `url` is on the app's origin exactly: the scheme, the host, and no port or user. */
export function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && !url.port && !url.username && !url.password;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type AssetLookup = { file: string; mime: string } | { status: 400 | 403 | 404 };

/** The file inside `rendererDir` an app:// URL names, or why there is none. Pure: no disk access. */
export function resolveAppAsset(rendererDir: string, rawUrl: string): AssetLookup {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400 };
  }
  if (!isAppOrigin(url)) return { status: 403 };
  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 400 };
    }
    if (segment === '.' || segment === '..' || /[\\/\0]/.test(segment) || /^[a-zA-Z]:/.test(segment)) return { status: 403 };
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const root = resolve(rendererDir);
  const file = resolve(root, ...segments);
  if (!file.startsWith(root + sep)) return { status: 403 };
  const mime = MIME[extname(file).toLowerCase()];
  return mime ? { file, mime } : { status: 404 };
}

/** The protocol handler: the file's bytes with its type and the page's CSP, or an empty error response. */
export function appProtocolHandler(rendererDir: string, csp: string) {
  return async (request: Request): Promise<Response> => {
    const found = resolveAppAsset(rendererDir, request.url);
    if ('status' in found) return new Response(null, { status: found.status });
    try {
      if (!(await stat(found.file)).isFile()) return new Response(null, { status: 404 });
      const body = await readFile(found.file);
      return new Response(body, {
        status: 200,
        headers: { 'Content-Type': found.mime, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}
