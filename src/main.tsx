import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchFirstScreen } from './app/prefetch';
import { applyUrlView } from './app/use-url-sync';
import { registerServiceWorker } from './app/service-worker';
import { AppProviders, createQueryClient } from './app/providers';
import './app/styles.css';

const root = document.getElementById('root');
if (root) {
  applyUrlView();
  const client = createQueryClient();
  prefetchFirstScreen(client);
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
  // Offline after one visit (production builds only: the dev server is not cached).
  if (import.meta.env.PROD) registerServiceWorker();
}
