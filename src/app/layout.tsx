import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { JournalFolderNotices } from '../features/journal-folder/JournalFolderNotices';
import { useHost } from '../host';
import { CommandPalette } from './command-palette';
import { warmUpCharts } from '../ui/chart-warmup';
import { ErrorBoundary } from './error-boundary';
import { isTyping } from './shortcuts';
import { ShortcutsHelp } from './shortcuts-help';
import { sectionForShortcut, sections } from './sections';
import './layout.css';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

function useSectionShortcuts() {
  const host = useHost();
  const navigate = useNavigate();
  useEffect(() => {
    // In the desktop app the menu owns these accelerators and forwards them as commands.
    const unsubscribe = host.onMenuCommand((command) => {
      const section = sections.find((s) => s.command === command);
      if (section) void navigate(section.path);
    });
    if (host.kind === 'electron') return unsubscribe;
    const onKeyDown = (event: KeyboardEvent) => {
      const section = sectionForShortcut(event);
      if (!section) return;
      event.preventDefault();
      void navigate(section.path);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [host, navigate]);
}

/** Up and down arrows move between sidebar links. */
function onNavKeyDown(event: ReactKeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a'));
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const next = links[(index + (event.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length];
  next?.focus();
}

/** Ctrl/Cmd+K for the palette and ? for the shortcuts (the desktop menu sends the same as commands). */
function useOverlays() {
  const host = useHost();
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const unsubscribe = host.onMenuCommand((command) => {
      if (command === 'command-palette') setPalette((open) => !open);
      if (command === 'show-shortcuts') setHelp(true);
    });
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'k' && host.kind !== 'electron') {
        event.preventDefault();
        setPalette((open) => !open);
      } else if (event.key === '?' && !mod && !isTyping(event.target)) {
        event.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [host]);
  return { palette, setPalette, help, setHelp };
}

export function Layout() {
  useSectionShortcuts();
  const { palette, setPalette, help, setHelp } = useOverlays();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.scrollTo?.(0, 0);
  }, [location.pathname]);
  // Charts' code is compiled and warmed while nothing else is going on, before the first chart screen.
  useEffect(() => warmUpCharts(), []);
  const modifier = isMac ? '⌘' : 'Ctrl';
  return (
    <div className="app-shell">
      <aside className="sidebar">
        <div className="brand">
          <img src="./favicon.svg" alt="" width="28" height="28" />
          <div>
            <div className="brand-name">Episodes</div>
            <div className="brand-tagline">Learn in public, weekly</div>
          </div>
        </div>
        <nav aria-label="Sections" onKeyDown={onNavKeyDown}>
          <ul>
            {sections.map(({ id, path, label, icon: Icon, key }) => (
              <li key={id}>
                <NavLink to={path} className="nav-link" title={`${label} (${modifier}+${key})`}>
                  <Icon />
                  <span className="nav-label">{label}</span>
                  <kbd aria-hidden="true">{key === ',' ? `${modifier} ,` : `${modifier} ${key}`}</kbd>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer hint">Offline · your data stays on this computer</div>
      </aside>
      <main ref={main} className="content" id="main">
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <JournalFolderNotices />
      <CommandPalette open={palette} onClose={() => setPalette(false)} onShowShortcuts={() => setHelp(true)} />
      {help ? <ShortcutsHelp onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
