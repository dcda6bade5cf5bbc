import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { HostProvider, type Host } from '../host';
import { ThemeProvider } from '../ui/theme';
import { ErrorBoundary } from './error-boundary';
import { DatabaseGate } from './database-gate';
import { LegacyGate } from './legacy-gate';
import { createAppRouter, warmScreens } from './routes';

export function App({ host }: { host: Host }) {
  const [router] = useState(createAppRouter);
  // The other screens' code is fetched once the first screen is up and the app is idle.
  useEffect(() => warmScreens(), []);
  return (
    <ErrorBoundary>
      <HostProvider host={host}>
        <ThemeProvider>
          <DatabaseGate host={host}>
            <LegacyGate host={host}>
              <RouterProvider router={router} />
            </LegacyGate>
          </DatabaseGate>
        </ThemeProvider>
      </HostProvider>
    </ErrorBoundary>
  );
}
