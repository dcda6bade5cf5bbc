import { defineConfig } from 'vite';
import { quietRollupWarnings } from './vite.shared.config';

// The preload runs sandboxed: it is bundled into one CommonJS file that requires only 'electron'.
export default defineConfig({
  build: { sourcemap: false, rollupOptions: { onwarn: quietRollupWarnings } },
});
