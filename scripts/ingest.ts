/**
 * The ingest CLI: reads every article file of a folder (plain text, a saved web page, Markdown:
 * *.txt, *.html, *.htm, *.md, and *.text, *.xhtml, *.markdown alike), each with its optional
 * NAME.meta.json sidecar, runs the pure ingest pipeline, validates the result against the
 * published schema and writes timeline.json. A web page or a Markdown file is read into its
 * article's text and metadata (src/ingest/formats); the sidecar overrides that metadata field by
 * field. One line per article; an article that cannot be read is named with the reason and left
 * out while the others are written. Symbolic links in the folder are read only with
 * --follow-symlinks, and then only when they lead to a file inside it. The output replaces the
 * previous file at once (atomicWrite.ts); every line printed is escaped (printable.ts), so a file
 * name cannot forge one.
 *
 *   npm run ingest -- [--in DIR] [--out FILE] [--strict] [--follow-symlinks]
 *
 * Exit code: 0 when the timeline was written (1 with --strict if any article failed), 1 when
 * nothing could be written (no article read, or the write failed), 2 for a usage error (an
 * unknown argument, an --out that cannot be written: an input file, a folder, a device, a
 * missing or read-only folder).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TimelineSchema } from '../src/domain/schema';
import { inFileOrder } from '../src/domain/timelineFile';
import { ingestArticles, type ArticleInput, type ArticleReport } from '../src/ingest';
import { ARTICLE_EXTENSIONS, formatOf, readArticleFile } from '../src/ingest/formats';
import { writeFileAtomic } from './atomicWrite';
import { describeFsError } from './fsErrors';
import { readInputFile, type InputFolder } from './inputFiles';
import { outputProblem } from './outputTarget';
import { startPartHelper } from './partHelper';
import { printable } from './printable';
import { readSidecar } from './sidecar';

const USAGE = [
  'usage: npm run ingest -- [--in DIR] [--out FILE] [--strict] [--follow-symlinks]',
  `reads the articles of DIR (${ARTICLE_EXTENSIONS.join(' ')}), each with an optional NAME.meta.json`,
];

interface Options {
  input: string;
  output: string;
  strict: boolean;
  followSymlinks: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = {
    input: 'public/seeds/articles',
    output: 'public/seeds/timeline.json',
    strict: false,
    followSymlinks: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--follow-symlinks') options.followSymlinks = true;
    else if (
      (arg === '--in' || arg === '--out') &&
      value !== undefined &&
      !value.startsWith('--')
    ) {
      if (arg === '--in') options.input = value;
      else options.output = value;
      i++;
    } else return `unknown or incomplete argument: ${arg ?? ''}`;
  }
  return options;
}

function say(text: string): void {
  console.log(printable(text));
}

function complain(text: string): void {
  console.error(printable(text));
}

function line(report: ArticleReport): string {
  if (!report.ok) return `FAIL ${report.file}: ${report.error ?? 'unreadable'}`;
  const warnings = report.warnings.length > 0 ? report.warnings.join('; ') : 'none';
  return `ok   ${report.file}: ${report.events} events, ${report.actors} actors, warnings: ${warnings}`;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    complain(`ingest: ${options}`);
    for (const usage of USAGE) complain(usage);
    return 2;
  }
  let folder: InputFolder;
  let names: string[];
  try {
    const path = resolve(options.input);
    names = (await readdir(path)).sort();
    folder = {
      label: options.input,
      path,
      realPath: await realpath(path),
      followSymlinks: options.followSymlinks,
    };
  } catch (e) {
    complain(`ingest: cannot read folder ${options.input}: ${describeFsError(e)}`);
    return 1;
  }
  const problem = await outputProblem(options.output, folder.path, names);
  if (problem !== undefined) {
    complain(`ingest: cannot write --out ${options.output}: ${problem}`);
    return 2;
  }
  const files = names.filter((f) => formatOf(f) !== undefined);
  const inputs: ArticleInput[] = [];
  const failures: ArticleReport[] = [];
  const readingWarnings = new Map<string, string[]>();
  for (const file of files) {
    const fail = (error: string): void => {
      failures.push({ file, ok: false, events: 0, actors: 0, warnings: [], error });
    };
    const read = await readInputFile(folder, file);
    if ('skipped' in read) {
      fail(`skipped: ${read.skipped}`);
      continue;
    }
    if (!('bytes' in read)) {
      fail(
        `cannot read the file (${'unreadable' in read ? read.unreadable : 'it no longer exists'})`,
      );
      continue;
    }
    const article = readArticleFile(file, read.bytes);
    if ('error' in article) {
      fail(article.error);
      continue;
    }
    if (article.warnings.length > 0) readingWarnings.set(file, article.warnings);
    const sidecar = await readSidecar(folder, file);
    if (sidecar && 'error' in sidecar) {
      fail(sidecar.error);
      continue;
    }
    // The sidecar's fields override the file's own, one by one.
    const meta = { ...article.meta, ...sidecar };
    inputs.push({ file, text: article.text, ...(Object.keys(meta).length > 0 ? { meta } : {}) });
  }
  // A long article is read on two threads (partHelper.ts).
  const { timeline, reports } = ingestArticles(inputs, { partHelper: startPartHelper() });
  for (const report of reports) {
    const warnings = readingWarnings.get(report.file);
    if (warnings !== undefined) report.warnings = [...warnings, ...report.warnings];
  }
  const all = [...reports, ...failures].sort((a, b) => a.file.localeCompare(b.file));
  for (const report of all) say(line(report));
  if (timeline.documents.length === 0) {
    complain(`ingest: no article could be read in ${options.input}; nothing written`);
    return 1;
  }
  const checked = TimelineSchema.safeParse(timeline);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 10)) {
      complain(`ingest: invalid timeline at ${issue.path.join('.')}: ${issue.message}`);
    }
    return 1;
  }
  const previous = await stat(options.output).then(
    () => 'the previous file is left as it was',
    () => 'nothing was written',
  );
  try {
    await writeFileAtomic(
      options.output,
      `${JSON.stringify(inFileOrder(checked.data), null, 2)}\n`,
    );
  } catch (e) {
    complain(`ingest: cannot write ${options.output}: ${describeFsError(e)}; ${previous}`);
    return 1;
  }
  const failed = all.filter((r) => !r.ok).length;
  say(
    `wrote ${options.output}: ${timeline.documents.length} documents, ${timeline.events.length} events, ` +
      `${timeline.actors.length} actors, ${timeline.countries.length} countries` +
      (failed > 0 ? ` (${failed} article${failed === 1 ? '' : 's'} failed)` : ''),
  );
  return options.strict && failed > 0 ? 1 : 0;
}

process.exitCode = await main();
