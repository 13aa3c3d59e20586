/**
 * `npm run eval`: extracts a folder of articles into a temporary timeline and scores it with the
 * shared extraction scorer against a gold file. Prints the scorer's output and exits with its code.
 *
 *   npm run eval                                   the seed articles against ../shared/seeds/gold.json
 *   npm run eval -- --gold FILE --texts DIR        any corpus: DIR holds the articles (and their
 *                                                  NAME.meta.json sidecars), FILE its gold
 *
 * Other arguments (--json, --min-f1 X) go to the scorer. The shared folder sits beside the
 * repository (../shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');

/** The value after `name` in argv, and argv without both. */
function takeOption(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) {
    process.stderr.write(`eval: ${name} needs a value\n`);
    process.exit(2);
  }
  argv.splice(at, 2);
  return resolve(value);
}

const rest = process.argv.slice(2);
const gold = takeOption(rest, '--gold') ?? join(shared, 'seeds', 'gold.json');
const customTexts = takeOption(rest, '--texts');
// The seed gold is scored against the texts in shared/ and the articles the app ships.
const texts = customTexts ?? join(shared, 'seeds');
const articles = customTexts ?? join(root, 'public', 'seeds', 'articles');

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
  ['--import', 'tsx', join(root, 'scripts', 'ingest.ts'), '--in', articles, '--out', timeline],
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
      gold,
      '--texts',
      texts,
      ...rest,
    ],
    false,
  );
}
rmSync(work, { recursive: true, force: true });
process.exitCode = code;
