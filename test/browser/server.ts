/**
 * Serves the production build (dist/) on 127.0.0.1 for the browser tests, through Vite's own
 * preview server so that what is tested is exactly what `npm run build` produced. With a
 * `prefix` ('/newsline/'), dist/ is served instead under that path by a plain static server that
 * knows nothing of the build (as GitHub Pages serves a project), and answers 404 elsewhere: a
 * page that asked for anything at the site's root would see it fail.
 */
import { TYPES } from '../../bench/server';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchChromium } from './chromium';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface ServeOptions {
  /** The path dist/ is served under, starting and ending with '/'; the root when absent. */
  readonly prefix?: string;
}

export async function serveProductionBuild(
  options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = resolve(ROOT, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`No production build in ${dist}: run 'npm run build' first.`);
  }
  if (options.prefix !== undefined && options.prefix !== '/') {
    return serveUnderPrefix(dist, options.prefix);
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

/** dist/ under `prefix` and nothing else: files as they are, index.html for the prefix itself. */
async function serveUnderPrefix(
  dist: string,
  prefix: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/'))
    throw new Error(`a prefix starts and ends with '/': ${prefix}`);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    const file =
      inside === null ? null : normalize(join(dist, inside === '' ? 'index.html' : inside));
    if (
      file === null ||
      !(file === dist || file.startsWith(dist + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? done() : fail(error)));
      }),
  };
}

export interface AppInChromium {
  browser: Browser;
  url: string;
  close: () => Promise<void>;
}

/** The production build served and a Chromium to look at it: what every browser test starts with. */
export async function startAppInChromium(options: ServeOptions = {}): Promise<AppInChromium> {
  const server = await serveProductionBuild(options);
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
