/**
 * `npm run eval`: regenerates the seed timeline into a temporary file and scores it with the
 * shared extraction scorer against the gold benchmark. Prints the scorer's output and exits with
 * its code. The shared folder sits beside the repository (../shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const work = mkdtempSync(join(tmpdir(), 'newsline-eval-'));
const timeline = join(work, 'timeline.json');

function run(command: string, args: readonly string[], quiet: boolean): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (quiet && result.status !== 0)
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status ?? 1;
}

let code = run(
  process.execPath,
  [
    '--import',
    'tsx',
    join(root, 'scripts', 'ingest.ts'),
    '--in',
    join(root, 'public', 'seeds', 'articles'),
    '--out',
    timeline,
  ],
  true,
);
if (code === 0) {
  code = run(
    process.execPath,
    [
      join(shared, 'eval', 'score-extraction.mjs'),
      '--timeline',
      timeline,
      '--gold',
      join(shared, 'seeds', 'gold.json'),
      '--texts',
      join(shared, 'seeds'),
      ...process.argv.slice(2),
    ],
    false,
  );
}
rmSync(work, { recursive: true, force: true });
process.exitCode = code;
