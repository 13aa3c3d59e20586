/**
 * A tiny static server on 127.0.0.1 for one production build, with `/seeds/timeline.json`
 * answered from whichever corpus the benchmark is running. Nothing is cached, so every page
 * load fetches and parses the corpus as a reader's first visit would. Not a general server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** Content types of the files a build holds (also test/browser/server.ts's). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export interface BenchServer {
  url: string;
  /**
   * Makes /seeds/timeline.json answer with this file from now on, sent at most `bytesPerSecond`
   * when given (as over a slow network), at full speed otherwise.
   */
  useCorpus: (file: string, bytesPerSecond?: number) => void;
  close: () => Promise<void>;
}

export async function serveBuild(root: string): Promise<BenchServer> {
  const base = resolve(root);
  let corpus: string | null = null;
  let corpusRate: number | undefined;

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | null;
    if (path === '/seeds/timeline.json') file = corpus;
    else {
      const candidate = normalize(join(base, path));
      const inside = candidate.startsWith(base);
      if (inside && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      // A path without an extension is a page of the single-page app.
      else if (extname(path) === '') file = join(base, 'index.html');
      else file = null;
    }
    if (file === null) {
      response.writeHead(404, { 'cache-control': 'no-store' }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    const stream = createReadStream(file);
    if (file !== corpus || corpusRate === undefined) {
      stream.pipe(response);
      return;
    }
    const rate = corpusRate;
    stream.on('data', (chunk) => {
      stream.pause();
      response.write(chunk);
      setTimeout(() => stream.resume(), (chunk.length / rate) * 1000);
    });
    stream.on('end', () => response.end());
    response.on('close', () => stream.destroy());
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    useCorpus: (file, bytesPerSecond) => {
      corpus = resolve(file);
      corpusRate = bytesPerSecond;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
