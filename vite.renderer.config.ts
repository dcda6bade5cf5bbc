import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.config';

// The renderer inside Electron (Forge builds it into .vite/renderer/main_window).
export default defineConfig(rendererConfig);
