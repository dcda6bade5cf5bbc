import { createHashRouter, Navigate } from 'react-router';
import { CalculatorsPage } from '../features/calculators/CalculatorsPage';
import { CertificationsPage } from '../features/certifications/CertificationsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { JournalPage } from '../features/journal/JournalPage';
import { PracticePage } from '../features/practice/PracticePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { RouteError } from './error-boundary';
import { Layout } from './layout';
import { NotFoundPage } from './not-found';

// Hash routing: the packaged app loads index.html from disk, where there is no server to resolve paths.
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/dashboard" replace /> },
        { path: 'dashboard', element: <DashboardPage />, errorElement: <RouteError /> },
        { path: 'journal', element: <JournalPage />, errorElement: <RouteError /> },
        { path: 'certifications', element: <CertificationsPage />, errorElement: <RouteError /> },
        { path: 'calculators', element: <CalculatorsPage />, errorElement: <RouteError /> },
        { path: 'practice', element: <PracticePage />, errorElement: <RouteError /> },
        { path: 'settings', element: <SettingsPage />, errorElement: <RouteError /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
