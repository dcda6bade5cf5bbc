// The app's commands as data, one row each: the desktop menu (electron/menu.ts), the command
// palette, the shortcuts help (?) and the page's one keyboard hook all read this table. No DOM or
// React here: the main process imports it too.

export type Platform = 'mac' | 'windows' | 'linux';

/** Keys joined by '+': 'Mod' is ⌘ on a Mac and Ctrl elsewhere ('Mod+N', '?', 'Alt+↑'); '1–5' is a range of digits. */
export type Shortcut = string | { mac: string; other: string };

export type HelpGroup = 'Anywhere' | 'Journal' | 'Certifications' | 'Practice';

export interface CommandSpec {
  /** The palette's and the help's text. */
  title: string;
  help: HelpGroup;
  /** The first is the desktop menu's accelerator; the others work in the page only. */
  shortcuts?: readonly Shortcut[];
  /** Listed in a desktop menu under this label. */
  menu?: { in: 'File' | 'Go' | 'Help'; label: string };
  /** Listed in the palette in this group. */
  palette?: 'Actions' | 'Go to';
  /** Words the palette also matches. */
  keywords?: string;
  /** Navigation commands run themselves; the others run what the screen showing them registers. */
  path?: string;
  /**
   * 'page': the page's keyboard hook runs it. 'focus': the focused list or form handles its keys
   * (listed in the help only). Single-key shortcuts never fire while typing in a text field.
   */
  keys?: 'page' | 'focus';
}

const go = (title: string, path: string) => ({ title, help: 'Anywhere', path, palette: 'Go to', keys: 'page' }) as const;
/** A section: in the Go menu, with its shortcut. */
const section = (title: string, path: string, shortcut: string) => ({ ...go(title, path), shortcuts: [shortcut], menu: { in: 'Go', label: title } }) as const;

export const commands = {
  'command-palette': { title: 'Open the command palette', help: 'Anywhere', shortcuts: ['Mod+K'], menu: { in: 'Go', label: 'Command Palette…' }, keys: 'page' },
  'show-shortcuts': {
    title: 'Keyboard shortcuts',
    help: 'Anywhere',
    shortcuts: ['Mod+/', '?'],
    menu: { in: 'Help', label: 'Keyboard Shortcuts' },
    palette: 'Actions',
    keywords: 'help',
    keys: 'page',
  },
  'new-episode': { title: 'New episode for this week', help: 'Anywhere', shortcuts: ['Mod+N'], menu: { in: 'File', label: 'New Episode' }, palette: 'Actions', keys: 'page' },
  'start-practice': { title: 'Start practice', help: 'Anywhere', path: '/practice', palette: 'Actions' },
  'import-episodes': { title: 'Import episodes…', help: 'Anywhere', path: '/journal/import', palette: 'Actions' },
  'go-dashboard': section('Dashboard', '/dashboard', 'Mod+1'),
  'go-journal': section('Journal', '/journal', 'Mod+2'),
  'go-certifications': section('Certifications', '/certifications', 'Mod+3'),
  'go-calculators': section('Calculators', '/calculators', 'Mod+4'),
  'go-practice': section('Practice', '/practice', 'Mod+5'),
  'go-inspirations': section('Inspirations', '/inspirations', 'Mod+6'),
  'go-settings': section('Settings', '/settings', 'Mod+,'),
  'go-trash': go('Trash', '/journal/trash'),
  'go-tags': go('Tags', '/journal/tags'),
  'go-sections': go('Sections (read one kind across episodes)', '/journal/sections'),
  'sidebar-move': { title: 'Move between sections in the sidebar', help: 'Anywhere', shortcuts: ['↑', '↓'], keys: 'focus' },
  'close-overlay': { title: 'Close a dialog or the palette', help: 'Anywhere', shortcuts: ['Esc'], keys: 'focus' },
  'publish-episode': {
    title: 'Publish this episode (check it, then export for a blog or site)…',
    help: 'Journal',
    shortcuts: ['Mod+Shift+E'],
    palette: 'Actions',
    keywords: 'export blog hugo jekyll astro quartz dev.to hashnode pre-publish',
    keys: 'page',
  },
  'focus-search': { title: 'Search episodes', help: 'Journal', shortcuts: ['/', 'Mod+F'], keys: 'page' },
  'module-move-focus': { title: 'Move between modules', help: 'Certifications', shortcuts: ['↑', '↓'], keys: 'focus' },
  'module-toggle': { title: 'Mark a module done or not started', help: 'Certifications', shortcuts: ['Space'], keys: 'focus' },
  'module-percent': { title: 'Change a module’s percent', help: 'Certifications', shortcuts: ['+', '−'], keys: 'focus' },
  'module-reorder': { title: 'Move a module up (Alt ↓ down)', help: 'Certifications', shortcuts: ['Alt+↑'], keys: 'focus' },
  'log-session': { title: 'Log the study session', help: 'Certifications', shortcuts: ['Enter'], keys: 'focus' },
  'practice-submit': { title: 'Submit an answer', help: 'Practice', shortcuts: ['Enter'], keys: 'page' },
  'practice-next': { title: 'Next problem', help: 'Practice', shortcuts: ['N'], keys: 'page' },
  'practice-option': { title: 'Pick a multiple-choice option', help: 'Practice', shortcuts: ['1–5'], keys: 'page' },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof commands;
export const commandIds = Object.keys(commands) as CommandId[];

/** The commands the desktop menu lists (and sends to the page). */
export type MenuCommand = { [K in CommandId]: (typeof commands)[K] extends { menu: object } ? K : never }[CommandId];
export const menuCommandIds = commandIds.filter((id): id is MenuCommand => 'menu' in commands[id]);

export const helpGroups: readonly HelpGroup[] = ['Anywhere', 'Journal', 'Certifications', 'Practice'];

export function shortcutFor(shortcut: Shortcut, platform: Platform): string {
  return typeof shortcut === 'string' ? shortcut : platform === 'mac' ? shortcut.mac : shortcut.other;
}

/** Electron's accelerator for a shortcut ('Mod+N' -> 'CmdOrCtrl+N'). */
export function accelerator(shortcut: Shortcut, platform: Platform): string {
  return shortcutFor(shortcut, platform).replace(/^Mod\+/, 'CmdOrCtrl+');
}

/** The keys as shown in the help and the palette: 'Mod+N' -> ['⌘', 'N'] on a Mac, ['Ctrl', 'N'] elsewhere. */
export function shortcutKeys(shortcut: Shortcut, platform: Platform): string[] {
  const text = shortcutFor(shortcut, platform);
  const keys = text.length > 1 && text.includes('+') ? text.split('+') : [text];
  return keys.map((key) => (key === 'Mod' ? (platform === 'mac' ? '⌘' : 'Ctrl') : key));
}
