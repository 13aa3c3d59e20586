/**
 * Entry point, kept small so that it runs at once: it starts the timeline's worker, which fetches
 * and reads the file while the app's code (most of the page's script, in a chunk of its own:
 * app/mount.tsx) downloads and starts.
 */
import './load/startEarly';
import './styles/app.css';

// The timeline's code (the largest chunk, which the first drawn events wait for) downloads and
// compiles alongside the app's instead of after it; the app's own import of it then finds it.
void import('./features/timeline/TimelineView').catch(() => undefined);
import('./app/mount').catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root !== null) root.textContent = `Newsline could not start: ${String(error)}`;
});
