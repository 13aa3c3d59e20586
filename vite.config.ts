import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The page's Content-Security-Policy, one policy for the production build (a meta element, first
 * in head), `vite preview` and the `vite` dev server (a header, so that the page a developer or
 * a reader of `npm start` first sees is the hardened one). No inline script and no foreign host.
 * `inlineScripts` are inline scripts the page may run, each allowed by its SHA-256 hash alone:
 * the dev server's page has one, React fast refresh's preamble (see DEV_CONTENT_SECURITY_POLICY).
 */
export function contentSecurityPolicy(inlineScripts: readonly string[] = []): string {
  const hashes = inlineScripts.map(
    (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // 'self' also allows the dev server's WebSocket (ws: on the same host and port).
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy of the built page and of `vite preview`. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The dev server's page differs by one inline script, the fast-refresh preamble
 * @vitejs/plugin-react writes into it (with the base '/'), allowed by its hash; Vite's own client
 * is a script file and its HMR socket is same-origin. Nothing else is loosened.
 */
export const REACT_REFRESH_PREAMBLE = react.preambleCode.replace('__BASE__', '/');
export const DEV_CONTENT_SECURITY_POLICY = contentSecurityPolicy([REACT_REFRESH_PREAMBLE]);

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'newsline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The entry point (src/main.tsx) only starts the timeline's worker and then imports the app's own
 * chunk (src/app/mount.tsx). The page names that chunk as a module preload, so that it downloads
 * alongside the entry rather than after it has run.
 */
function preloadMountChunk(): Plugin {
  let base = '/';
  return {
    name: 'newsline-preload-mount',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/app/mount.tsx'),
        );
        if (chunk === undefined) throw new Error('the build has no chunk for src/app/mount.tsx');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * A fingerprint of the extraction's code (every file of src/ingest): the reader's articles record
 * which extraction made their events, so that the app can offer to run them again after a change.
 */
export function extractionVersion(folder = 'src/ingest'): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    if (!/\.ts$/u.test(file)) continue;
    hash.update(file).update(readFileSync(join(folder, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

export default defineConfig({
  define: { __NEWSLINE_EXTRACTION__: JSON.stringify(extractionVersion()) },
  resolve: {
    alias: [
      // Markdown's entity decoder has a browser build that decodes through document.createElement,
      // which a worker (where Markdown files are read) has not: the plain one everywhere.
      {
        find: /^decode-named-character-reference$/u,
        replacement: fileURLToPath(
          new URL('node_modules/decode-named-character-reference/index.js', import.meta.url),
        ),
      },
    ],
  },
  // Relative: every address the built page asks for (scripts, chunks, workers, the seed timeline,
  // flags) is resolved against the page itself, so dist/ works at a site's root or under any path
  // (GitHub Pages serves a project at /<name>/). The dev server still serves from '/'.
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), preloadMountChunk()],
  server: { headers: { 'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY } },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
