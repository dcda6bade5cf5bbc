// The application menu: the standard roles plus the app's own shortcuts, which it forwards to the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/shared/bridge';

export function menuTemplate(
  send: (command: MenuCommand) => void,
  options: { isMac: boolean; appName: string; isDev: boolean },
): MenuItemConstructorOptions[] {
  const go = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ label: options.appName, role: 'appMenu' });
  template.push(
    {
      label: 'File',
      submenu: [
        go('New Episode', 'CmdOrCtrl+N', 'new-episode'),
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        go('Dashboard', 'CmdOrCtrl+1', 'go-dashboard'),
        go('Journal', 'CmdOrCtrl+2', 'go-journal'),
        go('Certifications', 'CmdOrCtrl+3', 'go-certifications'),
        go('Calculators', 'CmdOrCtrl+4', 'go-calculators'),
        go('Practice', 'CmdOrCtrl+5', 'go-practice'),
        go('Inspirations', 'CmdOrCtrl+6', 'go-inspirations'),
        go('Settings', 'CmdOrCtrl+,', 'go-settings'),
        { type: 'separator' },
        go('Command Palette…', 'CmdOrCtrl+K', 'command-palette'),
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [go('Keyboard Shortcuts', 'CmdOrCtrl+/', 'show-shortcuts')] },
  );
  return template;
}
