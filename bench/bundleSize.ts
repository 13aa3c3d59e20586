/**
 * The JavaScript a first visit downloads: the module scripts and module preloads that a built
 * index.html names, gzip-compressed as a server would send them. Chunks loaded later by
 * import() are not counted, which is the point of loading them lazily.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export function initialJavaScript(distDir: string): BundleSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    if (match[1] !== undefined) files.add(match[1]);
  }
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    if (match[1] !== undefined) files.add(match[1]);
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(distDir, file.replace(/^\.?\//, '')));
    rawBytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { files: [...files], rawBytes, gzipBytes };
}
