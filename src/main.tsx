/**
 * Entry point, kept small so that it runs at once: it starts the timeline's worker, which fetches
 * and reads the file while the app's code (most of the page's script, in a chunk of its own:
 * app/mount.tsx) downloads and starts.
 */
import './load/startEarly';
import './styles/app.css';

import('./app/mount').catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root !== null) root.textContent = `Newsline could not start: ${String(error)}`;
});
