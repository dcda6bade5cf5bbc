import { memo } from 'react';
import { NavLink } from 'react-router';

const tabs = [
  { to: '/journal', label: 'Timeline', end: true },
  { to: '/journal/sections', label: 'Sections' },
  { to: '/journal/tags', label: 'Tags' },
  { to: '/journal/trash', label: 'Trash' },
  { to: '/journal/import', label: 'Import' },
];

export const JournalTabs = memo(function JournalTabs() {
  return (
    <nav className="journal-tabs" aria-label="Journal views">
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} className="journal-tab">
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
});
