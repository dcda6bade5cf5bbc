import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rollup, UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The page's Content-Security-Policy: no remote code, no eval, no inline script.
// Inline styles are allowed because the chart and editor libraries set style attributes.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

// The dev server needs inline scripts for React Fast Refresh, so the meta tag is added to builds only.
function cspMeta(): Plugin {
  return {
    name: 'episodes:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}

/**
 * Packages that pick a DOM build under the 'browser' condition get their plain build in the search
 * worker, where there is no document: micromark's entity decoder (decode-named-character-reference)
 * otherwise calls document.createElement when the worker starts, the worker dies, and search falls
 * back to running on the page.
 */
function workerBuilds(): Plugin {
  const plain: Record<string, string> = {
    'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
  };
  return {
    name: 'episodes:worker-builds',
    enforce: 'pre',
    resolveId(source) {
      return plain[source] ?? null;
    },
  };
}

/** Drops Rollup's notes about misplaced comments inside dependencies (zod's); keeps every other warning. */
export function quietRollupWarnings(warning: Rollup.RollupLog, warn: (warning: Rollup.RollupLog) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
}

export const rendererConfig: UserConfig = {
  plugins: [react(), cspMeta()],
  publicDir: 'assets/public',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The search worker is an ES module worker (same CSP: script from 'self', no eval).
  worker: { format: 'es', plugins: () => [workerBuilds()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
    rollupOptions: { onwarn: quietRollupWarnings },
  },
};
