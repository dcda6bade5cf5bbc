// The application menu: the standard roles plus the command table's menu rows, whose clicks and
// accelerators it forwards to the page.
import type { MenuItemConstructorOptions } from 'electron';
import { accelerator, commands, menuCommandIds, type CommandSpec, type MenuCommand, type Platform } from '../src/shared/commands';

type MenuName = NonNullable<CommandSpec['menu']>['in'];

export function menuTemplate(
  send: (command: MenuCommand) => void,
  options: { isMac: boolean; appName: string; isDev: boolean },
): MenuItemConstructorOptions[] {
  const platform: Platform = options.isMac ? 'mac' : 'linux';
  const items = (menu: MenuName): MenuItemConstructorOptions[] =>
    menuCommandIds.flatMap((id) => {
      const spec: CommandSpec = commands[id];
      if (spec.menu?.in !== menu) return [];
      const first = spec.shortcuts?.[0];
      return [{ label: spec.menu.label, ...(first ? { accelerator: accelerator(first, platform) } : {}), click: () => send(id) }];
    });
  const go = items('Go');
  // The palette closes the Go menu, after the sections.
  const palette = go.findIndex((item) => item.label === commands['command-palette'].menu.label);
  const goMenu = palette < 0 ? go : [...go.filter((_, i) => i !== palette), { type: 'separator' } as const, go[palette]!];
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ label: options.appName, role: 'appMenu' });
  template.push(
    { label: 'File', submenu: [...items('File'), { type: 'separator' }, options.isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'Go', submenu: goMenu },
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
    { role: 'help', submenu: items('Help') },
  );
  return template;
}
