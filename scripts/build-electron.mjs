// Builds the Forge Vite bundles (main, preload, renderer) into .vite/ without packaging and without
// the Electron binary, by running Forge plugin-vite's own config generator on forge.config.ts.
// This reaches into plugin-vite's dist/, so it is kept to this one file; test/unit/build checks its output.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const ViteConfigGenerator = require('@electron-forge/plugin-vite/dist/ViteConfig.js').default;

const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(root, 'forge.config.ts'), root);
const forgeConfig = loaded?.config;
const vitePlugin = forgeConfig?.plugins?.find((plugin) => plugin?.name === 'vite');
if (!vitePlugin?.config) throw new Error('forge.config.ts has no VitePlugin: cannot build.');

rmSync(resolve(root, '.vite'), { recursive: true, force: true });
const generator = new ViteConfigGenerator(vitePlugin.config, root, true);
const configs = [...(await generator.getBuildConfigs()), ...(await generator.getRendererConfig())];
for (const config of configs) {
  await build({ ...config, configFile: false, logLevel: 'warn' });
}
console.log(`Built ${configs.length} bundles into .vite/`);
