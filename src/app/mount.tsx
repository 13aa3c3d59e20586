/**
 * Entry point: starts fetching the timeline, reads the view from the URL, then mounts the app in
 * StrictMode, under an error boundary, with its styles.
 */
// First of all: the timeline's worker starts fetching while the rest of the code runs.
import './load/startEarly';
// Then: schemas read zod's settings when their modules load.
import './domain/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readUrlIntoStore } from './state/urlSync';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles/app.css';

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
