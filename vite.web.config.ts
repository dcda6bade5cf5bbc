import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './vite.shared.config';

// The same renderer as a plain web app (npm run web / build:web), using the browser host.
export default defineConfig(
  mergeConfig(rendererConfig, {
    base: './',
    build: { outDir: 'dist-web', emptyOutDir: true },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1' },
  }),
);
