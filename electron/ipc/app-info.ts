import type { AppInfo } from '../../src/shared/bridge';

export function appInfo(app: { getName(): string; getVersion(): string }, versions: NodeJS.ProcessVersions, platform: string): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform,
    electron: versions.electron ?? 'unknown',
    chrome: versions.chrome ?? 'unknown',
  };
}
