import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { createHost } from './host';
import { reportUnhandledErrors } from './ui/report-error';
import { applyInitialTheme } from './ui/theme';
import './ui/theme.css';
import './ui/components.css';

// The Content-Security-Policy forbids eval; zod must not even probe for it.
z.config({ jitless: true });
applyInitialTheme();
reportUnhandledErrors();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App host={createHost()} />
  </StrictMode>,
);
