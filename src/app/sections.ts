// The sidebar's sections: each is a navigation command of the table (its title, path and
// shortcut come from there) with an icon.
import type { ComponentType, SVGProps } from 'react';
import { commands } from '../shared/commands';
import { CalculatorIcon, CertificationIcon, DashboardIcon, InspirationIcon, JournalIcon, PracticeIcon, SettingsIcon } from '../ui/icons';

const sectionIcons = {
  'go-dashboard': DashboardIcon,
  'go-journal': JournalIcon,
  'go-certifications': CertificationIcon,
  'go-calculators': CalculatorIcon,
  'go-practice': PracticeIcon,
  'go-inspirations': InspirationIcon,
  'go-settings': SettingsIcon,
} as const satisfies Partial<Record<keyof typeof commands, ComponentType<SVGProps<SVGSVGElement>>>>;

export type SectionCommand = keyof typeof sectionIcons;

export interface Section {
  command: SectionCommand;
  path: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  shortcut: string;
}

export const sections: Section[] = (Object.keys(sectionIcons) as SectionCommand[]).map((command) => {
  const { path, title, shortcuts } = commands[command];
  return { command, path, label: title, icon: sectionIcons[command], shortcut: shortcuts[0] };
});
