/**
 * Serves the production build (dist/) on 127.0.0.1 for the browser tests, through Vite's own
 * preview server so that what is tested is exactly what `npm run build` produced.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchChromium } from './chromium';

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

export interface AppInChromium {
  browser: Browser;
  url: string;
  close: () => Promise<void>;
}

/** The production build served and a Chromium to look at it: what every browser test starts with. */
export async function startAppInChromium(): Promise<AppInChromium> {
  const server = await serveProductionBuild();
  try {
    const browser = await launchChromium();
    return {
      browser,
      url: server.url,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
