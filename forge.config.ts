import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerZIP } from '@electron-forge/maker-zip';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// The Vite builds: main and preload for the shell, one renderer for the page.
// scripts/build-electron.mjs reads this same plugin config to build .vite/ without the Electron binary.
export const vitePluginConfig = {
  build: [
    { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' as const },
    { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' as const },
  ],
  renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
};

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Episodes',
    executableName: 'episodes',
    icon: 'assets/icon',
    asar: true,
    appBundleId: 'app.episodes.journal',
    appCategoryType: 'public.app-category.productivity',
  },
  rebuildConfig: {},
  makers: [
    new MakerZIP({}, ['linux', 'darwin', 'win32']),
    new MakerDeb({
      options: {
        name: 'episodes',
        productName: 'Episodes',
        genericName: 'Learning journal',
        categories: ['Office', 'Education'],
        icon: 'assets/icon.png',
      },
    }),
    new MakerSquirrel({ name: 'episodes' }),
    new MakerDMG({ format: 'ULFO' }),
  ],
  plugins: [
    new VitePlugin(vitePluginConfig),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // The page is served from app://episodes (electron/app-protocol.ts); file:// gets no extra rights.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
