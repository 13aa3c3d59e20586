/**
 * Serves the production build (dist/) on 127.0.0.1 for the browser tests, through Vite's own
 * preview server so that what is tested is exactly what `npm run build` produced.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function serveProductionBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = resolve(ROOT, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`No production build in ${dist}: run 'npm run build' first.`);
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
