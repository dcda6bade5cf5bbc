import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { setAbtestCardsLoader } from '../features/preview';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EditorPage } from '../features/editor/EditorPage';
import { JournalPage } from '../features/journal/JournalPage';
import { JournalCommands } from '../features/journal/new-episode';
import { whenIdle } from '../ui/when-idle';
import { RouteError } from './error-boundary';
import { Layout } from './layout';
import { NotFoundPage } from './not-found';

// The first screens (the dashboard, the journal) and the editor (opened from both; lazy, its first
// open took 272-461 ms instead of 81 ms in the bench) are in the start-up bundle; every other screen is
// its own chunk, loaded when it is first opened (the router keeps the current screen up meanwhile)
// and fetched when the app is idle after start, so the first visit does not wait for the network.
type Screen = () => Promise<{ Component: RouteObject['Component'] }>;
const screens = {
  sections: () => import('../features/journal/SectionsPage').then((m) => ({ Component: m.SectionsPage })),
  tags: () => import('../features/journal/TagsPage').then((m) => ({ Component: m.TagsPage })),
  trash: () => import('../features/journal/TrashPage').then((m) => ({ Component: m.TrashPage })),
  import: () => import('../features/journal/ImportPage').then((m) => ({ Component: m.ImportPage })),
  certifications: () => import('../features/certifications/CertificationsPage').then((m) => ({ Component: m.CertificationsPage })),
  certification: () => import('../features/certifications/CertificationDetailPage').then((m) => ({ Component: m.CertificationDetailPage })),
  calculators: () => import('../features/calculators/CalculatorsPage').then((m) => ({ Component: m.CalculatorsPage })),
  calculator: () => import('../features/calculators/CalculatorPage').then((m) => ({ Component: m.CalculatorPage })),
  practice: () => import('../features/practice/PracticePage').then((m) => ({ Component: m.PracticePage })),
  session: () => import('../features/practice/SessionPage').then((m) => ({ Component: m.SessionPage })),
  inspirations: () => import('../features/inspirations/InspirationsPage').then((m) => ({ Component: m.InspirationsPage })),
  settings: () => import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })),
} satisfies Record<string, Screen>;

/**
 * Fetches the screens' chunks after start, one per idle period (all at once, their parsing competed
 * with the first screen a person opened). Each import runs once; a failure waits for first use.
 */
export function warmScreens(): () => void {
  const queue: Screen[] = Object.values(screens);
  let cancel = () => {};
  let stopped = false;
  const next = () => {
    const load = queue.shift();
    if (!load || stopped) return;
    cancel = whenIdle(() => void load().then(next, next), 2000);
  };
  // Not before the first screen has had a second to itself.
  const start = setTimeout(next, 1000);
  return () => {
    stopped = true;
    clearTimeout(start);
    cancel();
  };
}

// Hash routing: the packaged app loads index.html from disk, where there is no server to resolve paths.
export function createAppRouter() {
  // Live result cards (and export tables) for ```abtest blocks come with the calculators, on first need.
  setAbtestCardsLoader(() => import('../features/calculators').then((m) => m.registerAbtestResultCards()));
  const lazy = (path: string, load: Screen): RouteObject => ({ path, lazy: load, errorElement: <RouteError /> });
  return createHashRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        {
          // The new-episode command (Ctrl/Cmd+N, the desktop menu) and toasts work on every screen.
          element: <JournalCommands />,
          children: [
            { index: true, element: <Navigate to="/dashboard" replace /> },
            { path: 'dashboard', element: <DashboardPage />, errorElement: <RouteError /> },
            { path: 'journal', element: <JournalPage />, errorElement: <RouteError /> },
            lazy('journal/sections', screens.sections),
            lazy('journal/tags', screens.tags),
            lazy('journal/trash', screens.trash),
            lazy('journal/import', screens.import),
            { path: 'journal/:id', element: <EditorPage />, errorElement: <RouteError /> },
            lazy('certifications', screens.certifications),
            lazy('certifications/:id', screens.certification),
            lazy('calculators', screens.calculators),
            lazy('calculators/:id', screens.calculator),
            lazy('practice', screens.practice),
            lazy('practice/session', screens.session),
            lazy('inspirations', screens.inspirations),
            lazy('settings', screens.settings),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
