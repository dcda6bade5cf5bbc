// The command table's keys: what a person presses, on which system, and whether it runs.
import { describe, expect, it } from 'vitest';
import { accelerator, commandIds, commands, menuCommandIds, shortcutKeys, type CommandSpec } from '../../../src/shared/commands';
import { matchesShortcut } from '../../../src/ui/commands';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  target: null,
});

describe('matchesShortcut', () => {
  it.each([
    ['Ctrl+N on Linux', 'Mod+N', press('n', { ctrl: true }), 'linux', true],
    ['Ctrl+Shift+N is another shortcut', 'Mod+N', press('N', { ctrl: true, shift: true }), 'linux', false],
    ['⌘N on a Mac', 'Mod+N', press('n', { meta: true }), 'mac', true],
    ['Ctrl+N on a Mac moves the cursor, it is not Mod+N', 'Mod+N', press('n', { ctrl: true }), 'mac', false],
    ['⌘N is not Mod+N on Windows', 'Mod+N', press('n', { meta: true }), 'windows', false],
    ['Ctrl+Alt+K is not Mod+K', 'Mod+K', press('k', { ctrl: true, alt: true }), 'linux', false],
    ['Ctrl+, for the settings', 'Mod+,', press(',', { ctrl: true }), 'linux', true],
    ['? typed with Shift', '?', press('?', { shift: true }), 'linux', true],
    ['Ctrl+? is not ?', '?', press('?', { ctrl: true, shift: true }), 'linux', false],
    ['a plain n is not Mod+N', 'Mod+N', press('n'), 'linux', false],
    ['3 is in the range 1–5', '1–5', press('3'), 'linux', true],
    ['6 is not in the range 1–5', '1–5', press('6'), 'linux', false],
    ['Ctrl+3 is not a digit of the range', '1–5', press('3', { ctrl: true }), 'linux', false],
  ] as const)('%s', (_label, shortcut, event, platform, expected) => {
    expect(matchesShortcut(event, shortcut, platform)).toBe(expected);
  });

  it('single keys do not fire while typing in a text field; Mod shortcuts do', () => {
    const typing = true;
    expect(matchesShortcut(press('/'), '/', 'linux', typing)).toBe(false);
    expect(matchesShortcut(press('?', { shift: true }), '?', 'linux', typing)).toBe(false);
    expect(matchesShortcut(press('f', { ctrl: true }), 'Mod+F', 'linux', typing)).toBe(true);
    expect(matchesShortcut(press('/'), '/', 'linux', false)).toBe(true);
  });
});

describe('the command table', () => {
  it('shows Mod as ⌘ on a Mac and Ctrl elsewhere, and as CmdOrCtrl in the desktop menu', () => {
    expect(shortcutKeys('Mod+N', 'mac')).toEqual(['⌘', 'N']);
    expect(shortcutKeys('Mod+N', 'windows')).toEqual(['Ctrl', 'N']);
    expect(shortcutKeys('+', 'linux')).toEqual(['+']);
    expect(accelerator('Mod+,', 'linux')).toBe('CmdOrCtrl+,');
  });

  it('gives every menu command a menu label, and no two commands the same page shortcut', () => {
    for (const id of menuCommandIds) expect((commands[id] as CommandSpec).menu?.label, id).toMatch(/\S/);
    const seen = new Map<string, string>();
    for (const id of commandIds) {
      const spec: CommandSpec = commands[id];
      if (spec.keys !== 'page') continue;
      for (const shortcut of spec.shortcuts ?? []) {
        const key = `${spec.help}:${JSON.stringify(shortcut)}`;
        expect(seen.get(key), `${id} and ${seen.get(key)} share ${key}`).toBeUndefined();
        seen.set(key, id);
      }
    }
  });
});
