import type { ComponentType, SVGProps } from 'react';
import type { MenuCommand } from '../shared/bridge';
import { CalculatorIcon, CertificationIcon, DashboardIcon, InspirationIcon, JournalIcon, PracticeIcon, SettingsIcon } from '../ui/icons';

export interface Section {
  id: string;
  path: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** The key that, with Ctrl or Cmd, opens the section (the same accelerators as the desktop menu). */
  key: string;
  command: MenuCommand;
}

export const sections: Section[] = [
  { id: 'dashboard', path: '/dashboard', label: 'Dashboard', icon: DashboardIcon, key: '1', command: 'go-dashboard' },
  { id: 'journal', path: '/journal', label: 'Journal', icon: JournalIcon, key: '2', command: 'go-journal' },
  { id: 'certifications', path: '/certifications', label: 'Certifications', icon: CertificationIcon, key: '3', command: 'go-certifications' },
  { id: 'calculators', path: '/calculators', label: 'Calculators', icon: CalculatorIcon, key: '4', command: 'go-calculators' },
  { id: 'practice', path: '/practice', label: 'Practice', icon: PracticeIcon, key: '5', command: 'go-practice' },
  { id: 'inspirations', path: '/inspirations', label: 'Inspirations', icon: InspirationIcon, key: '6', command: 'go-inspirations' },
  { id: 'settings', path: '/settings', label: 'Settings', icon: SettingsIcon, key: ',', command: 'go-settings' },
];

export function sectionForShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): Section | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  return sections.find((section) => section.key === event.key);
}
