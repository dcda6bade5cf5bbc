import { defineConfig } from 'vite';
import { quietRollupWarnings } from './vite.shared.config';

// Forge's plugin-vite merges this into its main-process build (CommonJS into .vite/build).
export default defineConfig({
  build: { sourcemap: false, rollupOptions: { onwarn: quietRollupWarnings } },
});
