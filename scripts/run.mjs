#!/usr/bin/env node
/**
 * Runs a TypeScript command (scripts/ingest.ts, a benchmark) the way it is fastest: bundled by
 * esbuild into one ES module and run by Node, with V8 told to collect garbage sooner.
 *
 * - The same code run through tsx is slower: tsx names every function it creates (esbuild's
 *   keepNames), and the extraction creates many in its inner loops. A 5 MB dense article took
 *   9.2 s through tsx and 8.4 s bundled (medians of 5 alternating runs). The app's own build
 *   (Vite) does not name them either, so the bundle also runs what the browser runs.
 * - V8 lets the heap grow to about four times what is alive before a full collection; reading a
 *   20 MB article that left a peak of 1.1 GB for about 0.3 GB alive. A growing factor of 1.5
 *   (`--heap-growing-percent`, read by V8 at each collection) keeps that peak near 0.7 GB at the
 *   same speed, and never refuses memory that is needed.
 *
 * Usage: node scripts/run.mjs FILE.ts [ARGS...]  (FILE.ts sees ARGS as process.argv.slice(2))
 * The bundle is written to node_modules/.cache/newsline/ on every run (about a second) and removed
 * at exit; each module keeps its own import.meta.url, so paths it resolves from it still hold.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';

setFlagsFromString('--heap-growing-percent=50');
process.setSourceMapsEnabled(true);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: node scripts/run.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
const source = resolve(entry);
const outDir = join(root, 'node_modules', '.cache', 'newsline');
// One bundle per process, so that two commands run at once never read each other's half-written
// file; it is removed when the process exits.
const outfile = join(outDir, `${basename(source, '.ts')}-${process.pid}.mjs`);
mkdirSync(outDir, { recursive: true });
process.on('exit', () => {
  rmSync(outfile, { force: true });
  rmSync(`${outfile}.map`, { force: true });
});
// A process stopped by Ctrl+C or a kill leaves its bundle: the next run removes those of
// processes no longer running (a handler for the signal would wait for the ingest to end).
const running = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === 'EPERM';
  }
};
for (const name of readdirSync(outDir)) {
  const pid = /-(\d+)\.mjs(?:\.map)?$/u.exec(name)?.[1];
  if (pid !== undefined && !running(Number(pid))) rmSync(join(outDir, name), { force: true });
}

/** Each TypeScript module's import.meta.url stays its own file's, not the bundle's. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (loaded) => {
      const text = await readFile(loaded.path, 'utf8');
      return {
        contents: text.replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(loaded.path).href),
        ),
        loader: 'ts',
      };
    });
  },
};

await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages written as CommonJS call require, which an ES module must be given.
  banner: {
    js: "import { createRequire as newslineRequire } from 'node:module'; const require = newslineRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [ownUrl],
});

process.argv = [process.argv[0] ?? 'node', source, ...args];
await import(pathToFileURL(outfile).href);
