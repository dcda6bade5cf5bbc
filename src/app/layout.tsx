import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { JournalFolderNotices } from '../features/journal-folder/JournalFolderNotices';
import { useHost } from '../host';
import { ErrorBoundary } from './error-boundary';
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

export function Layout() {
  useSectionShortcuts();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.scrollTo?.(0, 0);
  }, [location.pathname]);
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
                  <span>{label}</span>
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
    </div>
  );
}
