/**
 * Builds the naive baseline page on its own (bench/tmp/baseline-dist), apart from the app, so
 * that the benchmark compares two production builds made by the same tool.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const HERE = import.meta.dirname;

export default defineConfig({
  root: HERE,
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(HERE, '../tmp/baseline-dist'),
    emptyOutDir: true,
  },
});
