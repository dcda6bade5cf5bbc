import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/menu';
import type { MenuCommand } from '../../../src/shared/bridge';
import { accelerator, commands, menuCommandIds, type CommandSpec } from '../../../src/shared/commands';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('forwards each section shortcut to the page', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(menuTemplate((c) => sent.push(c), { isMac: false, appName: 'Episodes', isDev: false }));
    const byAccelerator = new Map(items.filter((i) => i.accelerator).map((i) => [i.accelerator, i]));
    for (const [accelerator, command] of [
      ['CmdOrCtrl+1', 'go-dashboard'],
      ['CmdOrCtrl+2', 'go-journal'],
      ['CmdOrCtrl+,', 'go-settings'],
      ['CmdOrCtrl+N', 'new-episode'],
      ['CmdOrCtrl+K', 'command-palette'],
    ] as const) {
      const item = byAccelerator.get(accelerator);
      expect(item, accelerator).toBeDefined();
      (item!.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('has the standard edit roles, and DevTools only in development', () => {
    const prod = flatten(menuTemplate(() => undefined, { isMac: false, appName: 'Episodes', isDev: false }));
    expect(prod.some((i) => i.role === 'editMenu')).toBe(true);
    expect(prod.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = flatten(menuTemplate(() => undefined, { isMac: true, appName: 'Episodes', isDev: true }));
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(dev.some((i) => i.role === 'appMenu')).toBe(true);
  });
});

describe('the menu comes from the command table', () => {
  it('lists each menu command once, under its label, with the table’s shortcut as accelerator', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(menuTemplate((c) => sent.push(c), { isMac: true, appName: 'Episodes', isDev: false }));
    for (const id of menuCommandIds) {
      const spec: CommandSpec = commands[id];
      const matching = items.filter((item) => item.label === spec.menu?.label);
      expect(matching, id).toHaveLength(1);
      expect(matching[0]!.accelerator).toBe(spec.shortcuts?.[0] ? accelerator(spec.shortcuts[0], 'mac') : undefined);
      (matching[0]!.click as () => void)();
      expect(sent.at(-1)).toBe(id);
    }
  });
});
