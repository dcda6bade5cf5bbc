import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { JournalFolderNotices } from '../features/journal-folder/JournalFolderNotices';
import { useHost } from '../host';
import { CommandPalette } from './command-palette';
import { warmUpCharts } from '../ui/chart-warmup';
import { ErrorBoundary } from './error-boundary';
import { ShortcutsHelp } from './shortcuts-help';
import { sections } from './sections';
import { shortcutKeys } from '../shared/commands';
import { commandRunner, useCommand, useCommandKeys } from '../ui/commands';
import './layout.css';

/** Menu commands from the desktop menu, and the keys of the command table, run their commands. */
function useCommands() {
  const host = useHost();
  const navigate = useNavigate();
  const go = useCallback((path: string) => void navigate(path), [navigate]);
  useEffect(() => host.onMenuCommand((command) => commandRunner(command, go)?.()), [host, go]);
  useCommandKeys({ platform: host.platform, nativeMenu: host.capabilities.nativeMenu, navigate: go });
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

function useOverlays() {
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  useCommand('command-palette', () => setPalette((open) => !open));
  useCommand('show-shortcuts', () => setHelp(true));
  return { palette, setPalette, help, setHelp };
}

export function Layout() {
  const host = useHost();
  useCommands();
  const { palette, setPalette, help, setHelp } = useOverlays();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.scrollTo?.(0, 0);
  }, [location.pathname]);
  // Charts' code is compiled and warmed while nothing else is going on, before the first chart screen.
  useEffect(() => warmUpCharts(), []);
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
            {sections.map(({ command, path, label, icon: Icon, shortcut }) => (
              <li key={command}>
                <NavLink to={path} className="nav-link" title={`${label} (${shortcutKeys(shortcut, host.platform).join('+')})`}>
                  <Icon />
                  <span className="nav-label">{label}</span>
                  <kbd aria-hidden="true">{shortcutKeys(shortcut, host.platform).join(' ')}</kbd>
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
      <CommandPalette open={palette} onClose={() => setPalette(false)} />
      {help ? <ShortcutsHelp platform={host.platform} onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
