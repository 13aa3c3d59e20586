/**
 * Mounts the app (loaded by the entry point, main.tsx, once the timeline's worker is started):
 * reads the view from the URL, then renders the app in StrictMode, under an error boundary.
 */
// First: schemas read zod's settings when their modules load.
import '../domain/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readUrlIntoStore } from '../state/urlSync';
import { ErrorBoundary } from '../components/ErrorBoundary';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// A copied link reproduces its view from the first frame.
readUrlIntoStore();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="Newsline">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
