// Serves the built web app for the browser tests, on loopback only.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'dist-web/index.html'))) {
    throw new Error('dist-web/ is missing: run `npm run build:web` before the browser tests.');
  }
  findChromium(); // fail early, with install instructions, when there is no browser
  server = await preview({
    root,
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not report its port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
