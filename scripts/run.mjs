#!/usr/bin/env node
/**
 * Runs a TypeScript command (scripts/ingest.ts, a benchmark) the way it is fastest: bundled by
 * esbuild into one ES module and run by a Node process of its own, started with the V8 settings
 * below (the young generation's size is fixed when a process starts, so it cannot be set from
 * inside one).
 *
 * - The same code run through tsx is slower: tsx names every function it creates (esbuild's
 *   keepNames), and the extraction creates many in its inner loops. A 5 MB dense article took
 *   9.2 s through tsx and 8.4 s bundled (medians of 5 alternating runs). The app's own build
 *   (Vite) does not name them either, so the bundle also runs what the browser runs.
 * - V8 lets the heap grow to about four times what is alive before a full collection; reading a
 *   20 MB article that left a peak of 1.1 GB for about 0.3 GB alive. A growing factor of 1.5
 *   (`--heap-growing-percent`, read by V8 at each collection) keeps that peak near 0.7 GB at the
 *   same speed, and never refuses memory that is needed.
 * - The extraction makes many short-lived objects (about 650 bytes per character read), and each
 *   part of a long article is held while its events are drawn. With V8's default young
 *   generation (semi-spaces of 16 MB) a 20 MB article took 46.9 s; with 32 MB, 40.2 s (medians
 *   of 3 alternating runs, 7 December), the peak staying near 0.7 GB. In one traced run of each,
 *   the young generation was collected 442 times instead of 825, and full collections paused the
 *   extraction for 1.9 s instead of 2.6 s.
 * - Stack traces are mapped back to the TypeScript only when asked for, by setting NODE_OPTIONS to
 *   `--enable-source-maps` (the bundles keep their maps for it). With that flag each thread reads
 *   its bundle's map as it loads it, and the first stack trace it prints decodes the map: that
 *   took 130 MB on the main thread, and a 20 MB article peaked 20 to 70 MB higher (866 and 891 MB
 *   against 846 and 822 MB, alternating runs, 8 December). The bundle is not minified, so an
 *   unmapped stack trace still names the functions.
 * - The worker threads a command may start (scripts/readParts.worker.ts, which reads parts of a
 *   long article beside the main thread) are bundled with it, and named to it in the environment.
 *
 * Usage: node scripts/run.mjs FILE.ts [ARGS...]  (FILE.ts sees ARGS as process.argv.slice(2))
 * The bundles are written to node_modules/.cache/newsline/ on every run (about a second) and removed
 * at exit; each module keeps its own import.meta.url, so paths it resolves from it still hold.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The V8 settings the bundle runs with (see above). */
const V8_FLAGS = ['--heap-growing-percent=50', '--max-semi-space-size=32'];

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
const outName = (file) => `${basename(file, '.ts')}-${process.pid}`;
const outfile = join(outDir, `${outName(source)}.mjs`);
/**
 * The worker threads a command may start, bundled beside it; each is named to the command by the
 * environment variable it is keyed by (scripts/partHelper.ts).
 */
const workers = {
  NEWSLINE_PART_WORKER: join(root, 'scripts', 'readParts.worker.ts'),
  NEWSLINE_DATES_WORKER: join(root, 'scripts', 'readDates.worker.ts'),
};
const workerFiles = Object.fromEntries(
  Object.entries(workers).map(([key, file]) => [key, join(outDir, `${outName(file)}.mjs`)]),
);
mkdirSync(outDir, { recursive: true });
process.on('exit', () => {
  for (const file of [outfile, ...Object.values(workerFiles)]) {
    rmSync(file, { force: true });
    rmSync(`${file}.map`, { force: true });
  }
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
  entryPoints: Object.fromEntries(
    [source, ...Object.values(workers)].map((file) => [outName(file), file]),
  ),
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // ES2022, as the app's build: with a Node target esbuild rewrites every regular expression that
  // has a Unicode property escape (\p{L}) into a `new RegExp(...)` call, made again each time the
  // code around it runs (372,000 times for a 1 MB article, against 6,600 as written).
  target: 'es2022',
  // Packages written as CommonJS call require, which an ES module must be given.
  banner: {
    js: "import { createRequire as newslineRequire } from 'node:module'; const require = newslineRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [ownUrl],
});

// The command sees its own arguments, and its exit code and output are this process's.
const run = spawnSync(process.execPath, [...V8_FLAGS, outfile, ...args], {
  stdio: 'inherit',
  env: { ...process.env, ...workerFiles },
});
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
