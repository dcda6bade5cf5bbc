// Every keyboard shortcut in the app, for the help overlay (?). Mod is Ctrl, or ⌘ on a Mac.
export interface ShortcutGroup {
  title: string;
  items: { keys: string[]; description: string }[];
}

export const shortcutGroups: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    items: [
      { keys: ['Mod', 'K'], description: 'Open the command palette' },
      { keys: ['?'], description: 'Show these shortcuts' },
      { keys: ['Mod', 'N'], description: "New episode for this week" },
      { keys: ['Mod', '1'], description: 'Dashboard' },
      { keys: ['Mod', '2'], description: 'Journal' },
      { keys: ['Mod', '3'], description: 'Certifications' },
      { keys: ['Mod', '4'], description: 'Calculators' },
      { keys: ['Mod', '5'], description: 'Practice' },
      { keys: ['Mod', '6'], description: 'Inspirations' },
      { keys: ['Mod', ','], description: 'Settings' },
      { keys: ['↑', '↓'], description: 'Move between sections in the sidebar' },
      { keys: ['Esc'], description: 'Close a dialog or the palette' },
    ],
  },
  {
    title: 'Journal',
    items: [
      { keys: ['/'], description: 'Search episodes' },
      { keys: ['Mod', 'F'], description: 'Search episodes' },
    ],
  },
  {
    title: 'Certifications',
    items: [
      { keys: ['↑', '↓'], description: 'Move between modules' },
      { keys: ['Space'], description: 'Mark a module done or not started' },
      { keys: ['+', '−'], description: 'Change a module’s percent' },
      { keys: ['Alt', '↑'], description: 'Move a module up (Alt ↓ down)' },
      { keys: ['Enter'], description: 'Log the study session' },
    ],
  },
  {
    title: 'Practice',
    items: [
      { keys: ['Enter'], description: 'Submit an answer' },
      { keys: ['N'], description: 'Next problem' },
      { keys: ['1', '–', '5'], description: 'Pick a multiple-choice option' },
    ],
  },
];

/** Whether a key press belongs to a text field, where single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('.cm-editor'));
}
