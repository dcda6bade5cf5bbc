import { createHashRouter, Navigate } from 'react-router';
import { registerAbtestResultCards } from '../features/calculators';
import { CalculatorPage } from '../features/calculators/CalculatorPage';
import { CalculatorsPage } from '../features/calculators/CalculatorsPage';
import { CertificationDetailPage } from '../features/certifications/CertificationDetailPage';
import { CertificationsPage } from '../features/certifications/CertificationsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { EditorPage } from '../features/editor/EditorPage';
import { ImportPage } from '../features/journal/ImportPage';
import { InspirationsPage } from '../features/inspirations/InspirationsPage';
import { JournalPage } from '../features/journal/JournalPage';
import { JournalCommands } from '../features/journal/new-episode';
import { SectionsPage } from '../features/journal/SectionsPage';
import { TagsPage } from '../features/journal/TagsPage';
import { TrashPage } from '../features/journal/TrashPage';
import { PracticePage } from '../features/practice/PracticePage';
import { SessionPage } from '../features/practice/SessionPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { RouteError } from './error-boundary';
import { Layout } from './layout';
import { NotFoundPage } from './not-found';

// Hash routing: the packaged app loads index.html from disk, where there is no server to resolve paths.
export function createAppRouter() {
  // Live result cards for ```abtest blocks in the journal preview.
  registerAbtestResultCards();
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
            { path: 'journal/sections', element: <SectionsPage />, errorElement: <RouteError /> },
            { path: 'journal/tags', element: <TagsPage />, errorElement: <RouteError /> },
            { path: 'journal/trash', element: <TrashPage />, errorElement: <RouteError /> },
            { path: 'journal/import', element: <ImportPage />, errorElement: <RouteError /> },
            { path: 'journal/:id', element: <EditorPage />, errorElement: <RouteError /> },
            { path: 'certifications', element: <CertificationsPage />, errorElement: <RouteError /> },
            { path: 'certifications/:id', element: <CertificationDetailPage />, errorElement: <RouteError /> },
            { path: 'calculators', element: <CalculatorsPage />, errorElement: <RouteError /> },
            { path: 'calculators/:id', element: <CalculatorPage />, errorElement: <RouteError /> },
            { path: 'practice', element: <PracticePage />, errorElement: <RouteError /> },
            { path: 'practice/session', element: <SessionPage />, errorElement: <RouteError /> },
            { path: 'inspirations', element: <InspirationsPage />, errorElement: <RouteError /> },
            { path: 'settings', element: <SettingsPage />, errorElement: <RouteError /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
