/** Entry point: mounts the app in StrictMode, under an error boundary, with its styles. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="Newsline">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
