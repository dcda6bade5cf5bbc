// Running the command table (src/shared/commands.ts): screens register what a command does while
// they are shown, and one keyboard hook turns key presses into commands. A navigation command
// runs itself; any other command applies only while a screen has registered it.
import { useEffect, useRef } from 'react';
import { commandIds, commands, shortcutFor, type CommandId, type CommandSpec, type Platform, type Shortcut } from '../shared/commands';

/** What a command does; `false` when it does not apply at this moment (the key is then left alone). */
type Run = (key?: string) => boolean | void;

/** Per command, the screens' handlers, latest last: the most recently shown screen's wins. */
const handlers = new Map<CommandId, Run[]>();

/** Registers `run` for `id` while the calling component is shown. */
export function useCommand(id: CommandId, run: Run): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const entry: Run = (key) => latest.current(key);
    handlers.set(id, [...(handlers.get(id) ?? []), entry]);
    return () => {
      handlers.set(id, (handlers.get(id) ?? []).filter((h) => h !== entry));
    };
  }, [id]);
}

/** What the command would do now, or undefined when it does not apply on this screen. */
export function commandRunner(id: CommandId, navigate: (path: string) => void): Run | undefined {
  const spec: CommandSpec = commands[id];
  if (spec.path) {
    const path = spec.path;
    return () => {
      navigate(path);
    };
  }
  return handlers.get(id)?.at(-1);
}

/** Whether a key press belongs to a text field, where single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('.cm-editor'));
}

const keyNames: Record<string, string> = { esc: 'escape', '↑': 'arrowup', '↓': 'arrowdown', space: ' ' };

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>;

/**
 * Mod is ⌘ alone on a Mac and Ctrl alone elsewhere (Ctrl+N on a Mac moves the cursor in text
 * fields). Shift counts for letters and digits only: '?' is typed with Shift on most keyboards.
 * A shortcut without Mod does not fire while typing in a text field.
 */
export function matchesShortcut(event: KeyPress, shortcut: Shortcut, platform: Platform, typing = isTyping(event.target)): boolean {
  const text = shortcutFor(shortcut, platform);
  const parts = text.length > 1 && text.includes('+') ? text.split('+') : [text];
  const key = parts.at(-1)!.toLowerCase();
  const range = /^(\d)–(\d)$/.exec(key);
  const mod = parts.includes('Mod');
  const modDown = platform === 'mac' ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (mod ? !modDown : event.ctrlKey || event.metaKey) return false;
  if (event.altKey !== parts.includes('Alt')) return false;
  if ((range || /^[a-z0-9]$/.test(key)) && event.shiftKey !== parts.includes('Shift')) return false;
  if (!mod && typing) return false;
  if (range) return /^\d$/.test(event.key) && event.key >= range[1]! && event.key <= range[2]!;
  return event.key.toLowerCase() === (keyNames[key] ?? key);
}

const pageCommands = commandIds.filter((id) => (commands[id] as CommandSpec).keys === 'page');

/**
 * The page's one keyboard listener. With a native menu, a menu command's first shortcut is the
 * menu's accelerator, which arrives through `onMenuCommand` instead.
 */
export function useCommandKeys({ platform, nativeMenu, navigate }: { platform: Platform; nativeMenu: boolean; navigate: (path: string) => void }): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      for (const id of pageCommands) {
        const spec: CommandSpec = commands[id];
        const shortcuts = spec.shortcuts ?? [];
        const owned = nativeMenu && spec.menu ? 1 : 0;
        if (!shortcuts.slice(owned).some((shortcut) => matchesShortcut(event, shortcut, platform))) continue;
        const run = commandRunner(id, navigate);
        if (!run || run(event.key) === false) continue;
        event.preventDefault();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [platform, nativeMenu, navigate]);
}
